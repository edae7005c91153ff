import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client.ts';
import { searchDocuments } from './tables.ts';
import type { SearchDocumentInput } from './types.ts';

/** Adds or replaces the index entry of one piece of content; call it in the content's transaction. */
export async function upsertSearchDocument(tx: Executor, doc: SearchDocumentInput): Promise<void> {
  const values = {
    type: doc.type,
    title: doc.title,
    summary: withoutMarkers(doc.summary),
    body: withoutMarkers(doc.body),
    url: doc.url,
    fieldsOfAction: doc.fieldsOfAction,
    audiences: doc.audiences ?? [],
    language: doc.language ?? 'de',
    published: doc.published,
    publishedAt: doc.publishedAt ?? null,
    updatedAt: doc.updatedAt ?? new Date(),
  };
  await tx
    .insert(searchDocuments)
    .values({ feature: doc.feature, refId: doc.refId, ...values })
    .onConflictDoUpdate({ target: [searchDocuments.feature, searchDocuments.refId], set: values });
}

export async function removeSearchDocument(tx: Executor, feature: string, refId: string): Promise<void> {
  await tx.delete(searchDocuments).where(and(eq(searchDocuments.feature, feature), eq(searchDocuments.refId, refId)));
}

export interface SearchFilter {
  types: string[];
  fieldsOfAction: string[];
}

export interface HitRow extends Record<string, unknown> {
  feature: string;
  ref_id: string;
  type: string;
  title: string;
  url: string;
  fields_of_action: string[];
  published_at: Date | string | null;
  headline: string;
  total: number;
}

// Control characters cannot come from form input that reaches the index as text a person typed,
// so they mark the matches unambiguously; the service splits on them instead of parsing HTML.
export const MATCH_START = '\u0002';
export const MATCH_STOP = '\u0003';
function withoutMarkers(text: string): string {
  return text.replaceAll(MATCH_START, ' ').replaceAll(MATCH_STOP, ' ');
}

const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

function filterSql(filter: SearchFilter) {
  const parts = [sql`d.published`];
  if (filter.types.length > 0) parts.push(sql`d.type = any(${toArray(filter.types)})`);
  if (filter.fieldsOfAction.length > 0) parts.push(sql`d.fields_of_action && ${toArray(filter.fieldsOfAction)}`);
  return sql.join(parts, sql` and `);
}

// Arrays are passed as one text[] literal so that both drivers bind them the same way.
function toArray(values: string[]) {
  return sql`${`{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`}::text[]`;
}

/**
 * Full-text search. websearch_to_tsquery never raises on syntax: quotes become phrases, `-` negation,
 * and anything else (`&`, `|`, `!`, brackets) is read as plain words.
 */
export async function fullTextHits(
  db: Executor,
  query: string,
  filter: SearchFilter,
  limit: number,
  offset: number,
): Promise<HitRow[]> {
  return queryRows<HitRow>(
    db,
    sql`with q as (select websearch_to_tsquery('german'::regconfig, ${query}) as tsq)
      select d.feature, d.ref_id, d.type, d.title, d.url, d.fields_of_action, d.published_at,
        ts_headline('german'::regconfig, concat_ws(' ', nullif(d.summary, ''), d.body), q.tsq, ${HEADLINE_OPTIONS}) as headline,
        count(*) over ()::int as total
      from search_documents d, q
      where ${filterSql(filter)} and d.search_vector @@ q.tsq
      order by ts_rank_cd(d.search_vector, q.tsq) desc, d.published_at desc nulls last, d.id
      limit ${limit} offset ${offset}`,
  );
}

/** Titles that look like the word, for typos; excludes what full text already found. */
export async function similarTitleHits(
  db: Executor,
  word: string,
  filter: SearchFilter,
  limit: number,
): Promise<HitRow[]> {
  return queryRows<HitRow>(
    db,
    sql`with q as (select websearch_to_tsquery('german'::regconfig, ${word}) as tsq)
      select d.feature, d.ref_id, d.type, d.title, d.url, d.fields_of_action, d.published_at,
        coalesce(nullif(d.summary, ''), left(d.body, 200)) as headline,
        count(*) over ()::int as total
      from search_documents d, q
      where ${filterSql(filter)} and not (d.search_vector @@ q.tsq)
        and (similarity(d.title, ${word}) > 0.3 or word_similarity(${word}, d.title) > 0.5)
      order by greatest(similarity(d.title, ${word}), word_similarity(${word}, d.title)) desc, d.id
      limit ${limit}`,
  );
}

/** The types that published documents have, for the type filter. */
export async function listPublishedTypes(db: Executor): Promise<string[]> {
  const rows = await queryRows<{ type: string }>(db, sql`select distinct type from search_documents where published order by type`);
  return rows.map((r) => r.type);
}
