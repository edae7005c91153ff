import { publicStrategyPath, workbenchPath } from '../core/paths.ts';

/** The addresses below the review step, and the public page's PDF. */
export const publishPath = (slug: string) => workbenchPath(slug, 'publish', 'veroeffentlichen');
export const withdrawPath = (slug: string) => workbenchPath(slug, 'publish', 'zurueckziehen');
export const saveVersionPath = (slug: string) => workbenchPath(slug, 'publish', 'version-sichern');
export const versionsPath = (slug: string) => workbenchPath(slug, 'publish', 'versionen');
export const workbenchPdfPath = (slug: string) => workbenchPath(slug, 'publish', 'strategie.pdf');
export const htmlExportPath = (slug: string) => workbenchPath(slug, 'publish', 'strategie.html');
export const publicPdfPath = (slug: string) => `${publicStrategyPath(slug)}/strategie.pdf`;
