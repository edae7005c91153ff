import type { Executor } from '../db/client.ts';
import { fullTextHits, MATCH_START, MATCH_STOP, similarTitleHits, type HitRow } from './repository.ts';
import type { SearchHit, SearchQuery, SearchResult, SnippetPart } from './types.ts';

export const MAX_QUERY_LENGTH = 200;
// Fewer full-text hits than this on a single word suggests a typo; then titles that look alike are added.
const FEW_RESULTS = 3;
const MAX_TYPO_WORD_LENGTH = 20;
const MAX_SIMILAR = 50;

/** Trims, removes the snippet markers and other control characters, and cuts to the maximum length. */
export function normaliseQuery(raw: string): string {
  // Control characters are removed so that nobody can forge the snippet's match markers.
  return raw.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
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
  const filter = { types: input.types ?? [], fieldsOfAction: input.fieldsOfAction ?? [] };
  const offset = (page - 1) * pageSize;

  const rows = await fullTextHits(db, query, filter, pageSize, offset);
  // The window count is missing when the page lies beyond the last hit; then count from the start.
  const total = rows[0]?.total ?? (offset > 0 ? ((await fullTextHits(db, query, filter, 1, 0))[0]?.total ?? 0) : 0);
  const singleWord = !/\s/.test(query) && query.length <= MAX_TYPO_WORD_LENGTH;
  if (!singleWord || total >= FEW_RESULTS) return { query, total, items: rows.map(toHit) };

  // Fewer than FEW_RESULTS full-text hits: list them first, then titles that look like the word.
  const exact = rows.length === total ? rows : await fullTextHits(db, query, filter, FEW_RESULTS, 0);
  const similar = await similarTitleHits(db, query, filter, MAX_SIMILAR);
  const all = [...exact, ...similar];
  return { query, total: all.length, items: all.slice(offset, offset + pageSize).map(toHit) };
}
