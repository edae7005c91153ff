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
    accessKey: doc.accessKey ?? null,
    publishedAt: doc.publishedAt ?? null,
    updatedAt: doc.updatedAt ?? new Date(),
  };
  await tx
    .insert(searchDocuments)
    .values({ feature: doc.feature, refId: doc.refId, ...values })
    .onConflictDoUpdate({ target: [searchDocuments.feature, searchDocuments.refId], set: values });
  await addWords(tx, `${values.title} ${values.summary}`);
}

// The same split as the migration that filled the list from existing documents.
const WORD_SEPARATORS = '[^[:alnum:]äöüßÄÖÜ]+';

async function addWords(tx: Executor, text: string): Promise<void> {
  await tx.execute(sql`insert into search_words (word)
    select distinct w from regexp_split_to_table(lower(${text}), ${WORD_SEPARATORS}) as w
    where char_length(w) between 3 and 40
    on conflict do nothing`);
}

/** Adds the words of every indexed title and summary; for documents written in bulk, not one by one. */
export async function addWordsOfAllDocuments(db: Executor): Promise<void> {
  await db.execute(sql`insert into search_words (word)
    select distinct w from search_documents, regexp_split_to_table(lower(title || ' ' || summary), ${WORD_SEPARATORS}) as w
    where char_length(w) between 3 and 40
    on conflict do nothing`);
}

export async function removeSearchDocument(tx: Executor, feature: string, refId: string): Promise<void> {
  await tx.delete(searchDocuments).where(and(eq(searchDocuments.feature, feature), eq(searchDocuments.refId, refId)));
}

export interface SearchFilter {
  types: string[];
  fieldsOfAction: string[];
  accessKeys: string[];
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
  parts.push(filter.accessKeys.length > 0 ? sql`(d.access_key is null or d.access_key = any(${toArray(filter.accessKeys)}))` : sql`d.access_key is null`);
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
export async function fullTextHits(db: Executor, query: string, filter: SearchFilter, limit: number, offset: number): Promise<HitRow[]> {
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

/** The known word closest to a mistyped one (pg_trgm similarity ≥ 0.3), if any; forms of the same stem do not count. */
export async function closestWord(db: Executor, word: string): Promise<string | undefined> {
  const rows = await queryRows<{ word: string }>(
    db,
    sql`select word from search_words
      where word % lower(${word}) and not (to_tsvector('german'::regconfig, word) @@ plainto_tsquery('german'::regconfig, ${word}))
      order by similarity(word, lower(${word})) desc, word limit 1`,
  );
  return rows[0]?.word;
}

/** The types that published documents have, for the type filter. */
export async function listPublishedTypes(db: Executor): Promise<string[]> {
  const rows = await queryRows<{ type: string }>(db, sql`select distinct type from search_documents where published and access_key is null order by type`);
  return rows.map((r) => r.type);
}
