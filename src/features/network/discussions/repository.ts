import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { users } from '../../../platform/db/tables.ts';
import type { Executor } from '../../../platform/db/client.ts';
import {
  networkGroupMembers,
  networkGroups,
  networkMentions,
  networkNotifications,
  networkPosts,
  networkProfiles,
  networkReactions,
  networkReports,
  networkThreads,
} from '../core/tables.ts';
import type { MentionedPerson } from './mentions.ts';

export type ThreadRow = typeof networkThreads.$inferSelect;
export type PostRow = typeof networkPosts.$inferSelect;
export type ThreadChange = Partial<Pick<ThreadRow, 'title' | 'pinnedAt' | 'lockedAt' | 'hiddenAt' | 'answerPostId' | 'lastActivityAt' | 'groupId'>>;

const listed = sql<boolean>`coalesce(${networkProfiles.listed}, false)`;

/* ---------- threads ---------- */

export interface ThreadListItem {
  id: string;
  title: string;
  authorName: string | null;
  replies: number;
  lastActivityAt: Date;
  pinned: boolean;
  locked: boolean;
  hidden: boolean;
  answered: boolean;
}

/** One page of a group's threads: pinned first, then by last activity; hidden ones only with `withHidden`. */
export async function listThreads(
  db: Executor,
  options: { groupId: string; withHidden: boolean; limit: number; offset: number },
): Promise<{ items: ThreadListItem[]; total: number }> {
  const where = and(eq(networkThreads.groupId, options.groupId), options.withHidden ? undefined : isNull(networkThreads.hiddenAt));
  const rows = await db
    .select({
      id: networkThreads.id,
      title: networkThreads.title,
      authorName: users.displayName,
      replies: sql<number>`(select count(*)::int from ${networkPosts} p where p.thread_id = ${networkThreads.id} and not p.opening and p.hidden_at is null)`,
      lastActivityAt: networkThreads.lastActivityAt,
      pinnedAt: networkThreads.pinnedAt,
      lockedAt: networkThreads.lockedAt,
      hiddenAt: networkThreads.hiddenAt,
      answerPostId: networkThreads.answerPostId,
    })
    .from(networkThreads)
    .leftJoin(users, eq(users.id, networkThreads.authorId))
    .where(where)
    .orderBy(sql`${networkThreads.pinnedAt} is null`, desc(networkThreads.pinnedAt), desc(networkThreads.lastActivityAt), networkThreads.id)
    .limit(options.limit)
    .offset(options.offset);
  const [total] = await db.select({ n: count() }).from(networkThreads).where(where);
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      authorName: r.authorName,
      replies: Number(r.replies),
      lastActivityAt: r.lastActivityAt,
      pinned: r.pinnedAt !== null,
      locked: r.lockedAt !== null,
      hidden: r.hiddenAt !== null,
      answered: r.answerPostId !== null,
    })),
    total: Number(total?.n ?? 0),
  };
}

/** A thread only under its group: the id of another group's thread finds nothing. */
export async function findThread(db: Executor, groupId: string, threadId: string): Promise<ThreadRow | undefined> {
  const [row] = await db
    .select()
    .from(networkThreads)
    .where(and(eq(networkThreads.id, threadId), eq(networkThreads.groupId, groupId)));
  return row;
}

/** The thread, locked until the transaction ends, so that a reply and a lock follow each other. */
export async function lockThread(db: Executor, threadId: string): Promise<ThreadRow | undefined> {
  const [row] = await db.select().from(networkThreads).where(eq(networkThreads.id, threadId)).for('update');
  return row;
}

export async function insertThread(db: Executor, values: { groupId: string; title: string; authorId: string; at: Date }): Promise<ThreadRow> {
  const [row] = await db
    .insert(networkThreads)
    .values({ groupId: values.groupId, title: values.title, authorId: values.authorId, lastActivityAt: values.at, createdAt: values.at })
    .returning();
  return row!;
}

export async function updateThread(db: Executor, threadId: string, change: ThreadChange): Promise<void> {
  await db.update(networkThreads).set(change).where(eq(networkThreads.id, threadId));
}

/* ---------- posts ---------- */

export interface PostView {
  id: string;
  authorId: string | null;
  authorName: string | null;
  authorListed: boolean;
  opening: boolean;
  body: string;
  quotesPostId: string | null;
  editedAt: Date | null;
  hiddenAt: Date | null;
  createdAt: Date;
  helpful: number;
  helpfulByViewer: boolean;
}

