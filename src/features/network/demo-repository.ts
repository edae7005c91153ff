import type { Executor } from '../../platform/db/client.ts';
import type { GroupRow } from './core/repository.ts';
import {
  networkGroupEvents,
  networkGroupMembers,
  networkGroups,
  networkMentions,
  networkNotificationSettings,
  networkNotifications,
  networkPosts,
  networkProfiles,
  networkReactions,
  networkThreads,
} from './core/tables.ts';

/*
 * The demo content's inserts. Each leaves a row that is already there as it is (a person may
 * have changed their profile since), so the seed can run on every start.
 */

export async function insertDemoProfile(tx: Executor, values: typeof networkProfiles.$inferInsert): Promise<void> {
  await tx.insert(networkProfiles).values(values).onConflictDoNothing();
}

/** The new group, or undefined when its id or its slug is already taken: then the seed leaves the group alone. */
export async function insertDemoGroup(tx: Executor, values: typeof networkGroups.$inferInsert): Promise<GroupRow | undefined> {
  const [row] = await tx.insert(networkGroups).values(values).onConflictDoNothing().returning();
  return row;
}

export async function insertDemoMembers(tx: Executor, rows: (typeof networkGroupMembers.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(networkGroupMembers).values(rows).onConflictDoNothing();
}

export async function insertDemoThread(tx: Executor, values: typeof networkThreads.$inferInsert): Promise<void> {
  await tx.insert(networkThreads).values(values).onConflictDoNothing();
}

export async function insertDemoPosts(tx: Executor, rows: (typeof networkPosts.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(networkPosts).values(rows).onConflictDoNothing();
}

export async function insertDemoMentions(tx: Executor, rows: (typeof networkMentions.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(networkMentions).values(rows).onConflictDoNothing();
}

export async function insertDemoReactions(tx: Executor, rows: (typeof networkReactions.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(networkReactions).values(rows).onConflictDoNothing();
}

export async function insertDemoGroupEvents(tx: Executor, rows: (typeof networkGroupEvents.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(networkGroupEvents).values(rows).onConflictDoNothing();
}

export async function insertDemoNotificationSettings(tx: Executor, rows: (typeof networkNotificationSettings.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(networkNotificationSettings).values(rows).onConflictDoNothing();
}

export async function insertDemoNotifications(tx: Executor, rows: (typeof networkNotifications.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(networkNotifications).values(rows).onConflictDoNothing();
}
