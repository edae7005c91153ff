import type { Executor } from '../../platform/db/client.ts';
import { formatDateTime } from '../../platform/i18n/dates.ts';
import type { Locale, Messages } from '../../platform/i18n/index.ts';
import { listActiveGroupIdsOf } from './core/repository.ts';
import { listRecentThreads } from './core/recent-threads-repository.ts';
import { listGroupsForViewer, listMyGroups } from './groups/service.ts';
import { countUnread } from './notifications/service.ts';
import { listNextGroupEvents } from './shelf/service.ts';
import type { EntryEvent, EntryGroup, EntryPageProps } from './views/entry-page.tsx';

const GROUPS_SHOWN = 6;
const THREADS_SHOWN = 6;
const EVENTS_SHOWN = 4;

/**
 * What the entry page shows the viewer: the groups they may know of, their own groups, the latest
 * discussions they may read and the next events of the groups they may see. A hidden group's
 * events appear only for its members, like everything else of it.
 */
export async function getEntryPage(
  db: Executor,
  options: { viewerId: string | undefined; locale: Locale; t: Messages; now: Date },
): Promise<Omit<EntryPageProps, 'ctx'>> {
  const memberOf = options.viewerId ? await listActiveGroupIdsOf(db, options.viewerId) : [];
  const [visible, mine, threads, unread] = await Promise.all([
    listGroupsForViewer(db, options.viewerId, { limit: 50 }),
    options.viewerId ? listMyGroups(db, options.viewerId) : Promise.resolve([]),
    listRecentThreads(db, { memberOf, limit: THREADS_SHOWN }),
    options.viewerId ? countUnread(db, options.viewerId) : Promise.resolve(0),
  ]);
  const seeable = visible.filter((row) => row.group.visibility !== 'hidden' || memberOf.includes(row.group.id));
  const events = await listNextGroupEvents(db, { groupIds: seeable.map((row) => row.group.id), limit: EVENTS_SHOWN, now: options.now });
  const toEntry = (row: { group: { slug: string; name: string; summary: string }; members: number }): EntryGroup => ({
    slug: row.group.slug,
    name: row.group.name,
    summary: row.group.summary,
    members: row.members,
  });
  return {
    groups: [...seeable]
      .sort((a, b) => b.members - a.members)
      .slice(0, GROUPS_SHOWN)
      .map(toEntry),
    myGroups: mine.map(toEntry),
    threads,
    events: events.map(
      (e): EntryEvent => ({
        href: e.path,
        title: e.event.title,
        meta: [formatDateTime(options.locale, e.date.startsAt), e.date.online ? options.t.network.entry.online : e.date.town].filter(Boolean).join(' · '),
        groupName: e.groups.map((g) => g.name).join(', '),
      }),
    ),
    unread,
  };
}
