import type { challengesCatalogue as de } from '../de/challenges-catalogue.ts';

export const challengesCatalogue: typeof de = {};
