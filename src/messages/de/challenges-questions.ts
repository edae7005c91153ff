/** Call for Solutions, questions/: filled by that part. */
export const challengesQuestions = {};
