import type { Executor } from '../../../platform/db/client.ts';
import { messagesFor } from '../../../platform/i18n/index.ts';
import { removeSearchDocument, upsertSearchDocument } from '../../../platform/search/index.ts';
import { seriesPath } from './paths.ts';
import { findSeriesById, listModules } from './repository.ts';

const FEATURE = 'seminars';

/**
 * Puts the series into the platform's search with its aim and its modules when it is published;
 * a draft is left out. Called in the transaction of every change, so the search finds what the
 * public page shows.
 */
export async function indexSeries(tx: Executor, seriesId: string): Promise<void> {
  const series = await findSeriesById(tx, seriesId);
  if (series?.status !== 'published') return;
  const t = messagesFor('de');
  const modules = await listModules(tx, series.id);
  await upsertSearchDocument(tx, {
    feature: FEATURE,
    refId: series.id,
    type: 'seminarSeries',
    title: series.title,
    summary: t.seminarsEditor.search.summary(t.seminars.period(series.startYear, series.endYear), series.summary),
    body: [series.aim, series.audience, ...modules.flatMap((m) => [m.title, m.description])].filter(Boolean).join('\n\n'),
    url: seriesPath(series.slug),
    fieldsOfAction: [],
    language: 'de',
    published: true,
    ...(series.publishedAt ? { publishedAt: series.publishedAt } : {}),
    updatedAt: series.updatedAt,
  });
}

/** Takes a withdrawn series out of the search. */
export async function unindexSeries(tx: Executor, seriesId: string): Promise<void> {
  await removeSearchDocument(tx, FEATURE, seriesId);
}
