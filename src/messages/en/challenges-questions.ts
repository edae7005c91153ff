import type { challengesQuestions as de } from '../de/challenges-questions.ts';

export const challengesQuestions: typeof de = {};
