import type { Executor } from '../../../platform/db/client.ts';
import { messagesFor } from '../../../platform/i18n/index.ts';
import { removeSearchDocument, upsertSearchDocument } from '../../../platform/search/index.ts';
import { publicStrategyPath } from '../core/paths.ts';
import type { StrategyContent } from './content-service.ts';
import { strategyTexts, VERSIONED_FIELDS } from './describe.ts';

const FEATURE = 'strategy';

/** Puts a published strategy into the platform's search, with all its texts; in the caller's transaction. */
export async function indexPublishedStrategy(
  tx: Executor,
  content: StrategyContent & { strategy: { id: string; fieldsOfAction: string[]; publishedAt: Date | null; updatedAt: Date } },
): Promise<void> {
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

/** Takes a withdrawn strategy out of the search. */
export async function unindexStrategy(tx: Executor, strategyId: string): Promise<void> {
  await removeSearchDocument(tx, FEATURE, strategyId);
}
