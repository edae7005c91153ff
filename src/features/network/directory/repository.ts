import { and, asc, count, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { users } from '../../../platform/db/tables.ts';
import { networkGroupMembers, networkGroups, networkProfiles, type GroupVisibility, type Sector } from '../core/tables.ts';

export type ProfileRow = typeof networkProfiles.$inferSelect;
export type ProfileValues = Pick<
  typeof networkProfiles.$inferInsert,
  'listed' | 'sector' | 'jobTitle' | 'organisationId' | 'kreisOrganisationId' | 'fieldsOfAction' | 'expertise' | 'about'
>;

export async function findProfile(db: Executor, userId: string): Promise<ProfileRow | undefined> {
  const [row] = await db.select().from(networkProfiles).where(eq(networkProfiles.userId, userId));
  return row;
}

export async function lockProfile(db: Executor, userId: string): Promise<ProfileRow | undefined> {
  const [row] = await db.select().from(networkProfiles).where(eq(networkProfiles.userId, userId)).for('update');
  return row;
}

/** The person's profile, created empty (not listed) if they have none, locked until the transaction ends. */
export async function lockOrCreateProfile(db: Executor, userId: string): Promise<ProfileRow> {
  await db.insert(networkProfiles).values({ userId }).onConflictDoNothing();
  const [row] = await db.select().from(networkProfiles).where(eq(networkProfiles.userId, userId)).for('update');
  if (!row) throw new Error(`network profile of ${userId} vanished`);
  return row;
}

export async function updateProfile(db: Executor, userId: string, values: Partial<ProfileValues> & { pictureId?: string | null }): Promise<void> {
  await db
    .update(networkProfiles)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(networkProfiles.userId, userId));
}

/** Listed, and the account neither disabled nor deleted: who the directory shows. */
const shown = and(eq(networkProfiles.listed, true), isNull(users.disabledAt), isNull(users.deletedAt));

export interface ListedProfileRow extends ProfileRow {
  displayName: string;
}

const listedColumns = { profile: networkProfiles, displayName: users.displayName };

export async function findListedProfileRow(db: Executor, userId: string): Promise<ListedProfileRow | undefined> {
  const [row] = await db
    .select(listedColumns)
    .from(networkProfiles)
    .innerJoin(users, eq(users.id, networkProfiles.userId))
    .where(and(eq(networkProfiles.userId, userId), shown));
  return row ? { ...row.profile, displayName: row.displayName } : undefined;
}

export async function findListedUserIds(db: Executor, userIds: readonly string[]): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .select({ userId: networkProfiles.userId })
    .from(networkProfiles)
    .innerJoin(users, eq(users.id, networkProfiles.userId))
    .where(and(inArray(networkProfiles.userId, [...userIds]), shown));
  return rows.map((r) => r.userId);
}

export interface DirectoryFilter {
  name?: string | undefined;
  sector?: Sector | undefined;
  /** the organisations of the chosen type; an empty list finds nobody */
  organisationIds?: readonly string[] | undefined;
  kreisOrganisationId?: string | undefined;
  fieldOfAction?: string | undefined;
  tag?: string | undefined;
}

function directoryWhere(filter: DirectoryFilter): SQL | undefined {
  const escaped = filter.name?.replace(/[\\%_]/g, (c) => `\\${c}`);
  return and(
    shown,
    filter.sector ? eq(networkProfiles.sector, filter.sector) : undefined,
    filter.organisationIds
      ? filter.organisationIds.length > 0
        ? inArray(networkProfiles.organisationId, [...filter.organisationIds])
        : sql`false`
      : undefined,
    filter.kreisOrganisationId ? eq(networkProfiles.kreisOrganisationId, filter.kreisOrganisationId) : undefined,
    filter.fieldOfAction ? sql`${networkProfiles.fieldsOfAction} @> array[${filter.fieldOfAction}]::text[]` : undefined,
    filter.tag ? sql`${networkProfiles.expertise} @> array[${filter.tag}]::text[]` : undefined,
    escaped ? sql`${users.displayName} ilike ${`%${escaped}%`}` : undefined,
  );
}

export async function countListedProfiles(db: Executor, filter: DirectoryFilter): Promise<number> {
  const [row] = await db.select({ n: count() }).from(networkProfiles).innerJoin(users, eq(users.id, networkProfiles.userId)).where(directoryWhere(filter));
  return row?.n ?? 0;
}

/** One page of the directory, by name. */
export async function searchListedProfiles(db: Executor, filter: DirectoryFilter, limit: number, offset: number): Promise<ListedProfileRow[]> {
  const rows = await db
    .select(listedColumns)
    .from(networkProfiles)
    .innerJoin(users, eq(users.id, networkProfiles.userId))
    .where(directoryWhere(filter))
    .orderBy(asc(sql`lower(${users.displayName})`), asc(networkProfiles.userId))
    .limit(limit)
    .offset(offset);
  return rows.map((r) => ({ ...r.profile, displayName: r.displayName }));
}

export interface PersonGroupRow {
  slug: string;
  name: string;
  visibility: GroupVisibility;
}

/**
 * The groups the person is an active member of that the viewer may know of: public and
 * members-only groups, and a hidden group only when the viewer is an active member of it too.
 */
export async function listGroupsOfPersonFor(db: Executor, personId: string, viewerId: string | undefined): Promise<PersonGroupRow[]> {
  const viewerIsMember = viewerId
    ? sql`exists (select 1 from ${networkGroupMembers} viewer where viewer.group_id = ${networkGroups.id} and viewer.user_id = ${viewerId} and viewer.status = 'active')`
    : sql`false`;
  return db
    .select({ slug: networkGroups.slug, name: networkGroups.name, visibility: networkGroups.visibility })
    .from(networkGroupMembers)
    .innerJoin(networkGroups, eq(networkGroups.id, networkGroupMembers.groupId))
    .where(
      and(
        eq(networkGroupMembers.userId, personId),
        eq(networkGroupMembers.status, 'active'),
        sql`(${networkGroups.visibility} <> 'hidden' or ${viewerIsMember})`,
      ),
    )
    .orderBy(asc(sql`lower(${networkGroups.name})`));
}
