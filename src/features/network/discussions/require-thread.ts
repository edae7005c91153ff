import type { Executor } from '../../../platform/db/client.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { GroupInContext } from '../core/require-group.ts';
import { canModerate } from '../core/rules.ts';
import { findPost, findThread, type PostRow, type ThreadRow } from './repository.ts';
import { isUuid } from './schema.ts';

/**
 * A thread found only under its group: an id that is no uuid, another group's thread and a
 * hidden thread (to anyone but the group's moderators) are all answered 404 alike.
 */
export async function requireThread(db: Executor, found: GroupInContext, threadId: string): Promise<ThreadRow> {
  const thread = isUuid(threadId) ? await findThread(db, found.group.id, threadId) : undefined;
  if (!thread) throw notFound();
  if (thread.hiddenAt && !canModerate(found.standing)) throw notFound();
  return thread;
}

/**
 * A post found only under its thread. A hidden post is there for the moderators alone; its
 * place in the thread stays visible, but nobody else acts on it.
 */
export async function requirePost(db: Executor, found: GroupInContext, thread: ThreadRow, postId: string): Promise<PostRow> {
  const post = isUuid(postId) ? await findPost(db, thread.id, postId) : undefined;
  if (!post) throw notFound();
  if (post.hiddenAt && !canModerate(found.standing)) throw notFound();
  return post;
}
