import { aliasedTable, and, asc, count, desc, eq, inArray, isNull, lt, notInArray, sql, type SQL } from 'drizzle-orm';
import type { PgSelect } from 'drizzle-orm/pg-core';
import { users } from '../../../platform/db/tables.ts';
import type { Executor } from '../../../platform/db/client.ts';
import {
  networkDigestRuns,
  networkGroupMembers,
  networkGroups,
  networkNotifications,
  networkNotificationSettings,
  networkPosts,
  networkThreads,
  type NotificationFrequency,
  type NotificationKind,
} from '../core/tables.ts';

/*
 * A notification with the names it is told with. Every read goes through `stillConcerns`, so
 * that the list, the count, the immediate mail and the digest agree on who may still hear of
 * what: nothing of a group the person has left, least of all of a hidden one.
 */

const actors = aliasedTable(users, 'actor');

/** Kinds about the person themself rather than the group's activity: mailed at once, never in a digest. */
export const PERSONAL_KINDS = ['invitation', 'join_decision'] as const satisfies readonly NotificationKind[];
/** Kinds addressed to those who run the group. */
const MODERATOR_KINDS = ['join_request', 'report'] as const satisfies readonly NotificationKind[];
const POST_KINDS = ['new_thread', 'reply', 'mention'] as const satisfies readonly NotificationKind[];

const kindIn = (kinds: readonly NotificationKind[]) => inArray(networkNotifications.kind, [...kinds]);

/**
 * Whether the notification's person may still hear of it: activity and mentions while they are
 * an active member and the post is not hidden; requests and reports while they moderate; an
 * invitation while it is open or accepted; a decision on their request unless the group is
 * hidden and they are not in it.
 */
const stillConcerns: SQL = sql`(
  (${kindIn(POST_KINDS)} and ${networkGroupMembers.status} = 'active' and ${networkThreads.hiddenAt} is null and ${networkPosts.hiddenAt} is null)
  or (${kindIn(MODERATOR_KINDS)} and ${networkGroupMembers.status} = 'active' and ${networkGroupMembers.role} in ('owner', 'moderator'))
  or (${networkNotifications.kind} = 'invitation' and ${networkGroupMembers.status} in ('invited', 'active'))
  or (${networkNotifications.kind} = 'join_decision' and (${networkGroups.visibility} <> 'hidden' or ${networkGroupMembers.status} = 'active'))
)`;

/** What the person has chosen for the group; no row is the daily digest. */
const frequency = sql<NotificationFrequency>`coalesce(${networkNotificationSettings.frequency}, 'daily')`;

const itemColumns = {
  id: networkNotifications.id,
  userId: networkNotifications.userId,
  kind: networkNotifications.kind,
  note: networkNotifications.note,
  createdAt: networkNotifications.createdAt,
  readAt: networkNotifications.readAt,
  mailedAt: networkNotifications.mailedAt,
  groupId: networkNotifications.groupId,
  groupSlug: networkGroups.slug,
  groupName: networkGroups.name,
  threadId: networkNotifications.threadId,
  threadTitle: networkThreads.title,
  postId: networkNotifications.postId,
  postBody: networkPosts.body,
  actorName: actors.displayName,
  memberStatus: networkGroupMembers.status,
  frequency,
  concerns: sql<boolean>`${stillConcerns}`,
};

export type NotificationItem = Awaited<ReturnType<typeof listNotificationItems>>[number];

/** A notification with its group, the person's place and setting in it, its thread, post and actor. */
function inContext<T extends PgSelect>(query: T) {
  return query
    .innerJoin(networkGroups, eq(networkGroups.id, networkNotifications.groupId))
    .leftJoin(
      networkGroupMembers,
      and(eq(networkGroupMembers.groupId, networkNotifications.groupId), eq(networkGroupMembers.userId, networkNotifications.userId)),
    )
    .leftJoin(
      networkNotificationSettings,
      and(eq(networkNotificationSettings.groupId, networkNotifications.groupId), eq(networkNotificationSettings.userId, networkNotifications.userId)),
    )
    .leftJoin(networkThreads, eq(networkThreads.id, networkNotifications.threadId))
    .leftJoin(networkPosts, eq(networkPosts.id, networkNotifications.postId))
    .leftJoin(actors, eq(actors.id, networkNotifications.actorId));
}

function items(db: Executor) {
  return inContext(db.select(itemColumns).from(networkNotifications).$dynamic());
}

/** One page of the person's notifications, newest first. */
export async function listNotificationItems(db: Executor, userId: string, options: { limit: number; offset: number }) {
  return items(db)
    .where(and(eq(networkNotifications.userId, userId), stillConcerns))
    .orderBy(desc(networkNotifications.createdAt), desc(networkNotifications.id))
    .limit(options.limit)
    .offset(options.offset);
}

export async function countNotificationItems(db: Executor, userId: string, options: { unreadOnly: boolean }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(networkNotifications)
    .innerJoin(networkGroups, eq(networkGroups.id, networkNotifications.groupId))
    .leftJoin(
      networkGroupMembers,
      and(eq(networkGroupMembers.groupId, networkNotifications.groupId), eq(networkGroupMembers.userId, networkNotifications.userId)),
    )
    .leftJoin(networkThreads, eq(networkThreads.id, networkNotifications.threadId))
    .leftJoin(networkPosts, eq(networkPosts.id, networkNotifications.postId))
    .where(and(eq(networkNotifications.userId, userId), stillConcerns, options.unreadOnly ? isNull(networkNotifications.readAt) : undefined));
  return row?.n ?? 0;
}

