import type { challengesSubmissions as de } from '../de/challenges-submissions.ts';

export const challengesSubmissions: typeof de = {};
