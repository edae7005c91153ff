import { and, asc, count, desc, eq, inArray, like, ne, or, sql, type SQL } from 'drizzle-orm';
import { findUserByEmail } from '../../../platform/auth/user-repository.ts';
import { users } from '../../../platform/db/tables.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { GroupRow, GroupValues } from '../core/repository.ts';
import { networkGroupMembers, networkGroups, networkProfiles, type GroupMemberStatus, type GroupRole } from '../core/tables.ts';

/*
 * The groups' own queries: lists, members, requests and invitations. The group's row and a
 * person's standing, as every part of the network reads them, are in core/repository.ts.
 */

export type MemberRow = typeof networkGroupMembers.$inferSelect;

const activeMembers = sql<number>`(select count(*)::int from ${networkGroupMembers} m where m.group_id = ${networkGroups.id} and m.status = 'active')`;

/** The groups a viewer may know of: all but hidden ones, which only their members and invited people see. */
function visibleTo(viewerId: string | undefined): SQL | undefined {
  if (!viewerId) return ne(networkGroups.visibility, 'hidden');
  return or(
    ne(networkGroups.visibility, 'hidden'),
    sql`exists (select 1 from ${networkGroupMembers} m where m.group_id = ${networkGroups.id} and m.user_id = ${viewerId} and m.status in ('active', 'invited'))`,
  );
}

export interface GroupListRow {
  group: GroupRow;
  members: number;
  /** the viewer's status in the group, if any */
  viewerStatus: GroupMemberStatus | null;
}

export interface GroupFilter {
  fieldOfAction?: string | undefined;
  programme?: string | undefined;
}

