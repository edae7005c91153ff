import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { groupSubject, memberSnapshot } from './group-audit.ts';
import { deleteMember } from './repository.ts';

/** Withdraws one's own open request; 'unchanged' when there is none (already decided, or a second click). */
export async function withdrawRequest(deps: Pick<AppDeps, 'db'>, options: { actor: CurrentUser; groupId: string }): Promise<'withdrawn' | 'unchanged'> {
  const { actor, groupId } = options;
  return deps.db.transaction(async (tx) => {
    const removed = await deleteMember(tx, { groupId, userId: actor.id, status: 'requested' });
    if (!removed) return 'unchanged';
    await recordAudit(tx, actor, 'network.group.request.withdraw', groupSubject(groupId), memberSnapshot(removed), null);
    return 'withdrawn';
  });
}
