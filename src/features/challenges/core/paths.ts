/** The addresses of the Call for Solutions, in one place so that links and routes agree. */
export const CHALLENGES_PATH = '/call-for-solutions';
export const FEED_PATH = `${CHALLENGES_PATH}/feed.atom`;
/** The owners' pages: the challenges of the organisations a person manages, and new ones. */
export const OWNER_PATH = `${CHALLENGES_PATH}/meine`;
/** The person's own submissions. */
export const SUBMISSIONS_PATH = `${CHALLENGES_PATH}/einreichungen`;
/** The jurors' pages: their assignments. */
export const JURY_PATH = `${CHALLENGES_PATH}/jury`;
/** The editors' pages: approval, jury assignment, ranking and winners. */
export const EDITOR_PATH = '/verwaltung/call-for-solutions';

/** What a challenge's address may be made of; anything else is answered 404 without a query. */
export const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** Words below /call-for-solutions that are pages of their own, never a challenge's address. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(['meine', 'einreichungen', 'jury', 'neu', 'feed', 'feed-atom']);

/** The public page of a challenge, and the pages below it. */
export function challengePath(slug: string, rest?: string): string {
  return rest ? `${CHALLENGES_PATH}/${slug}/${rest}` : `${CHALLENGES_PATH}/${slug}`;
}

/** Where a signed-in person asks a question; the owners answer one below it. */
export function questionsPath(slug: string): string {
  return challengePath(slug, 'fragen');
}
export function answerPath(slug: string, questionId: string): string {
  return challengePath(slug, `fragen/${questionId}/antwort`);
}

/** Where a person starts a submission for a challenge. */
export function startSubmissionPath(slug: string): string {
  return challengePath(slug, 'einreichen');
}

/** A submission's own pages (edit, attachments, submit, withdraw, solution profile). */
export function submissionPath(id: string, rest?: string): string {
  return rest ? `${SUBMISSIONS_PATH}/${id}/${rest}` : `${SUBMISSIONS_PATH}/${id}`;
}

/** The owners' pages of a challenge: texts, timeline, criteria, sending it to the editors. */
export function ownerChallengePath(id: string, rest?: string): string {
  return rest ? `${OWNER_PATH}/${id}/${rest}` : `${OWNER_PATH}/${id}`;
}

/** The editors' pages of a challenge. */
export function editorChallengePath(id: string, rest?: string): string {
  return rest ? `${EDITOR_PATH}/${id}/${rest}` : `${EDITOR_PATH}/${id}`;
}

/** A juror's page of one assignment. */
export function juryAssignmentPath(assignmentId: string, rest?: string): string {
  return rest ? `${JURY_PATH}/${assignmentId}/${rest}` : `${JURY_PATH}/${assignmentId}`;
}
