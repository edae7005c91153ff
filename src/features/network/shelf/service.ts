import type { Executor } from '../../../platform/db/client.ts';
import { eventPath, listEventsByIds, listUpcomingEventChoices, type ListedEvent } from '../../events/catalogue/catalogue-service.ts';
import { groupPath } from '../core/paths.ts';
import { listEventMarksOfGroups, listGroupEventIds } from './repository.ts';

export type { ListedEvent };
export { eventPath };

/** How many past events a group's page still shows; older ones are in the events' archive. */
export const PAST_EVENTS_SHOWN = 10;

/** The events marked as the group's: those to come, soonest first, and the last past ones. */
export async function listGroupEvents(db: Executor, groupId: string, now: Date): Promise<{ upcoming: ListedEvent[]; past: ListedEvent[] }> {
  const listed = await listEventsByIds(db, await listGroupEventIds(db, groupId), now);
  return { upcoming: listed.filter((e) => e.upcoming), past: listed.filter((e) => !e.upcoming).slice(0, PAST_EVENTS_SHOWN) };
}

/** The coming published events a moderator may still mark as the group's. */
export async function listEventChoices(db: Executor, groupId: string, now: Date): Promise<{ id: string; title: string; nextStart: Date }[]> {
  const marked = new Set(await listGroupEventIds(db, groupId));
  return (await listUpcomingEventChoices(db, now)).filter((c) => !marked.has(c.id));
}

/** An event to come on the network's entry page, with the groups that marked it. */
export interface NextGroupEvent extends ListedEvent {
  /** the event's public page */
  path: string;
  groups: { name: string; path: string }[];
}

/**
 * The next events marked by any of these groups, soonest first, each once with the names of
 * the groups that marked it. The caller passes only groups the viewer may see.
 */
export async function listNextGroupEvents(db: Executor, options: { groupIds: string[]; limit: number; now: Date }): Promise<NextGroupEvent[]> {
  const marks = await listEventMarksOfGroups(db, options.groupIds);
  const groupsOf = new Map<string, { name: string; path: string }[]>();
  for (const mark of marks) {
    const groups = groupsOf.get(mark.eventId) ?? [];
    groups.push({ name: mark.groupName, path: groupPath(mark.groupSlug) });
    groupsOf.set(mark.eventId, groups);
  }
  const listed = await listEventsByIds(db, [...groupsOf.keys()], options.now);
  return listed
    .filter((e) => e.upcoming)
    .slice(0, options.limit)
    .map((e) => ({ ...e, path: eventPath(e.event.slug), groups: groupsOf.get(e.event.id) ?? [] }));
}
