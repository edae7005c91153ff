import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import type { EventRow } from '../core/event-repository.ts';
import { deleteContributionOfEvent } from './repository.ts';

export interface RemoveContributionOptions {
  actor: CurrentUser;
  event: EventRow;
  contributionId: string;
}

/** Moderation: an editor removes a contribution; the audit log keeps what it said and who wrote it. */
export async function removeContribution(deps: Pick<AppDeps, 'db'>, options: RemoveContributionOptions): Promise<'removed' | 'notFound'> {
  const { actor, event, contributionId } = options;
  if (!isUuid(contributionId)) return 'notFound';
  return deps.db.transaction(async (tx) => {
    const removed = await deleteContributionOfEvent(tx, event.id, contributionId);
    if (!removed) return 'notFound';
    await recordAudit(tx, actor, 'event.worldCafe.removeContribution', { type: 'event_world_cafe_contribution', id: removed.id }, removed, undefined);
    return 'removed';
  });
}
