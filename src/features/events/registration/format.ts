import type { Locale, Messages } from '../../../platform/i18n/index.ts';
import { formatClock, formatDay } from '../../../platform/i18n/dates.ts';
import type { EventDate } from '../core/event-lookups.ts';
import type { RegistrationRow } from './repository.ts';
import { SALUTATIONS } from './schema.ts';

/** "Mittwoch, 4. November 2026, 17:00 bis 20:00 Uhr" */
export function formatDateRange(locale: Locale, t: Messages, date: Pick<EventDate, 'startsAt' | 'endsAt'>): string {
  return t.eventRegistration.details.timeRange(formatDay(locale, date.startsAt), formatClock(locale, date.startsAt), formatClock(locale, date.endsAt));
}

/** "16:30 Uhr", or undefined when the date names no time for the doors. */
export function formatDoorsOpen(locale: Locale, t: Messages, date: Pick<EventDate, 'doorsOpenAt'>): string | undefined {
  return date.doorsOpenAt ? t.eventRegistration.details.clock(formatClock(locale, date.doorsOpenAt)) : undefined;
}

export function salutationWord(t: Messages, salutation: string | null): string | undefined {
  const known = SALUTATIONS.find((s) => s === salutation);
  return known ? t.eventRegistration.fields.salutations[known] : undefined;
}

/** "Frau Erika Mustermann" */
export function fullName(t: Messages, r: Pick<RegistrationRow, 'salutation' | 'firstName' | 'lastName'>): string {
  return [salutationWord(t, r.salutation), r.firstName, r.lastName].filter(Boolean).join(' ');
}

/** How a letter addresses the person: "Frau Mustermann", or the full name without a salutation. */
export function addressee(t: Messages, r: Pick<RegistrationRow, 'salutation' | 'firstName' | 'lastName'>): string {
  const word = salutationWord(t, r.salutation);
  return word ? `${word} ${r.lastName}` : `${r.firstName} ${r.lastName}`;
}
