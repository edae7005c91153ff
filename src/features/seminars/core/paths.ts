/** The addresses of the seminar series, in one place so that links and routes agree. */
export const SERIES_PATH = '/veranstaltungen/reihen';
export const EDITOR_PATH = '/verwaltung/reihen';

/** What a series' address may be made of; anything else is answered 404 without a query. */
export const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** The public page of a series, and the pages below it. */
export function seriesPath(slug: string, rest?: string): string {
  return rest ? `${SERIES_PATH}/${slug}/${rest}` : `${SERIES_PATH}/${slug}`;
}

/** Registration: for the series, or (in module mode) for one module. */
export function registerPath(slug: string, moduleId?: string): string {
  return moduleId ? seriesPath(slug, `anmelden?modul=${moduleId}`) : seriesPath(slug, 'anmelden');
}

/** The participant's own page: modules, attendance, materials, homework, certificate. */
export function participationPath(slug: string, rest?: string): string {
  return seriesPath(slug, rest ? `teilnahme/${rest}` : 'teilnahme');
}

export function certificatePath(slug: string): string {
  return participationPath(slug, 'bescheinigung.pdf');
}

export function feedbackPath(slug: string, moduleId: string): string {
  return participationPath(slug, `rueckmeldung/${moduleId}`);
}

/** A material of a module (a knowledge item), shown to those who may see it, and its stored files. */
export function materialPath(slug: string, itemId: string): string {
  return seriesPath(slug, `materialien/${itemId}`);
}
export function materialFilePath(slug: string, itemId: string, fileId: string): string {
  return seriesPath(slug, `materialien/${itemId}/dateien/${fileId}`);
}

/** The editors' pages of a series and of its modules. */
export function editorSeriesPath(id: string, rest?: string): string {
  return rest ? `${EDITOR_PATH}/${id}/${rest}` : `${EDITOR_PATH}/${id}`;
}
export function editorModulePath(seriesId: string, moduleId: string, rest?: string): string {
  return editorSeriesPath(seriesId, rest ? `module/${moduleId}/${rest}` : `module/${moduleId}`);
}
