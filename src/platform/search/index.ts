/**
 * The stable search interface: features index their published content here, and /suche queries it.
 * Callers pass their transaction so that a document changes together with the content it mirrors.
 */
export type { SearchDocumentInput, SearchQuery, SearchResult, SearchHit, SnippetPart } from './types.ts';
export { upsertSearchDocument, removeSearchDocument, listPublishedTypes, addWordsOfAllDocuments } from './repository.ts';
export { searchDocuments, MAX_QUERY_LENGTH } from './service.ts';