/** Marks every notification of the person as read (also those no longer shown: they are not news either). */
export async function markAllRead(tx: Executor, userId: string, now: Date): Promise<number> {
  const rows = await tx
    .update(networkNotifications)
    .set({ readAt: now })
    .where(and(eq(networkNotifications.userId, userId), isNull(networkNotifications.readAt)))
    .returning({ id: networkNotifications.id });
  return rows.length;
}

/** The notification, locked until the transaction ends, with whether it still concerns its person. */
export async function lockNotificationItem(tx: Executor, id: string): Promise<NotificationItem | undefined> {
  const [row] = await items(tx).where(eq(networkNotifications.id, id)).for('update', { of: networkNotifications });
  return row;
}

export async function setMailed(tx: Executor, ids: string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await tx.update(networkNotifications).set({ mailedAt: now }).where(inArray(networkNotifications.id, ids));
}

/** Digest items: unmailed group activity of this frequency, older than `before`, that still concerns the person. */
function digestWhere(frequencyOf: 'daily' | 'weekly', before: Date): SQL | undefined {
  return and(
    isNull(networkNotifications.mailedAt),
    lt(networkNotifications.createdAt, before),
    notInArray(networkNotifications.kind, [...PERSONAL_KINDS]),
    sql`${frequency} = ${frequencyOf}`,
    stillConcerns,
  );
}

/** The people who have a digest of this frequency due for the period and got none yet. */
export async function listDigestRecipients(db: Executor, options: { frequency: 'daily' | 'weekly'; period: string; before: Date }): Promise<string[]> {
  const rows = await inContext(db.selectDistinct({ userId: networkNotifications.userId }).from(networkNotifications).$dynamic()).where(
    and(
      digestWhere(options.frequency, options.before),
      sql`not exists (select 1 from ${networkDigestRuns} r where r.user_id = ${networkNotifications.userId} and r.frequency = ${options.frequency} and r.period = ${options.period})`,
    ),
  );
  return rows.map((r) => r.userId);
}

/**
 * The person's digest items, locked; rows another process holds (its digest or an immediate
 * mail in flight) are skipped rather than waited for, and never mailed twice.
 */
export async function claimDigestItems(tx: Executor, userId: string, options: { frequency: 'daily' | 'weekly'; before: Date }): Promise<NotificationItem[]> {
  return items(tx)
    .where(and(eq(networkNotifications.userId, userId), digestWhere(options.frequency, options.before)))
    .orderBy(asc(networkGroups.name), asc(networkNotifications.createdAt))
    .for('update', { of: networkNotifications, skipLocked: true });
}

/** Takes the person's digest of the period; false when another process has taken it. */
export async function claimDigestRun(tx: Executor, run: { userId: string; frequency: 'daily' | 'weekly'; period: string }): Promise<boolean> {
  const rows = await tx.insert(networkDigestRuns).values(run).onConflictDoNothing().returning({ userId: networkDigestRuns.userId });
  return rows.length === 1;
}

export async function setDigestRunItems(
  tx: Executor,
  run: { userId: string; frequency: 'daily' | 'weekly'; period: string },
  itemCount: number,
): Promise<void> {
  await tx
    .update(networkDigestRuns)
    .set({ items: itemCount })
    .where(and(eq(networkDigestRuns.userId, run.userId), eq(networkDigestRuns.frequency, run.frequency), eq(networkDigestRuns.period, run.period)));
}

export interface GroupSetting {
  groupId: string;
  slug: string;
  name: string;
  frequency: NotificationFrequency;
}

/** The groups the person is an active member of, with what they chose for each. */
export async function listGroupSettings(db: Executor, userId: string): Promise<GroupSetting[]> {
  return db
    .select({ groupId: networkGroups.id, slug: networkGroups.slug, name: networkGroups.name, frequency })
    .from(networkGroupMembers)
    .innerJoin(networkGroups, eq(networkGroups.id, networkGroupMembers.groupId))
    .leftJoin(
      networkNotificationSettings,
      and(eq(networkNotificationSettings.groupId, networkGroupMembers.groupId), eq(networkNotificationSettings.userId, networkGroupMembers.userId)),
    )
    .where(and(eq(networkGroupMembers.userId, userId), eq(networkGroupMembers.status, 'active')))
    .orderBy(asc(networkGroups.name));
}

export async function upsertFrequency(tx: Executor, setting: { userId: string; groupId: string; frequency: NotificationFrequency; now: Date }): Promise<void> {
  await tx
    .insert(networkNotificationSettings)
    .values({ userId: setting.userId, groupId: setting.groupId, frequency: setting.frequency, updatedAt: setting.now })
    .onConflictDoUpdate({
      target: [networkNotificationSettings.userId, networkNotificationSettings.groupId],
      set: { frequency: setting.frequency, updatedAt: setting.now },
    });
}

/** The group an unsubscribe link names (it names it to the person it was sent to, whether or not they are still in it). */
export async function findGroupName(db: Executor, groupId: string): Promise<string | undefined> {
  const [row] = await db.select({ name: networkGroups.name }).from(networkGroups).where(eq(networkGroups.id, groupId));
  return row?.name;
}

/** Every group the person is in, invited to or asking to join: "all e-mails from the network" turns each of them off. */
export async function listGroupIdsOfPerson(db: Executor, userId: string): Promise<string[]> {
  const rows = await db.select({ groupId: networkGroupMembers.groupId }).from(networkGroupMembers).where(eq(networkGroupMembers.userId, userId));
  return rows.map((r) => r.groupId);
}

export async function userExists(db: Executor, userId: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.id, userId));
  return row !== undefined;
}
