import { de, type Messages } from '../../messages/de.ts';
import { en } from '../../messages/en.ts';

export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type { Messages };

const catalogues: Record<Locale, Messages> = { de, en };

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale];
}

export function isLocale(value: unknown): value is Locale {
  return value === 'de' || value === 'en';
}

/** The cookie is only set when the person chooses a language; German is the default. */
export const LOCALE_COOKIE = 'dk_lang';
