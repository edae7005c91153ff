/** Call for Solutions, submissions/: filled by that part. */
export const challengesSubmissions = {};
