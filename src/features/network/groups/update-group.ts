import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { findStanding, lockGroup } from '../core/repository.ts';
import { isOwner } from '../core/rules.ts';
import { syncGroupAndThreadsSearch, syncGroupSearch } from '../core/search-documents.ts';
import { groupSnapshot, groupSubject } from './group-audit.ts';
import { updateGroup } from './repository.ts';
import type { GroupInput } from './schema.ts';

export interface UpdateGroupOptions {
  actor: CurrentUser;
  groupId: string;
  input: GroupInput;
}

export type UpdateGroupOutcome = 'saved' | 'notFound' | 'notAllowed';

/**
 * Saves a group's settings; the address stays. A new name or visibility reaches the search
 * entries of all its discussions in the same transaction, so that a group made hidden
 * leaves no thread behind in the search.
 */
export async function updateGroupSettings(deps: Pick<AppDeps, 'db'>, options: UpdateGroupOptions): Promise<UpdateGroupOutcome> {
  const { actor, groupId, input } = options;
  return deps.db.transaction(async (tx): Promise<UpdateGroupOutcome> => {
    const before = await lockGroup(tx, groupId);
    if (!before) return 'notFound';
    if (!isOwner(await findStanding(tx, groupId, actor.id))) return 'notAllowed';
    const after = await updateGroup(tx, groupId, {
      name: input.name,
      summary: input.summary,
      description: input.description,
      pinnedInfo: input.pinnedInfo ?? before.pinnedInfo,
      visibility: input.visibility,
      joinPolicy: input.joinPolicy,
      regionOrganisationId: input.region || null,
      programme: input.programme ?? '',
      fieldsOfAction: input.fieldsOfAction,
    });
    if (!after) return 'notFound';
    await recordAudit(tx, actor, 'network.group.update', groupSubject(groupId), groupSnapshot(before), groupSnapshot(after));
    // the threads' entries carry the group's name, access and fields of action
    const threadsChange = after.name !== before.name || after.visibility !== before.visibility || after.fieldsOfAction.join() !== before.fieldsOfAction.join();
    if (threadsChange) await syncGroupAndThreadsSearch(tx, after);
    else await syncGroupSearch(tx, after);
    return 'saved';
  });
}
