/** Call for Solutions, catalogue/: filled by that part. */
export const challengesCatalogue = {};
