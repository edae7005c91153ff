import type { HomeTeaserProvider } from '../../platform/deps.ts';
import { formatDate } from '../../platform/i18n/dates.ts';
import { itemPath } from './paths.ts';
import { latestNews } from './service.ts';

const SHOWN = 3;

/** The latest news on the start page, through the platform's teaser slot. */
export const latestNewsTeaser: HomeTeaserProvider = async (deps, locale, t) => {
  const news = await latestNews(deps.db, SHOWN);
  if (news.length === 0) return undefined;
  return {
    title: t.knowledge.news.homeTitle,
    items: news.map((n) => ({ href: itemPath(n), title: n.title, meta: formatDate(locale, n.publishedAt ?? n.updatedAt) })),
    more: { href: '/aktuelles', label: t.knowledge.news.homeMore },
  };
};
