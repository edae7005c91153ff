/** Call for Solutions, jury/: filled by that part. */
export const challengesJury = {};
