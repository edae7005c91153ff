import type { ItemRow } from './repository.ts';
import type { KnowledgeStep } from './tables.ts';

export const EDITOR_PATH = '/verwaltung/wissen';
/** Where stored files of the knowledge base are served (pictures, videos, captions). */
export const FILE_PATH = '/dateien';
export const filePath = (id: string) => `${FILE_PATH}/${id}`;
/** The counted download of a document. */
export const downloadPath = (item: Pick<ItemRow, 'slug'>) => `/wissen/${item.slug}/download`;
export const editorItemPath = (id: string) => `${EDITOR_PATH}/${id}`;
export const itemPath = (item: Pick<ItemRow, 'type' | 'slug'>) => (item.type === 'news' ? `/aktuelles/${item.slug}` : `/wissen/${item.slug}`);
/** The anchor of a step of the programme's path on the knowledge page (the start page's step cards link to it). */
export const knowledgeStepAnchor = (step: KnowledgeStep) => `schritt-${step}`;
