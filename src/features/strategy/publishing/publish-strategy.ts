import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { OrganisationRow } from '../../organisations/service.ts';
import { findStrategyOf, lockOrCreateStrategy, touchStrategy } from '../core/repository.ts';
import { strategySubject } from './audit-subject.ts';
import { isEmptyStrategy, readStrategyContent } from '../core/content-service.ts';
import { keepStrategyTexts } from './text-versions.ts';

export type PublishOutcome = { kind: 'published'; version: number } | { kind: 'empty' };

/**
 * Publishes the organisation's strategy: everyone may read it on its public page and find it in
 * the search (touchStrategy indexes a published strategy), and its state is kept as a version.
 * Publishing again (after changes, or after a withdrawal) keeps the date of the first
 * publication: the strategy has been public since then. A strategy without content is refused.
 * Runs in the caller's transaction.
 */
export async function publishStrategy(tx: Executor, options: { actor: AuditActor; organisation: OrganisationRow }): Promise<PublishOutcome> {
  const { actor, organisation } = options;
  // an organisation without a strategy has nothing to publish; no row is made for the refusal
  if (!(await findStrategyOf(tx, organisation.id))) return { kind: 'empty' };
  const locked = await lockOrCreateStrategy(tx, organisation.id);
  const content = await readStrategyContent(tx, { organisation, strategy: locked, locale: 'de' });
  if (isEmptyStrategy(content)) return { kind: 'empty' };
  const strategy = await touchStrategy(tx, locked.id, { status: 'published', publishedAt: locked.publishedAt ?? new Date() });
  const published = { ...content, strategy };
  const version = await keepStrategyTexts(tx, published, actor.id);
  await recordAudit(tx, actor, 'strategy.publish', strategySubject(strategy.id), { status: locked.status }, { status: 'published', version: version.number });
  return { kind: 'published', version: version.number };
}
