import { API_PREFIX } from '../../../platform/api/problem.ts';

export { API_PREFIX };
export const OPENAPI_PATH = `${API_PREFIX}/openapi.json`;
/** The documentation for people, outside /api/v1 so that its errors are pages and not problems. */
export const DOCUMENTATION_PATH = '/api/dokumentation';

/** The open-data downloads that the open-data page and the DCAT catalogue link. */
export const DOWNLOADS = {
  events: '/offene-daten/veranstaltungen',
  fundedProjects: '/offene-daten/gefoerderte-projekte',
  solutions: '/offene-daten/loesungen',
} as const;
export type DownloadKey = keyof typeof DOWNLOADS;
