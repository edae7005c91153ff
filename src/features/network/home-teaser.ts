import type { HomeTeaserProvider } from '../../platform/deps.ts';
import { formatDate } from '../../platform/i18n/dates.ts';
import { NETWORK_PATH, threadPath } from './core/paths.ts';
import { listRecentThreads } from './core/recent-threads-repository.ts';

const SHOWN = 3;

/** The start page is the same for every visitor, so it shows only discussions of public groups. */
export const recentDiscussionsTeaser: HomeTeaserProvider = async (deps, locale, t) => {
  const threads = await listRecentThreads(deps.db, { memberOf: [], limit: SHOWN });
  if (threads.length === 0) return undefined;
  return {
    title: t.network.entry.discussionsTitle,
    items: threads.map((thread) => ({
      href: threadPath(thread.groupSlug, thread.id),
      title: thread.title,
      meta: `${t.network.entry.inGroup(thread.groupName)} · ${formatDate(locale, thread.lastActivityAt)}`,
    })),
    more: { href: NETWORK_PATH, label: t.network.entry.homeMore },
  };
};
