import type { challengesAuthoring as de } from '../de/challenges-authoring.ts';

export const challengesAuthoring: typeof de = {};
