import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { firstFreeSlug, slugify } from '../../../platform/text/slug.ts';
import { RESERVED_GROUP_SLUGS } from '../core/paths.ts';
import type { GroupRow } from '../core/repository.ts';
import { syncGroupSearch } from '../core/search-documents.ts';
import { groupSnapshot, groupSubject } from './group-audit.ts';
import { insertGroup, insertMember, listSlugsLike } from './repository.ts';
import type { GroupInput } from './schema.ts';

export interface CreateGroupOptions {
  actor: CurrentUser;
  input: GroupInput;
}

/**
 * Founds a group led by the person who founds it, in the caller's transaction (the route's
 * once-per-submission one): the group, its first owner, the audit entry and the search entry
 * are stored together or not at all.
 */
export async function createGroup(tx: Executor, options: CreateGroupOptions): Promise<GroupRow> {
  const { actor, input } = options;
  const base = slugify(input.name, 'gruppe');
  const slug = firstFreeSlug(base, await listSlugsLike(tx, base), RESERVED_GROUP_SLUGS);
  const group = await insertGroup(tx, {
    slug,
    name: input.name,
    summary: input.summary,
    description: input.description,
    pinnedInfo: '',
    visibility: input.visibility,
    joinPolicy: input.joinPolicy,
    regionOrganisationId: input.region || null,
    programme: input.programme ?? '',
    fieldsOfAction: input.fieldsOfAction,
    createdBy: actor.id,
  });
  await insertMember(tx, { groupId: group.id, userId: actor.id, role: 'owner', status: 'active', joinedAt: new Date() });
  await recordAudit(tx, actor, 'network.group.create', groupSubject(group.id), null, groupSnapshot(group));
  await syncGroupSearch(tx, group);
  return group;
}
