import { and, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { networkGroups, networkPosts, networkThreads } from './tables.ts';

export interface RecentThread {
  id: string;
  title: string;
  groupSlug: string;
  groupName: string;
  replies: number;
  lastActivityAt: Date;
}

/**
 * The latest discussions the viewer may read: those of public groups and those of the groups
 * the viewer is an active member of (`memberOf`), never hidden threads. `onlyGroupId` narrows
 * it to one group (its overview).
 */
export async function listRecentThreads(
  db: Executor,
  options: { memberOf: string[]; onlyGroupId?: string | undefined; limit: number },
): Promise<RecentThread[]> {
  const readable =
    options.memberOf.length > 0
      ? or(eq(networkGroups.visibility, 'public'), inArray(networkGroups.id, options.memberOf))
      : eq(networkGroups.visibility, 'public');
  const rows = await db
    .select({
      id: networkThreads.id,
      title: networkThreads.title,
      groupSlug: networkGroups.slug,
      groupName: networkGroups.name,
      replies: sql<number>`(select count(*)::int from ${networkPosts} p where p.thread_id = ${networkThreads.id} and not p.opening and p.hidden_at is null)`,
      lastActivityAt: networkThreads.lastActivityAt,
    })
    .from(networkThreads)
    .innerJoin(networkGroups, eq(networkGroups.id, networkThreads.groupId))
    .where(and(readable, isNull(networkThreads.hiddenAt), options.onlyGroupId ? eq(networkGroups.id, options.onlyGroupId) : undefined))
    .orderBy(desc(networkThreads.lastActivityAt), networkThreads.id)
    .limit(options.limit);
  return rows.map((r) => ({ ...r, replies: Number(r.replies) }));
}
