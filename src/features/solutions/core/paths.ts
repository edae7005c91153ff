/** The addresses of the solution library, in one place so that links and routes agree. */
export const LIBRARY_PATH = '/loesungen';

/** What a solution's address may be made of; anything else is answered 404 without a query. */
export const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** Addresses below /loesungen that are pages of their own, never a solution's slug. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(['neu', 'meine', 'bearbeiten', 'nachnutzungen', 'import']);

/** A published solution's public page. */
export function solutionPath(slug: string): string {
  return `${LIBRARY_PATH}/${slug}`;
}

/** The owners' side: the solutions of the organisations a person manages, a new one, and each one's editor by id. */
export const MY_SOLUTIONS_PATH = `${LIBRARY_PATH}/meine`;
export const NEW_SOLUTION_PATH = `${LIBRARY_PATH}/neu`;

export function editSolutionPath(id: string, page?: string): string {
  return page ? `${LIBRARY_PATH}/bearbeiten/${id}/${page}` : `${LIBRARY_PATH}/bearbeiten/${id}`;
}

/** Importing a software solution's publiccode.yml as a new draft, and a solution's file. */
export const IMPORT_PATH = `${LIBRARY_PATH}/import`;

export function publiccodePath(slug: string): string {
  return `${solutionPath(slug)}/publiccode.yml`;
}

/** "Nachnutzen": asking to adopt a solution, and the adoptions a person's organisations are part of. */
export function adoptPath(slug: string): string {
  return `${solutionPath(slug)}/nachnutzen`;
}

export const ADOPTIONS_PATH = `${LIBRARY_PATH}/nachnutzungen`;

export function adoptionPath(id: string, page?: string): string {
  return page ? `${ADOPTIONS_PATH}/${id}/${page}` : `${ADOPTIONS_PATH}/${id}`;
}

/** The editors' review of submitted solutions. */
export const EDITOR_PATH = '/verwaltung/loesungen';
