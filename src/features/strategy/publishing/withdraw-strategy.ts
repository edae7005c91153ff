import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { OrganisationRow } from '../../organisations/service.ts';
import { findStrategyOf, lockOrCreateStrategy, touchStrategy } from '../core/repository.ts';
import { strategySubject } from './audit-subject.ts';
import { unindexStrategy } from '../core/search-document.ts';

export type WithdrawOutcome = 'withdrawn' | 'notPublished';

/**
 * Takes a published strategy back to a draft: its public page answers 404 and the search no
 * longer finds it. Its versions and the date of its first publication stay. Runs in the caller's
 * transaction.
 */
export async function withdrawStrategy(tx: Executor, options: { actor: AuditActor; organisation: OrganisationRow }): Promise<WithdrawOutcome> {
  const { actor, organisation } = options;
  if (!(await findStrategyOf(tx, organisation.id))) return 'notPublished';
  const locked = await lockOrCreateStrategy(tx, organisation.id);
  if (locked.status !== 'published') return 'notPublished';
  await touchStrategy(tx, locked.id, { status: 'draft' });
  await unindexStrategy(tx, locked.id);
  await recordAudit(tx, actor, 'strategy.withdraw', strategySubject(locked.id), { status: 'published' }, { status: 'draft' });
  return 'withdrawn';
}
