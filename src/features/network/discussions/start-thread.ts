import type { AuditActor } from '../../../platform/audit/record.ts';
import { recordAudit } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { findStanding, type GroupRow } from '../core/repository.ts';
import { canPost } from '../core/rules.ts';
import { syncThreadSearch } from '../core/search-documents.ts';
import { mentionMembers } from './mention-members.ts';
import { notifyGroupOfPost } from './notify-post.ts';
import { insertPost, insertThread, replaceMentions } from './repository.ts';

export type StartThreadOutcome = { kind: 'started'; threadId: string; postId: string } | { kind: 'notMember' } | { kind: 'unknownMentions'; names: string[] };

/**
 * A new discussion: the thread, its opening post and its mentions in the caller's transaction
 * (the submission's), findable in the search, and heard of by every active member; those
 * mentioned hear of the mention instead.
 */
export async function startThread(
  tx: Executor,
  options: { actor: AuditActor; group: GroupRow; title: string; body: string; at: Date },
): Promise<StartThreadOutcome> {
  const { actor, group, at } = options;
  if (!canPost(await findStanding(tx, group.id, actor.id))) return { kind: 'notMember' };
  const mentions = await mentionMembers(tx, group.id, options.body);
  if (mentions.kind === 'unknownMentions') return mentions;
  const thread = await insertThread(tx, { groupId: group.id, title: options.title, authorId: actor.id, at });
  const post = await insertPost(tx, { threadId: thread.id, authorId: actor.id, opening: true, body: options.body, at });
  await replaceMentions(tx, post.id, mentions.userIds);
  await recordAudit(tx, actor, 'network.thread.create', { type: 'network_thread', id: thread.id }, undefined, {
    groupId: group.id,
    title: options.title,
    mentions: mentions.userIds.length,
  });
  await syncThreadSearch(tx, group, thread.id);
  await notifyGroupOfPost(tx, { groupId: group.id, threadId: thread.id, postId: post.id, actorId: actor.id, mentioned: mentions.userIds, kind: 'new_thread' });
  return { kind: 'started', threadId: thread.id, postId: post.id };
}
