import type { Executor } from '../../../platform/db/client.ts';
import type { MentionedPerson } from './mentions.ts';
import {
  listModeratedGroups,
  listMentionsOfThread,
  listOpenReports,
  listPosts,
  listThreads,
  type OpenReport,
  type PostView,
  type ThreadListItem,
} from './repository.ts';

export const THREADS_PER_PAGE = 20;

export interface ThreadListPage {
  items: ThreadListItem[];
  page: number;
  pages: number;
}

/** One page of the group's discussions; a page past the end shows the last one. */
export async function threadListPage(db: Executor, options: { groupId: string; withHidden: boolean; page: number }): Promise<ThreadListPage> {
  const first = await listThreads(db, {
    groupId: options.groupId,
    withHidden: options.withHidden,
    limit: THREADS_PER_PAGE,
    offset: (options.page - 1) * THREADS_PER_PAGE,
  });
  const pages = Math.max(1, Math.ceil(first.total / THREADS_PER_PAGE));
  if (options.page <= pages) return { items: first.items, page: options.page, pages };
  const last = await listThreads(db, {
    groupId: options.groupId,
    withHidden: options.withHidden,
    limit: THREADS_PER_PAGE,
    offset: (pages - 1) * THREADS_PER_PAGE,
  });
  return { items: last.items, page: pages, pages };
}

export interface ThreadPosts {
  posts: PostView[];
  mentions: Map<string, MentionedPerson[]>;
}

/** The posts of a thread with the people each mentions. */
export async function threadPosts(db: Executor, threadId: string, viewerId: string | undefined): Promise<ThreadPosts> {
  const [posts, mentions] = [await listPosts(db, threadId, viewerId), await listMentionsOfThread(db, threadId)];
  return { posts, mentions };
}

/** The groups a thread may be moved to: those the moderator moderates, but not its own. */
export async function moveTargets(db: Executor, userId: string, currentGroupId: string): Promise<{ id: string; name: string }[]> {
  return (await listModeratedGroups(db, userId)).filter((g) => g.id !== currentGroupId);
}

export function openReports(db: Executor, groupId: string): Promise<OpenReport[]> {
  return listOpenReports(db, groupId);
}
