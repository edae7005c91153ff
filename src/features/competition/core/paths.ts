/** The addresses of the competition, in one place so that links and routes agree. */
export const PUBLIC_PATH = '/wettbewerb';
export const ARCHIVE_PATH = `${PUBLIC_PATH}/archiv`;
export const EDITOR_PATH = '/verwaltung/wettbewerb';

/** What a call's or a project's address may be made of; anything else is answered 404 without a query. */
export const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** Addresses below /wettbewerb that are pages of their own, never a call's slug. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(['archiv', 'modellkommunen', 'bewerbungen', 'jury']);

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
