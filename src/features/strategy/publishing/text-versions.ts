import type { Executor } from '../../../platform/db/client.ts';
import { messagesFor } from '../../../platform/i18n/index.ts';
import { saveVersion, type RecordVersion } from '../../versions/service.ts';
import type { StrategyContent } from '../core/content-service.ts';
import { strategyTexts } from '../core/describe.ts';

/** The versions engine's key for strategies; the texts it keeps are describe.ts's VERSIONED_FIELDS. */
export const STRATEGY_RECORD_KEY = 'strategy';

/**
 * Keeps the strategy's texts as its next version. The texts are German whoever saves them, as
 * the strategy itself is: two versions then differ only where the strategy changed. The caller
 * holds the strategy's lock. `savedBy` is null for demo content.
 */
export async function keepStrategyTexts(tx: Executor, content: StrategyContent & { strategy: { id: string } }, savedBy: string | null): Promise<RecordVersion> {
  const fields = strategyTexts(messagesFor('de'), 'de', content);
  return saveVersion(tx, { recordKey: STRATEGY_RECORD_KEY, recordId: content.strategy.id, fields, savedBy });
}
