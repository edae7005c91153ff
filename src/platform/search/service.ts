import type { Executor } from '../db/client.ts';
import { closestWord, fullTextHits, MATCH_START, MATCH_STOP, type HitRow, type SearchFilter } from './repository.ts';
import type { SearchHit, SearchQuery, SearchResult, SnippetPart } from './types.ts';

export const MAX_QUERY_LENGTH = 200;
// Fewer full-text hits than this on a single word suggests a typo; then the closest known word is searched too.
const FEW_RESULTS = 3;
const TYPO_WORD = /^[\p{L}\p{N}]{3,40}$/u;

/** Trims, removes the snippet markers and other control characters, and cuts to the maximum length. */
export function normaliseQuery(raw: string): string {
  // Control characters are removed so that nobody can forge the snippet's match markers.
  return raw
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
}

/** Splits a ts_headline result into plain text and matched words, so views escape every part. */
export function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = headline;
  while (rest.length > 0) {
    const start = rest.indexOf(MATCH_START);
    if (start === -1) {
      parts.push({ text: rest, match: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), match: false });
    const stop = rest.indexOf(MATCH_STOP, start + 1);
    const end = stop === -1 ? rest.length : stop;
    parts.push({ text: rest.slice(start + 1, end), match: true });
    rest = stop === -1 ? '' : rest.slice(stop + 1);
  }
  return parts.filter((p) => p.text.length > 0);
}

function toHit(row: HitRow): SearchHit {
  return {
    feature: row.feature,
    refId: row.ref_id,
    type: row.type,
    title: row.title,
    url: row.url,
    fieldsOfAction: row.fields_of_action,
    publishedAt: row.published_at === null ? null : new Date(row.published_at),
    snippetHtmlParts: snippetParts(row.headline),
  };
}

/** Searches published documents; an empty query searches nothing and returns no results. */
export async function searchDocuments(db: Executor, input: SearchQuery): Promise<SearchResult> {
  const query = normaliseQuery(input.query);
  if (query === '') return { query, total: 0, items: [] };
  const pageSize = Math.max(1, Math.min(100, Math.floor(input.pageSize)));
  const page = Math.max(1, Math.floor(input.page) || 1);
  const filter = { types: input.types ?? [], fieldsOfAction: input.fieldsOfAction ?? [], accessKeys: input.accessKeys ?? [] };
  const offset = (page - 1) * pageSize;

  const exact = await pageOf(db, query, filter, pageSize, offset);
  if (exact.total >= FEW_RESULTS || !TYPO_WORD.test(query)) return { query, ...exact };
  const word = await closestWord(db, query);
  if (word === undefined) return { query, ...exact };
  // websearch syntax: either word, so the few exact hits stay and rank by the same measure
  return { query, correctedTo: word, ...(await pageOf(db, `${query} or ${word}`, filter, pageSize, offset)) };
}

async function pageOf(db: Executor, query: string, filter: SearchFilter, pageSize: number, offset: number): Promise<Omit<SearchResult, 'query'>> {
  const rows = await fullTextHits(db, query, filter, pageSize, offset);
  // The window count is missing when the page lies beyond the last hit; then count from the start.
  const total = rows[0]?.total ?? (offset > 0 ? ((await fullTextHits(db, query, filter, 1, 0))[0]?.total ?? 0) : 0);
  return { total, items: rows.map(toHit) };
}