/** The opening post and the replies in the order they were written, with their "hilfreich" counts. */
export async function listPosts(db: Executor, threadId: string, viewerId: string | undefined): Promise<PostView[]> {
  const rows = await db
    .select({
      id: networkPosts.id,
      authorId: networkPosts.authorId,
      authorName: users.displayName,
      authorListed: listed,
      opening: networkPosts.opening,
      body: networkPosts.body,
      quotesPostId: networkPosts.quotesPostId,
      editedAt: networkPosts.editedAt,
      hiddenAt: networkPosts.hiddenAt,
      createdAt: networkPosts.createdAt,
      helpful: sql<number>`(select count(*)::int from ${networkReactions} r where r.post_id = ${networkPosts.id})`,
      helpfulByViewer: viewerId
        ? sql<boolean>`exists (select 1 from ${networkReactions} r where r.post_id = ${networkPosts.id} and r.user_id = ${viewerId})`
        : sql<boolean>`false`,
    })
    .from(networkPosts)
    .leftJoin(users, eq(users.id, networkPosts.authorId))
    .leftJoin(networkProfiles, eq(networkProfiles.userId, networkPosts.authorId))
    .where(eq(networkPosts.threadId, threadId))
    .orderBy(desc(networkPosts.opening), asc(networkPosts.createdAt), asc(networkPosts.id));
  return rows.map((r) => ({ ...r, authorListed: Boolean(r.authorListed), helpful: Number(r.helpful), helpfulByViewer: Boolean(r.helpfulByViewer) }));
}

/** A post only under its thread: the id of another thread's post finds nothing. */
export async function findPost(db: Executor, threadId: string, postId: string): Promise<PostRow | undefined> {
  const [row] = await db
    .select()
    .from(networkPosts)
    .where(and(eq(networkPosts.id, postId), eq(networkPosts.threadId, threadId)));
  return row;
}

export async function findOpeningPost(db: Executor, threadId: string): Promise<PostRow | undefined> {
  const [row] = await db
    .select()
    .from(networkPosts)
    .where(and(eq(networkPosts.threadId, threadId), eq(networkPosts.opening, true)));
  return row;
}

/** The post, locked until the transaction ends: two reports of one person follow each other. */
export async function lockPost(db: Executor, postId: string): Promise<PostRow | undefined> {
  const [row] = await db.select().from(networkPosts).where(eq(networkPosts.id, postId)).for('update');
  return row;
}

export async function insertPost(
  db: Executor,
  values: { threadId: string; authorId: string; opening: boolean; body: string; quotesPostId?: string | undefined; at: Date },
): Promise<PostRow> {
  const [row] = await db
    .insert(networkPosts)
    .values({
      threadId: values.threadId,
      authorId: values.authorId,
      opening: values.opening,
      body: values.body,
      quotesPostId: values.quotesPostId ?? null,
      createdAt: values.at,
    })
    .returning();
  return row!;
}

export async function updatePost(db: Executor, postId: string, change: Partial<Pick<PostRow, 'body' | 'editedAt' | 'hiddenAt' | 'hiddenBy'>>): Promise<void> {
  await db.update(networkPosts).set(change).where(eq(networkPosts.id, postId));
}

/* ---------- mentions ---------- */

/** The group's active members with their names, to match mentions against. */
export async function listActiveMemberNames(db: Executor, groupId: string): Promise<{ userId: string; displayName: string }[]> {
  return db
    .select({ userId: networkGroupMembers.userId, displayName: users.displayName })
    .from(networkGroupMembers)
    .innerJoin(users, eq(users.id, networkGroupMembers.userId))
    .where(and(eq(networkGroupMembers.groupId, groupId), eq(networkGroupMembers.status, 'active')));
}

/** Records exactly these people as mentioned in the post; answers those who were not before. */
export async function replaceMentions(db: Executor, postId: string, userIds: readonly string[]): Promise<string[]> {
  const before = await db.select({ userId: networkMentions.userId }).from(networkMentions).where(eq(networkMentions.postId, postId));
  const had = new Set(before.map((r) => r.userId));
  await db.delete(networkMentions).where(eq(networkMentions.postId, postId));
  if (userIds.length > 0) await db.insert(networkMentions).values(userIds.map((userId) => ({ postId, userId })));
  return userIds.filter((id) => !had.has(id));
}

/** Who each post of the thread mentions, for rendering the mentions as names or profile links. */
export async function listMentionsOfThread(db: Executor, threadId: string): Promise<Map<string, MentionedPerson[]>> {
  const rows = await db
    .select({ postId: networkMentions.postId, userId: networkMentions.userId, displayName: users.displayName, listed })
    .from(networkMentions)
    .innerJoin(networkPosts, eq(networkPosts.id, networkMentions.postId))
    .innerJoin(users, eq(users.id, networkMentions.userId))
    .leftJoin(networkProfiles, eq(networkProfiles.userId, networkMentions.userId))
    .where(eq(networkPosts.threadId, threadId));
  const byPost = new Map<string, MentionedPerson[]>();
  for (const r of rows) {
    const list = byPost.get(r.postId) ?? [];
    list.push({ userId: r.userId, displayName: r.displayName, listed: Boolean(r.listed) });
    byPost.set(r.postId, list);
  }
  return byPost;
}

/* ---------- reactions ---------- */

