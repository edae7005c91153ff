/** Call for Solutions, authoring/: filled by that part. */
export const challengesAuthoring = {};
