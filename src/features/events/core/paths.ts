/** The addresses of the events feature, in one place so that links and routes agree. */
export const CATALOGUE_PATH = '/veranstaltungen';
export const EDITOR_PATH = '/verwaltung/veranstaltungen';

export function eventPath(slug: string): string {
  return `${CATALOGUE_PATH}/${slug}`;
}

/** H2's registration form for one date. */
export function registrationPath(slug: string, dateId: string): string {
  return `${CATALOGUE_PATH}/${slug}/termine/${dateId}/anmeldung`;
}

export function dateIcsPath(slug: string, dateId: string): string {
  return `${CATALOGUE_PATH}/${slug}/termine/${dateId}.ics`;
}

export function editorEventPath(id: string): string {
  return `${EDITOR_PATH}/${id}`;
}

/** One size of the event's picture; served only where the event's page may be seen. */
export function eventPicturePath(slug: string, fileId: string): string {
  return `${CATALOGUE_PATH}/${slug}/bild/${fileId}`;
}
