import type { Executor } from '../../../platform/db/client.ts';
import { mentionedNames, mentionKey } from './mentions.ts';
import { listActiveMemberNames } from './repository.ts';

export type MentionCheck = { kind: 'ok'; userIds: string[] } | { kind: 'unknownMentions'; names: string[] };

/**
 * The active members a text mentions, or the names that are none: a mention of someone outside
 * the group would tell the author nothing and the person nothing, so it is refused, not dropped.
 * Two members of the same name are both mentioned; the author cannot tell them apart either.
 */
export async function mentionMembers(tx: Executor, groupId: string, text: string): Promise<MentionCheck> {
  const names = mentionedNames(text);
  if (names.length === 0) return { kind: 'ok', userIds: [] };
  const members = await listActiveMemberNames(tx, groupId);
  const userIds = new Set<string>();
  const unknown: string[] = [];
  for (const name of names) {
    const matches = members.filter((m) => mentionKey(m.displayName) === mentionKey(name));
    if (matches.length === 0) unknown.push(name);
    for (const m of matches) userIds.add(m.userId);
  }
  return unknown.length > 0 ? { kind: 'unknownMentions', names: unknown } : { kind: 'ok', userIds: [...userIds] };
}
