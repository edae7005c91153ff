import type { HomeTeaserProvider } from '../../../platform/deps.ts';
import { formatDateTime } from '../../../platform/i18n/dates.ts';
import { callPhase } from '../core/phase.ts';
import { callPath, PUBLIC_PATH } from '../core/paths.ts';
import { listCurrentCalls } from '../core/repository.ts';

/** The open calls and those about to open, with their deadline, on the start page. */
export const openCallsTeaser: HomeTeaserProvider = async (deps, locale, t, now) => {
  const calls = await listCurrentCalls(deps.db, now);
  if (calls.length === 0) return undefined;
  const m = t.competition;
  return {
    title: m.teaser.title,
    items: calls.map((call) => ({
      href: callPath(call.slug),
      title: call.title,
      meta: callPhase(call, now) === 'open' ? m.public.deadline(formatDateTime(locale, call.closesAt)) : m.public.opens(formatDateTime(locale, call.opensAt)),
    })),
    more: { href: PUBLIC_PATH, label: m.teaser.more },
  };
};
