import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { networkGroupMembers, networkGroups, type GroupRole } from './tables.ts';
import type { GroupStanding } from './rules.ts';

/*
 * The group's own row and a person's place in it, as every part of the network reads them;
 * each part keeps its other queries in its own repository.
 */

export type GroupRow = typeof networkGroups.$inferSelect;
export type GroupValues = Omit<typeof networkGroups.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

export async function findGroupBySlug(db: Executor, slug: string): Promise<GroupRow | undefined> {
  const [row] = await db.select().from(networkGroups).where(eq(networkGroups.slug, slug));
  return row;
}

export async function findGroupById(db: Executor, id: string): Promise<GroupRow | undefined> {
  const [row] = await db.select().from(networkGroups).where(eq(networkGroups.id, id));
  return row;
}

/** The group, locked until the transaction ends: joins and role changes of one group follow each other. */
export async function lockGroup(db: Executor, id: string): Promise<GroupRow | undefined> {
  const [row] = await db.select().from(networkGroups).where(eq(networkGroups.id, id)).for('update');
  return row;
}

export async function findStanding(db: Executor, groupId: string, userId: string | undefined): Promise<GroupStanding | undefined> {
  if (!userId) return undefined;
  const [row] = await db
    .select({ role: networkGroupMembers.role, status: networkGroupMembers.status })
    .from(networkGroupMembers)
    .where(and(eq(networkGroupMembers.groupId, groupId), eq(networkGroupMembers.userId, userId)));
  return row;
}

/** The ids of the groups a person is an active member of (search keys, the entry page). */
export async function listActiveGroupIdsOf(db: Executor, userId: string): Promise<string[]> {
  const rows = await db
    .select({ groupId: networkGroupMembers.groupId })
    .from(networkGroupMembers)
    .where(and(eq(networkGroupMembers.userId, userId), eq(networkGroupMembers.status, 'active')));
  return rows.map((r) => r.groupId);
}

/** Active members with one of the roles, e.g. the moderators who hear of a request or a report. */
export async function listActiveMemberIds(db: Executor, groupId: string, roles: readonly GroupRole[]): Promise<string[]> {
  const rows = await db
    .select({ userId: networkGroupMembers.userId })
    .from(networkGroupMembers)
    .where(
      and(
        eq(networkGroupMembers.groupId, groupId),
        eq(networkGroupMembers.status, 'active'),
        sql`${networkGroupMembers.role} = any(${`{${roles.join(',')}}`}::text[])`,
      ),
    );
  return rows.map((r) => r.userId);
}
