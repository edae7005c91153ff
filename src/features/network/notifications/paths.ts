import { NOTIFICATIONS_PATH } from '../core/paths.ts';

/** "Alle als gelesen markieren" posts here. */
export const MARK_READ_PATH = `${NOTIFICATIONS_PATH}/gelesen`;
