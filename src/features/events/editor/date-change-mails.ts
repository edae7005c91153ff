import { messagesFor } from '../../../platform/i18n/index.ts';
import { composeMail } from '../../../platform/mail/compose.tsx';
import type { OutgoingMail } from '../../../platform/mail/transport.ts';
import type { EventDateRow, EventRow, RegistrationContact } from '../core/event-repository.ts';
import { formatClock, formatDate } from '../../../platform/i18n/dates.ts';
import { dateIcs, type CalendarDate } from '../core/ical.ts';
import { eventPath } from '../core/paths.ts';
import { formatPlace } from '../core/places.ts';
import { programmeLines } from '../core/programme.ts';

// Registrations keep no language; the programme's language is German.
const t = messagesFor('de');

/** The e-mail to one registered person that their date is cancelled. */
export function dateCancelledMail(event: EventRow, date: EventDateRow, person: RegistrationContact, reason: string, baseUrl: string): OutgoingMail {
  const m = t.events.mail;
  const day = formatDate('de', date.startsAt);
  const mail = composeMail({
    subject: m.cancelled.subject(event.title, day),
    paragraphs: [
      m.greeting(`${person.firstName} ${person.lastName}`),
      m.cancelled.body(event.title, day, formatPlace(date, t)),
      m.cancelled.reason(reason),
      m.cancelled.after,
      m.reference(person.reference),
    ],
    action: { label: m.toEvent, url: `${baseUrl}${eventPath(event.slug)}` },
    footer: m.footer(event.organiser),
    locale: 'de',
  });
  return {
    to: person.email,
    ...mail,
    // the cancelled entry replaces the one in the person's calendar (same UID)
    // a cancelled date's entry carries no programme
    attachments: [
      {
        filename: 'termin-abgesagt.ics',
        content: dateIcs({ event, date, programme: [] }, baseUrl, t),
        contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
      },
    ],
  };
}

/** The e-mail to one registered person that their date has a new time or place, with the programme at its new times. */
export function dateChangedMail(entry: CalendarDate, person: RegistrationContact, baseUrl: string): OutgoingMail {
  const { event, date, programme } = entry;
  const m = t.events.mail;
  const lines = programmeLines(programme, t, 'de');
  const mail = composeMail({
    subject: m.moved.subject(event.title),
    paragraphs: [
      m.greeting(`${person.firstName} ${person.lastName}`),
      m.moved.body(event.title),
      `${m.moved.when(formatDate('de', date.startsAt), formatClock('de', date.startsAt), formatClock('de', date.endsAt))}\n${m.moved.where(formatPlace(date, t))}`,
      ...(lines.length > 0 ? [`${t.events.page.programme}:`, ...lines] : []),
      m.moved.after,
      m.reference(person.reference),
    ],
    action: { label: m.toEvent, url: `${baseUrl}${eventPath(event.slug)}` },
    footer: m.footer(event.organiser),
    locale: 'de',
  });
  return {
    to: person.email,
    ...mail,
    attachments: [{ filename: 'termin.ics', content: dateIcs(entry, baseUrl, t), contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }],
  };
}
