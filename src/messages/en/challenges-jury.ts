import type { challengesJury as de } from '../de/challenges-jury.ts';

export const challengesJury: typeof de = {};
