import type { Executor } from '../../../platform/db/client.ts';
import { messagesFor } from '../../../platform/i18n/index.ts';
import { removeSearchDocument, upsertSearchDocument } from '../../../platform/search/index.ts';
import { getOrganisationById } from '../../organisations/service.ts';
import { readStrategyContent, type StrategyContent } from './content-service.ts';
import { strategyTexts, VERSIONED_FIELDS } from './describe.ts';
import { publicStrategyPath } from './paths.ts';
import type { StrategyRow } from './tables.ts';

const FEATURE = 'strategy';

/** Puts a published strategy into the platform's search, with all its texts; in the caller's transaction. */
export async function indexPublishedStrategy(tx: Executor, content: StrategyContent & { strategy: StrategyRow }): Promise<void> {
  const t = messagesFor('de');
  const texts = strategyTexts(t, 'de', content);
  const { organisation, strategy } = content;
  await upsertSearchDocument(tx, {
    feature: FEATURE,
    refId: strategy.id,
    type: 'strategy',
    title: t.strategyPublishing.public.title(organisation.name),
    summary: t.strategyPublishing.search.summary(organisation.name),
    body: VERSIONED_FIELDS.map((f) => texts[f]).join('\n\n'),
    url: publicStrategyPath(organisation.slug),
    fieldsOfAction: strategy.fieldsOfAction,
    language: 'de',
    published: true,
    ...(strategy.publishedAt ? { publishedAt: strategy.publishedAt } : {}),
    updatedAt: strategy.updatedAt,
  });
}

/**
 * Indexes the strategy again with what it says now, when it is published: the public page shows
 * the strategy's current state, not a version, and the search finds what the page shows. A draft
 * is left alone; withdrawing takes the entry out (unindexStrategy).
 */
export async function reindexIfPublished(tx: Executor, strategy: StrategyRow): Promise<void> {
  if (strategy.status !== 'published') return;
  const organisation = await getOrganisationById(tx, strategy.organisationId);
  if (!organisation) return;
  const content = await readStrategyContent(tx, { organisation, strategy, locale: 'de' });
  await indexPublishedStrategy(tx, { ...content, strategy });
}

/** Takes a withdrawn strategy out of the search. */
export async function unindexStrategy(tx: Executor, strategyId: string): Promise<void> {
  await removeSearchDocument(tx, FEATURE, strategyId);
}
