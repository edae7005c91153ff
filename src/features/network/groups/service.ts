import type { Executor } from '../../../platform/db/client.ts';
import { listFieldsOfAction, type FieldOfAction } from '../../../platform/taxonomy/fields-of-action.ts';
import { getOrganisationChoices } from '../../organisations/service.ts';
import type { GroupInContext } from '../core/require-group.ts';
import { listActiveGroupIdsOf } from '../core/repository.ts';
import { listRecentThreads, type RecentThread } from '../core/recent-threads-repository.ts';
import { canModerate, canReadGroupContent } from '../core/rules.ts';
import type { GroupRole } from '../core/tables.ts';
import {
  countActiveMembers,
  findMember,
  listGroupsOfMember,
  listMembers,
  listProgrammes,
  listVisibleGroups,
  type GroupFilter,
  type GroupListRow,
  type MemberListRow,
  type MemberRow,
} from './repository.ts';

export type { GroupListRow, MemberListRow };

export const GROUPS_PAGE_SIZE = 20;
/** The organisation types a group can belong to as its region. */
export const REGION_TYPES = ['kreis', 'region'] as const;

/**
 * The groups the viewer may know of (hidden ones only for their members and invited people),
 * with their number of active members and the viewer's own status; the viewer's groups come
 * first. For the entry page /netzwerk.
 */
export async function listGroupsForViewer(db: Executor, viewerId: string | undefined, options: { limit: number }): Promise<GroupListRow[]> {
  return (await listVisibleGroups(db, viewerId, {}, { limit: options.limit, offset: 0 })).rows;
}

/** The groups the person is an active member of, by name, with their role and number of active members. */
export async function listMyGroups(db: Executor, userId: string): Promise<{ group: GroupListRow['group']; members: number; role: GroupRole }[]> {
  return listGroupsOfMember(db, userId);
}

export interface GroupListPage {
  rows: GroupListRow[];
  total: number;
  page: number;
  pages: number;
  fields: FieldOfAction[];
  programmes: string[];
  regionNames: Map<string, string>;
}

export async function getGroupList(db: Executor, viewerId: string | undefined, filter: GroupFilter, page: number): Promise<GroupListPage> {
  const [{ rows, total }, fields, programmes, regions] = await Promise.all([
    listVisibleGroups(db, viewerId, filter, { limit: GROUPS_PAGE_SIZE, offset: (page - 1) * GROUPS_PAGE_SIZE }),
    listFieldsOfAction(db),
    listProgrammes(db, viewerId),
    getOrganisationChoices(db, REGION_TYPES),
  ]);
  return {
    rows,
    total,
    page,
    pages: Math.max(1, Math.ceil(total / GROUPS_PAGE_SIZE)),
    fields,
    programmes,
    regionNames: new Map(regions.map((r) => [r.id, r.name])),
  };
}

/** What the group's form offers: the Kreise and regions, and the fields of action. */
export interface GroupFormChoices {
  regions: { id: string; name: string }[];
  fields: FieldOfAction[];
}

export async function getGroupFormChoices(db: Executor): Promise<GroupFormChoices> {
  const [regions, fields] = await Promise.all([getOrganisationChoices(db, REGION_TYPES), listFieldsOfAction(db)]);
  return { regions: regions.map((r) => ({ id: r.id, name: r.name })), fields };
}

export interface GroupOverview {
  members: number;
  regionName: string | undefined;
  fields: FieldOfAction[];
  /** the viewer's place, with the date of a request */
  place: MemberRow | undefined;
  /** undefined when the viewer may not read the group's content */
  threads: RecentThread[] | undefined;
}

export async function getGroupOverview(db: Executor, found: GroupInContext, viewerId: string | undefined): Promise<GroupOverview> {
  const { group, standing } = found;
  const readable = canReadGroupContent(group, standing);
  const [members, regions, fields, place, threads] = await Promise.all([
    countActiveMembers(db, group.id),
    group.regionOrganisationId ? getOrganisationChoices(db, REGION_TYPES) : Promise.resolve([]),
    listFieldsOfAction(db),
    viewerId ? findMember(db, group.id, viewerId) : Promise.resolve(undefined),
    readable
      ? (viewerId ? listActiveGroupIdsOf(db, viewerId) : Promise.resolve([])).then((memberOf) =>
          listRecentThreads(db, { memberOf, onlyGroupId: group.id, limit: 5 }),
        )
      : Promise.resolve(undefined),
  ]);
  return { members, regionName: regions.find((r) => r.id === group.regionOrganisationId)?.name, fields, place, threads };
}

export interface MemberPage {
  members: MemberListRow[];
  /** only for the group's moderators */
  requests: MemberListRow[];
  invitations: MemberListRow[];
}

export async function getMemberPage(db: Executor, found: GroupInContext): Promise<MemberPage> {
  const leader = canModerate(found.standing);
  const rows = await listMembers(db, found.group.id, leader ? ['active', 'requested', 'invited'] : ['active']);
  return {
    members: rows.filter((r) => r.status === 'active'),
    requests: rows.filter((r) => r.status === 'requested'),
    invitations: rows.filter((r) => r.status === 'invited'),
  };
}