/** "Hilfreich" on or off: removes the person's reaction, or adds it when there was none. */
export async function toggleReaction(db: Executor, postId: string, userId: string): Promise<'added' | 'removed'> {
  const removed = await db
    .delete(networkReactions)
    .where(and(eq(networkReactions.postId, postId), eq(networkReactions.userId, userId)))
    .returning({ postId: networkReactions.postId });
  if (removed.length > 0) return 'removed';
  await db.insert(networkReactions).values({ postId, userId }).onConflictDoNothing();
  return 'added';
}

/* ---------- reports ---------- */

export async function hasReported(db: Executor, postId: string, reporterId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: networkReports.id })
    .from(networkReports)
    .where(and(eq(networkReports.postId, postId), eq(networkReports.reporterId, reporterId)))
    .limit(1);
  return row !== undefined;
}

export async function insertReport(db: Executor, values: { postId: string; reporterId: string; reason: string }): Promise<string> {
  const [row] = await db.insert(networkReports).values(values).returning({ id: networkReports.id });
  return row!.id;
}

export interface OpenReport {
  id: string;
  reason: string;
  createdAt: Date;
  reporterName: string | null;
  postId: string;
  postBody: string;
  postHidden: boolean;
  postAuthorName: string | null;
  threadId: string;
  threadTitle: string;
}

const reporters = alias(users, 'reporters');

/** The open reports of posts in the group, oldest first. */
export async function listOpenReports(db: Executor, groupId: string): Promise<OpenReport[]> {
  const rows = await db
    .select({
      id: networkReports.id,
      reason: networkReports.reason,
      createdAt: networkReports.createdAt,
      reporterName: reporters.displayName,
      postId: networkPosts.id,
      postBody: networkPosts.body,
      postHiddenAt: networkPosts.hiddenAt,
      postAuthorName: users.displayName,
      threadId: networkThreads.id,
      threadTitle: networkThreads.title,
    })
    .from(networkReports)
    .innerJoin(networkPosts, eq(networkPosts.id, networkReports.postId))
    .innerJoin(networkThreads, eq(networkThreads.id, networkPosts.threadId))
    .leftJoin(users, eq(users.id, networkPosts.authorId))
    .leftJoin(reporters, eq(reporters.id, networkReports.reporterId))
    .where(and(eq(networkThreads.groupId, groupId), isNull(networkReports.closedAt)))
    .orderBy(asc(networkReports.createdAt), asc(networkReports.id));
  return rows.map(({ postHiddenAt, ...r }) => ({ ...r, postHidden: postHiddenAt !== null }));
}

/** An open report only under its group: another group's report finds nothing. */
export async function findOpenReport(db: Executor, groupId: string, reportId: string): Promise<{ id: string; postId: string; threadId: string } | undefined> {
  const [row] = await db
    .select({ id: networkReports.id, postId: networkReports.postId, threadId: networkPosts.threadId })
    .from(networkReports)
    .innerJoin(networkPosts, eq(networkPosts.id, networkReports.postId))
    .innerJoin(networkThreads, eq(networkThreads.id, networkPosts.threadId))
    .where(and(eq(networkReports.id, reportId), eq(networkThreads.groupId, groupId), isNull(networkReports.closedAt)));
  return row;
}

/** Closes the report; with `wholePost` every open report of its post, as hiding it deals with them all. */
export async function closeReports(db: Executor, options: { reportId: string; postId: string; wholePost: boolean; by: string; at: Date }): Promise<number> {
  const closed = await db
    .update(networkReports)
    .set({ closedAt: options.at, closedBy: options.by })
    .where(and(isNull(networkReports.closedAt), options.wholePost ? eq(networkReports.postId, options.postId) : eq(networkReports.id, options.reportId)))
    .returning({ id: networkReports.id });
  return closed.length;
}

/* ---------- moving ---------- */

/** The groups the person moderates, for the choice where a thread may go. */
export async function listModeratedGroups(db: Executor, userId: string): Promise<{ id: string; name: string; slug: string }[]> {
  return db
    .select({ id: networkGroups.id, name: networkGroups.name, slug: networkGroups.slug })
    .from(networkGroupMembers)
    .innerJoin(networkGroups, eq(networkGroups.id, networkGroupMembers.groupId))
    .where(and(eq(networkGroupMembers.userId, userId), eq(networkGroupMembers.status, 'active'), inArray(networkGroupMembers.role, ['owner', 'moderator'])))
    .orderBy(asc(networkGroups.name));
}

/**
 * Moves the thread's notifications along with it, so that the new group's settings decide how
 * they are mailed; those of people who may not read the new group are removed, so that no
 * list or digest names a group they cannot see.
 */
export async function moveThreadNotifications(db: Executor, threadId: string, target: { id: string; visibility: string }): Promise<void> {
  if (target.visibility !== 'public') {
    await db
      .delete(networkNotifications)
      .where(
        and(
          eq(networkNotifications.threadId, threadId),
          sql`${networkNotifications.userId} not in (select m.user_id from ${networkGroupMembers} m where m.group_id = ${target.id} and m.status = 'active')`,
        ),
      );
  }
  await db.update(networkNotifications).set({ groupId: target.id }).where(eq(networkNotifications.threadId, threadId));
}
