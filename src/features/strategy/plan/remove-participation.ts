import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { lockOrCreateStrategy, touchStrategy } from '../core/repository.ts';
import { participationSnapshot, strategySubject } from './plan-audit.ts';
import { deleteParticipation, findParticipation } from './repository.ts';

/** Removes a participation format; an event made for it stays with the events feature. */
export async function removeParticipation(
  tx: Executor,
  options: { actor: CurrentUser; organisationId: string; participationId: string },
): Promise<'removed' | 'gone'> {
  const strategy = await lockOrCreateStrategy(tx, options.organisationId);
  const found = await findParticipation(tx, strategy.id, options.participationId);
  if (!found) return 'gone';
  await deleteParticipation(tx, found.id);
  await touchStrategy(tx, strategy.id);
  await recordAudit(tx, options.actor, 'strategy.participation.remove', strategySubject(strategy.id), participationSnapshot(found));
  return 'removed';
}
