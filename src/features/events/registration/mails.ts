import type { AppDeps } from '../../../platform/deps.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { messagesFor, type Locale } from '../../../platform/i18n/index.ts';
import { formatDateTime } from '../../../platform/i18n/dates.ts';
import { composeMail } from '../../../platform/mail/compose.tsx';
import { queueMail } from '../../../platform/mail/queue.ts';
import type { OutgoingMail } from '../../../platform/mail/transport.ts';
import { dateIcs } from '../core/ical.ts';
import { placeLines } from '../core/places.ts';
import { programmeLines, withDateProgramme } from '../core/programme.ts';
import type { EventDate } from '../core/event-lookups.ts';
import type { EventRow } from '../core/event-repository.ts';
import { addressee, formatDateRange, formatDoorsOpen } from './format.ts';
import { referenceQrPng } from './qr.ts';
import type { RegistrationRow } from './repository.ts';
import { manageTokenFor, registrationAddressPath, registrationManagePath, registrationOfferPath } from './service.ts';

export type RegistrationMailKind = 'receipt' | 'confirmAddress' | 'existing' | 'offer' | 'offerLapsed' | 'seatConfirmed' | 'cancelled' | 'reminder' | 'stream';

export interface RegistrationMailSubject {
  event: EventRow;
  date: EventDate;
  registration: RegistrationRow;
}

export interface RegistrationMailOptions {
  /** the site's name for the footer; read before the transaction (settings use the outer db) */
  site: string;
  /** overrides the language stored with the registration */
  locale?: Locale;
  /** place on the waiting list, for the receipt of someone waiting */
  position?: number;
  dedupeKey: string;
}

type Attachment = NonNullable<OutgoingMail['attachments']>[number];

const QR_CID = 'anmeldenummer-qr@digitale-kommune';

/**
 * Queues one of the e-mails about a registration in the caller's transaction. The receipt,
 * the seat confirmation and the reminder carry the date's .ics file and the reference's
 * QR code for the check-in; every mail that concerns a live registration carries its link.
 */
export async function queueRegistrationMail(
  deps: AppDeps,
  tx: Executor,
  kind: RegistrationMailKind,
  subject: RegistrationMailSubject,
  options: RegistrationMailOptions,
): Promise<void> {
  const locale = options.locale ?? subject.registration.locale;
  const t = messagesFor(locale);
  const m = t.eventRegistration.mail;
  const d = t.eventRegistration.details;
  const { event, date, registration: r } = subject;
  const base = deps.config.baseUrl;
  const token = manageTokenFor(deps.keyring, r.submissionNonce);
  const manageUrl = `${base}${registrationManagePath(r.reference, token)}`;
  const title = event.title;

  const details = [
    `${d.reference}: ${r.reference}`,
    `${d.event}: ${title}`,
    `${d.date}: ${formatDateRange(locale, t, date)}`,
    ...(formatDoorsOpen(locale, t, date) ? [`${d.doorsOpen}: ${formatDoorsOpen(locale, t, date)}`] : []),
    `${d.place}: ${placeLines(date, t).join(', ')}`,
    ...(date.online ? [d.streamFollows(deps.config.events.streamLinkMinutes)] : []),
  ];
  // The mails that confirm a seat carry the calendar file; they also list the date's programme at its own times.
  const confirmsSeat = kind === 'receipt' || kind === 'seatConfirmed' || kind === 'reminder';
  const { programme } = confirmsSeat ? await withDateProgramme(tx, { event, date }) : { programme: [] };
  const lines = programmeLines(programme, t, locale);
  const schedule = lines.length > 0 ? [`${t.events.page.programme}:`, ...lines] : [];
  const offerUntil = r.offerExpiresAt ? formatDateTime(locale, r.offerExpiresAt) : '';
  const holdUntil = r.holdExpiresAt ? formatDateTime(locale, r.holdExpiresAt) : '';
  const manage = { label: m.manageAction, url: manageUrl };

  const content: Record<RegistrationMailKind, { subject: string; paragraphs: string[]; action?: { label: string; url: string }; attach: boolean }> = {
    receipt:
      r.status === 'waiting'
        ? {
            subject: m.receiptWaitingSubject(title, r.reference),
            paragraphs: [m.receiptWaiting(title, options.position ?? 1), ...details, ...schedule],
            action: manage,
            attach: true,
          }
        : {
            subject: m.receiptConfirmedSubject(title, r.reference),
            paragraphs: [m.receiptConfirmed(title), ...details, ...schedule],
            action: manage,
            attach: true,
          },
    confirmAddress: {
      subject: m.confirmAddressSubject(title),
      paragraphs: [m.confirmAddress(title, holdUntil), ...details, m.confirmAddressNotYou],
      action: { label: m.confirmAddressAction, url: `${base}${registrationAddressPath(r.reference, token)}` },
      attach: false,
    },
    existing: { subject: m.existingSubject(title), paragraphs: [m.existing(title), m.existingNotYou], action: manage, attach: false },
    offer: {
      subject: m.offerSubject(title),
      paragraphs: [m.offer(title, offerUntil), ...details],
      action: { label: m.offerAction, url: `${base}${registrationOfferPath(r.reference, token)}` },
      attach: false,
    },
    offerLapsed: { subject: m.offerLapsedSubject(title), paragraphs: [m.offerLapsed(title)], attach: false },
    seatConfirmed: {
      subject: m.seatConfirmedSubject(title, r.reference),
      paragraphs: [m.seatConfirmed(title), ...details, ...schedule],
      action: manage,
      attach: true,
    },
    cancelled: { subject: m.cancelledSubject(title), paragraphs: [m.cancelled(title), `${d.reference}: ${r.reference}`], attach: false },
    reminder: { subject: m.reminderSubject(title), paragraphs: [m.reminder(title), ...details, ...schedule], action: manage, attach: true },
    stream: {
      subject: m.streamSubject(title),
      paragraphs: [m.stream(title), `${d.date}: ${formatDateRange(locale, t, date)}`],
      action: { label: m.streamAction, url: date.streamUrl ?? manageUrl },
      attach: false,
    },
  };
  const chosen = content[kind];
  const mailContent = {
    subject: chosen.subject,
    paragraphs: [m.greeting(addressee(t, r)), ...chosen.paragraphs],
    ...(chosen.action ? { action: chosen.action } : {}),
    footer: m.footer(options.site),
    locale,
  };
  if (!chosen.attach) {
    await queueMail(tx, { to: r.email, ...composeMail(mailContent) }, options.dedupeKey);
    return;
  }
  const qr = referenceQrPng(r.reference);
  const mail = composeMail({
    ...mailContent,
    image: { cid: QR_CID, alt: m.qrAlt(r.reference), size: qr.size, hint: m.qrHint, caption: r.reference },
    closing: [m.icsHint],
  });
  // With a cid, mail programs show the image inside the HTML part instead of as a file.
  const qrAttachment: Attachment = {
    filename: `${r.reference}.png`,
    content: qr.png.toString('base64'),
    contentType: 'image/png',
    encoding: 'base64',
    cid: QR_CID,
  };
  const ics: Attachment = {
    filename: `${event.slug}.ics`,
    content: dateIcs({ event, date, programme }, base, t),
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    encoding: 'utf8',
  };
  await queueMail(tx, { to: r.email, ...mail, attachments: [ics, qrAttachment] }, options.dedupeKey);
}
