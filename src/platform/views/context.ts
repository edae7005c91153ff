import type { CurrentUser } from '../auth/current-user.ts';
import type { Locale, Messages } from '../i18n/index.ts';
import type { SiteSettings } from '../settings/site-settings.ts';

/** What every page needs to know about the request it answers. */
export interface ViewContext {
  t: Messages;
  locale: Locale;
  user: CurrentUser | null;
  csrfToken: string;
  /** path and query of the current request, for the language switch and "next" links */
  url: string;
  site: SiteSettings;
  requestId: string;
  /** main navigation entries that the features registered */
  nav: NavEntry[];
}

export interface NavEntry {
  href: string;
  label: (t: Messages) => string;
  /** shown only when this returns true for the person */
  visible?: (user: CurrentUser | null) => boolean;
}

export interface Crumb {
  href?: string;
  label: string;
}
