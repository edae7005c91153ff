import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { networkPosts, networkThreads } from './tables.ts';

export interface ThreadForSearch {
  id: string;
  title: string;
  body: string;
  hidden: boolean;
  lastActivityAt: Date;
  createdAt: Date;
}

/** A thread with its opening post, as the search indexes it. */
export async function findThreadForSearch(db: Executor, threadId: string): Promise<(ThreadForSearch & { groupId: string }) | undefined> {
  const [row] = await db
    .select({
      id: networkThreads.id,
      groupId: networkThreads.groupId,
      title: networkThreads.title,
      body: networkPosts.body,
      hiddenAt: networkThreads.hiddenAt,
      openingHiddenAt: networkPosts.hiddenAt,
      lastActivityAt: networkThreads.lastActivityAt,
      createdAt: networkThreads.createdAt,
    })
    .from(networkThreads)
    .innerJoin(networkPosts, and(eq(networkPosts.threadId, networkThreads.id), eq(networkPosts.opening, true)))
    .where(eq(networkThreads.id, threadId));
  return row ? { ...row, hidden: row.hiddenAt !== null || row.openingHiddenAt !== null } : undefined;
}

/** Every thread of a group with its opening post, for re-indexing after the group's visibility changed. */
export async function listThreadsForSearch(db: Executor, groupId: string): Promise<ThreadForSearch[]> {
  const rows = await db
    .select({
      id: networkThreads.id,
      title: networkThreads.title,
      body: networkPosts.body,
      hiddenAt: networkThreads.hiddenAt,
      openingHiddenAt: networkPosts.hiddenAt,
      lastActivityAt: networkThreads.lastActivityAt,
      createdAt: networkThreads.createdAt,
    })
    .from(networkThreads)
    .innerJoin(networkPosts, and(eq(networkPosts.threadId, networkThreads.id), eq(networkPosts.opening, true)))
    .where(eq(networkThreads.groupId, groupId));
  return rows.map((r) => ({ ...r, hidden: r.hiddenAt !== null || r.openingHiddenAt !== null }));
}