/** Visible groups, the viewer's own first, then by name. */
export async function listVisibleGroups(
  db: Executor,
  viewerId: string | undefined,
  filter: GroupFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: GroupListRow[]; total: number }> {
  const where = and(
    visibleTo(viewerId),
    filter.fieldOfAction ? sql`${filter.fieldOfAction} = any(${networkGroups.fieldsOfAction})` : undefined,
    filter.programme ? eq(networkGroups.programme, filter.programme) : undefined,
  );
  const viewerStatus = viewerId
    ? sql<GroupMemberStatus | null>`(select m.status from ${networkGroupMembers} m where m.group_id = ${networkGroups.id} and m.user_id = ${viewerId})`
    : sql<null>`null::text`;
  const [rows, [total]] = await Promise.all([
    db
      .select({ group: networkGroups, members: activeMembers, viewerStatus })
      .from(networkGroups)
      .where(where)
      .orderBy(sql`case when ${viewerStatus} = 'active' then 0 else 1 end`, asc(networkGroups.name), asc(networkGroups.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(networkGroups).where(where),
  ]);
  return { rows: rows.map((r) => ({ ...r, members: Number(r.members) })), total: Number(total?.n ?? 0) };
}

/** The groups a person is an active member of, by name, with their role. */
export async function listGroupsOfMember(db: Executor, userId: string): Promise<{ group: GroupRow; members: number; role: GroupRole }[]> {
  const rows = await db
    .select({ group: networkGroups, members: activeMembers, role: networkGroupMembers.role })
    .from(networkGroupMembers)
    .innerJoin(networkGroups, eq(networkGroups.id, networkGroupMembers.groupId))
    .where(and(eq(networkGroupMembers.userId, userId), eq(networkGroupMembers.status, 'active')))
    .orderBy(asc(networkGroups.name));
  return rows.map((r) => ({ ...r, members: Number(r.members) }));
}

/** The programmes named by groups the viewer may see, for the list's filter. */
export async function listProgrammes(db: Executor, viewerId: string | undefined): Promise<string[]> {
  const rows = await db
    .selectDistinct({ programme: networkGroups.programme })
    .from(networkGroups)
    .where(and(visibleTo(viewerId), ne(networkGroups.programme, '')))
    .orderBy(asc(networkGroups.programme));
  return rows.map((r) => r.programme);
}

export async function countActiveMembers(db: Executor, groupId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(networkGroupMembers)
    .where(and(eq(networkGroupMembers.groupId, groupId), eq(networkGroupMembers.status, 'active')));
  return Number(row?.n ?? 0);
}

export async function countActiveOwners(db: Executor, groupId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(networkGroupMembers)
    .where(and(eq(networkGroupMembers.groupId, groupId), eq(networkGroupMembers.status, 'active'), eq(networkGroupMembers.role, 'owner')));
  return Number(row?.n ?? 0);
}

/** The slugs taken that start with `base`, so that a new group gets the first free one. */
export async function listSlugsLike(db: Executor, base: string): Promise<Set<string>> {
  const rows = await db
    .select({ slug: networkGroups.slug })
    .from(networkGroups)
    .where(like(networkGroups.slug, `${base}%`));
  return new Set(rows.map((r) => r.slug));
}

export async function insertGroup(db: Executor, values: GroupValues): Promise<GroupRow> {
  const [row] = await db.insert(networkGroups).values(values).returning();
  return row!;
}

export async function updateGroup(db: Executor, id: string, values: Partial<GroupValues>): Promise<GroupRow | undefined> {
  const [row] = await db
    .update(networkGroups)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(networkGroups.id, id))
    .returning();
  return row;
}

export async function findMember(db: Executor, groupId: string, userId: string): Promise<MemberRow | undefined> {
  const [row] = await db
    .select()
    .from(networkGroupMembers)
    .where(and(eq(networkGroupMembers.groupId, groupId), eq(networkGroupMembers.userId, userId)));
  return row;
}

/** A new place in a group; undefined when the person has one already (a double submit). */
export async function insertMember(db: Executor, values: typeof networkGroupMembers.$inferInsert): Promise<MemberRow | undefined> {
  const [row] = await db.insert(networkGroupMembers).values(values).onConflictDoNothing().returning();
  return row;
}

/** Changes a place only while it has the expected status, so that two answers to one request cannot both win. */
export async function updateMember(
  db: Executor,
  key: { groupId: string; userId: string; status: GroupMemberStatus },
  values: Partial<Pick<MemberRow, 'role' | 'status' | 'joinedAt' | 'requestMessage'>>,
): Promise<MemberRow | undefined> {
  const [row] = await db
    .update(networkGroupMembers)
    .set(values)
    .where(and(eq(networkGroupMembers.groupId, key.groupId), eq(networkGroupMembers.userId, key.userId), eq(networkGroupMembers.status, key.status)))
    .returning();
  return row;
}

export async function deleteMember(db: Executor, key: { groupId: string; userId: string; status: GroupMemberStatus }): Promise<MemberRow | undefined> {
  const [row] = await db
    .delete(networkGroupMembers)
    .where(and(eq(networkGroupMembers.groupId, key.groupId), eq(networkGroupMembers.userId, key.userId), eq(networkGroupMembers.status, key.status)))
    .returning();
  return row;
}

export interface MemberListRow {
  userId: string;
  displayName: string;
  role: GroupRole;
  status: GroupMemberStatus;
  requestMessage: string;
  /** whether the person is listed in the network's directory, so that their name may link there */
  listed: boolean;
  invitedByName: string | null;
  createdAt: Date;
  joinedAt: Date | null;
}

const ROLE_ORDER = sql`case ${networkGroupMembers.role} when 'owner' then 0 when 'moderator' then 1 else 2 end`;

/** Everyone with a place in the group: members by role and name, then requests and invitations by date. */
export async function listMembers(db: Executor, groupId: string, statuses: readonly GroupMemberStatus[]): Promise<MemberListRow[]> {
  const inviter = sql<string | null>`(select u.display_name from ${users} u where u.id = ${networkGroupMembers.invitedBy})`;
  return db
    .select({
      userId: networkGroupMembers.userId,
      displayName: users.displayName,
      role: networkGroupMembers.role,
      status: networkGroupMembers.status,
      requestMessage: networkGroupMembers.requestMessage,
      listed: sql<boolean>`coalesce(${networkProfiles.listed}, false)`,
      invitedByName: inviter,
      createdAt: networkGroupMembers.createdAt,
      joinedAt: networkGroupMembers.joinedAt,
    })
    .from(networkGroupMembers)
    .innerJoin(users, eq(users.id, networkGroupMembers.userId))
    .leftJoin(networkProfiles, eq(networkProfiles.userId, networkGroupMembers.userId))
    .where(and(eq(networkGroupMembers.groupId, groupId), inArray(networkGroupMembers.status, [...statuses])))
    .orderBy(ROLE_ORDER, asc(users.displayName), desc(networkGroupMembers.createdAt));
}

/** The id of the active account with this address, if any; a disabled account cannot be invited. */
export async function findInvitableUserId(db: Executor, email: string): Promise<string | undefined> {
  const user = await findUserByEmail(db, email);
  return user && !user.disabledAt ? user.id : undefined;
}
