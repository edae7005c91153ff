import type { GroupRow } from '../core/repository.ts';
import type { MemberRow } from './repository.ts';

/** The audit log's subject of everything done in a group. */
export const groupSubject = (groupId: string) => ({ type: 'network_group', id: groupId });

/** What the audit log keeps of a group's settings. */
export function groupSnapshot(group: GroupRow) {
  return {
    slug: group.slug,
    name: group.name,
    summary: group.summary,
    description: group.description,
    pinnedInfo: group.pinnedInfo,
    visibility: group.visibility,
    joinPolicy: group.joinPolicy,
    regionOrganisationId: group.regionOrganisationId,
    programme: group.programme,
    fieldsOfAction: group.fieldsOfAction,
  };
}

/** What the audit log keeps of a person's place in a group. */
export function memberSnapshot(member: MemberRow) {
  return { userId: member.userId, role: member.role, status: member.status };
}
