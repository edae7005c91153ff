import type { Executor } from '../../../platform/db/client.ts';
import { removeSearchDocument, upsertSearchDocument } from '../../../platform/search/index.ts';
import { groupPath, threadPath } from './paths.ts';
import type { GroupRow } from './repository.ts';
import { groupSearchKey } from './rules.ts';
import { findThreadForSearch, listThreadsForSearch, type ThreadForSearch } from './search-repository.ts';

const FEATURE = 'network';
export const GROUP_SEARCH_TYPE = 'group';
export const THREAD_SEARCH_TYPE = 'thread';

/*
 * What the search may find of a group: a public group and its discussions by everyone; a
 * members-only group's name and summary by everyone, its discussions by its members (the
 * group's access key); a hidden group nothing at all, not even for its members, so that no
 * result, snippet or type count can tell it exists. Call these in the transaction of the change.
 */

const groupRef = (groupId: string) => `group:${groupId}`;
const threadRef = (threadId: string) => `thread:${threadId}`;

export async function syncGroupSearch(tx: Executor, group: GroupRow): Promise<void> {
  if (group.visibility === 'hidden') {
    await removeSearchDocument(tx, FEATURE, groupRef(group.id));
    return;
  }
  await upsertSearchDocument(tx, {
    feature: FEATURE,
    refId: groupRef(group.id),
    type: GROUP_SEARCH_TYPE,
    title: group.name,
    summary: group.summary,
    // a members-only group shows its description to everyone, but not its pinned information
    body: group.visibility === 'public' ? [group.description, group.pinnedInfo].join('\n\n') : group.description,
    url: groupPath(group.slug),
    fieldsOfAction: group.fieldsOfAction,
    published: true,
    publishedAt: group.createdAt,
    updatedAt: group.updatedAt,
  });
}

/** One thread, after it was opened, edited, hidden, shown or moved. */
export async function syncThreadSearch(tx: Executor, group: GroupRow, threadId: string): Promise<void> {
  const thread = await findThreadForSearch(tx, threadId);
  if (!thread) {
    await removeSearchDocument(tx, FEATURE, threadRef(threadId));
    return;
  }
  await writeThread(tx, group, thread);
}

/** The group and every thread of it, after its name, slug or visibility changed. */
export async function syncGroupAndThreadsSearch(tx: Executor, group: GroupRow): Promise<void> {
  await syncGroupSearch(tx, group);
  for (const thread of await listThreadsForSearch(tx, group.id)) await writeThread(tx, group, thread);
}

async function writeThread(tx: Executor, group: GroupRow, thread: ThreadForSearch): Promise<void> {
  if (group.visibility === 'hidden' || thread.hidden) {
    await removeSearchDocument(tx, FEATURE, threadRef(thread.id));
    return;
  }
  await upsertSearchDocument(tx, {
    feature: FEATURE,
    refId: threadRef(thread.id),
    type: THREAD_SEARCH_TYPE,
    title: thread.title,
    summary: group.name,
    body: thread.body,
    url: threadPath(group.slug, thread.id),
    fieldsOfAction: group.fieldsOfAction,
    published: true,
    accessKey: group.visibility === 'members' ? groupSearchKey(group.id) : undefined,
    publishedAt: thread.createdAt,
    updatedAt: thread.lastActivityAt,
  });
}
