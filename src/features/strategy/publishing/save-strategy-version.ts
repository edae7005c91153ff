import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { OrganisationRow } from '../../organisations/service.ts';
import { findStrategyOf, lockOrCreateStrategy } from '../core/repository.ts';
import { strategySubject } from './audit-subject.ts';
import { isEmptyStrategy, readStrategyContent } from '../core/content-service.ts';
import { keepStrategyTexts } from './text-versions.ts';

export type SaveVersionOutcome = { kind: 'saved'; version: number } | { kind: 'empty' };

/**
 * Keeps the strategy's current state as a version when its managers ask ("Stand als Version
 * sichern"), e.g. before the council discusses it. A strategy without content is refused.
 * Runs in the caller's transaction.
 */
export async function saveStrategyVersion(tx: Executor, options: { actor: AuditActor; organisation: OrganisationRow }): Promise<SaveVersionOutcome> {
  const { actor, organisation } = options;
  if (!(await findStrategyOf(tx, organisation.id))) return { kind: 'empty' };
  const strategy = await lockOrCreateStrategy(tx, organisation.id);
  const content = await readStrategyContent(tx, { organisation, strategy, locale: 'de' });
  if (isEmptyStrategy(content)) return { kind: 'empty' };
  const version = await keepStrategyTexts(tx, { ...content, strategy }, actor.id);
  await recordAudit(tx, actor, 'strategy.version', strategySubject(strategy.id), null, { version: version.number });
  return { kind: 'saved', version: version.number };
}
