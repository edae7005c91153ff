/** The addresses of the competition, in one place so that links and routes agree. */
export const PUBLIC_PATH = '/wettbewerb';
export const ARCHIVE_PATH = `${PUBLIC_PATH}/archiv`;
export const EDITOR_PATH = '/verwaltung/wettbewerb';

/** What a call's or a project's address may be made of; anything else is answered 404 without a query. */
export const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** Addresses below /wettbewerb that are pages of their own, never a call's slug. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(['archiv', 'modellkommunen', 'bewerbungen', 'jury', 'projekte']);

export function callPath(slug: string): string {
  return `${PUBLIC_PATH}/${slug}`;
}

export function editorCallPath(id: string): string {
  return `${EDITOR_PATH}/${id}`;
}

export const SHOWCASE_PATH = `${PUBLIC_PATH}/modellkommunen`;

export function projectPath(slug: string): string {
  return `${SHOWCASE_PATH}/${slug}`;
}

/** The applicant's side: their applications and invitations, and each application's task list. */
export const APPLICATIONS_PATH = `${PUBLIC_PATH}/bewerbungen`;

export function applicationPath(id: string, page?: string): string {
  return page ? `${APPLICATIONS_PATH}/${id}/${page}` : `${APPLICATIONS_PATH}/${id}`;
}

export function startApplicationPath(callSlug: string): string {
  return `${callPath(callSlug)}/bewerbung`;
}

/** The editors' pages of a call's applications. */
export function editorApplicationsPath(callId: string, applicationId?: string): string {
  return applicationId ? `${editorCallPath(callId)}/bewerbungen/${applicationId}` : `${editorCallPath(callId)}/bewerbungen`;
}

/** The editors' pages of a call's application form: its sections, and each section's questions. */
export function editorFormPath(callId: string): string {
  return `${editorCallPath(callId)}/formular`;
}

export function editorQuestionsPath(sectionId: string): string {
  return `${EDITOR_PATH}/abschnitte/${sectionId}/fragen`;
}

/** The editors' page of a call's evaluation criteria. */
export function editorCriteriaPath(callId: string): string {
  return `${editorCallPath(callId)}/kriterien`;
}

/** The editors' jury pages of a call: assignments and the ranking. */
export function editorJuryPath(callId: string): string {
  return `${editorCallPath(callId)}/jury`;
}

export function editorRankingPath(callId: string): string {
  return `${editorCallPath(callId)}/rangliste`;
}

/** The jurors' side: their assignments and each assignment's page. */
export const JURY_PATH = `${PUBLIC_PATH}/jury`;

export function juryAssignmentPath(assignmentId: string): string {
  return `${JURY_PATH}/${assignmentId}`;
}

/** The documents of a call (call text, guidance): the editors' list and each public download. */
export function editorDocumentsPath(callId: string): string {
  return `${editorCallPath(callId)}/unterlagen`;
}

export function callDocumentPath(callSlug: string, documentId: string): string {
  return `${callPath(callSlug)}/unterlagen/${documentId}`;
}

/** The editors' decisions of a call: the list with the budget left, and each application's decision. */
export function editorDecisionsPath(callId: string, applicationId?: string): string {
  return applicationId ? `${editorCallPath(callId)}/entscheidungen/${applicationId}` : `${editorCallPath(callId)}/entscheidungen`;
}

/**
 * A funded project's workspace, shared by its organisation's managers (milestones, reports,
 * payment requests) and the editors (report schedule, acceptance, payments, status).
 */
export const PROJECTS_PATH = `${PUBLIC_PATH}/projekte`;

export function projectWorkspacePath(projectId: string, page?: string): string {
  return page ? `${PROJECTS_PATH}/${projectId}/${page}` : `${PROJECTS_PATH}/${projectId}`;
}

/** The editors' list of every funded project with what waits for them. */
export const EDITOR_PROJECTS_PATH = `${EDITOR_PATH}/projekte`;
