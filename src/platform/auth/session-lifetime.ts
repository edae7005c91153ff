import type { SiteRole } from '../db/tables.ts';

/** A session ends after this long without a request. */
export const SESSION_IDLE_HOURS = 14 * 24;

/**
 * A session ends this long after login however active it is: shorter for the roles that see
 * other people's data, so that a forgotten session in a shared office is worth less.
 */
export const SESSION_ABSOLUTE_HOURS: Record<SiteRole, number> = { member: 14 * 24, juror: 14 * 24, editor: 12, admin: 12 };
