import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { shiftBerlinDays } from '../../../platform/time/berlin-time.ts';
import { insertWithFreeSlug, lockEventForEditing } from './edit-event.ts';
import {
  insertDate,
  insertItem,
  insertQuestion,
  insertWorldCafeQuestion,
  listDateRows,
  listItemRows,
  listQuestionRows,
  listVariationRows,
  listWorldCafeRows,
  replaceVariations,
  type EventRow,
} from '../core/event-repository.ts';

export interface CopyEventOptions {
  sourceId: string;
  title: string;
  /** calendar days every date moves; Berlin clock times stay the same */
  shiftDays: number;
  actor: CurrentUser;
}

export type CopyEventOutcome = { kind: 'copied'; event: EventRow } | { kind: 'notFound' };

/**
 * Copies an event for the next round: texts, consent text, fields of action, every date
 * that is not cancelled (moved by `shiftDays`, with its deadline and doors), the programme
 * with its per-date items, other speakers and own times, the registration and World Café questions.
 * Registrations and World Café results stay with the original. The copy is a draft with
 * its own address and consent version 1. Runs in the caller's transaction.
 */
export async function copyEvent(tx: Executor, options: CopyEventOptions): Promise<CopyEventOutcome> {
  const { actor, shiftDays } = options;
  const source = await lockEventForEditing(tx, options.sourceId);
  if (!source) return { kind: 'notFound' };
  const shift = (d: Date) => (shiftDays === 0 ? d : shiftBerlinDays(d, shiftDays));
  const copy = await insertWithFreeSlug(tx, {
    title: options.title,
    summary: source.summary,
    organiser: source.organiser,
    description: source.description,
    audience: source.audience,
    notes: source.notes,
    procedure: source.procedure,
    mediaNotice: source.mediaNotice,
    contact: source.contact,
    consentText: source.consentText,
    fieldsOfAction: source.fieldsOfAction,
    retentionDays: source.retentionDays,
    requiresConfirmedEmail: source.requiresConfirmedEmail,
    status: 'draft',
    createdBy: actor.id,
  });

  const dateIds = new Map<string, string>();
  for (const d of await listDateRows(tx, source.id)) {
    if (d.cancelledAt) continue;
    const created = await insertDate(tx, {
      eventId: copy.id,
      online: d.online,
      placeName: d.placeName,
      street: d.street,
      postcode: d.postcode,
      town: d.town,
      streamUrl: d.streamUrl,
      startsAt: shift(d.startsAt),
      endsAt: shift(d.endsAt),
      doorsOpenAt: d.doorsOpenAt && shift(d.doorsOpenAt),
      registrationDeadline: shift(d.registrationDeadline),
      seats: d.seats,
      note: d.note,
    });
    dateIds.set(d.id, created.id);
  }

  const variations = await listVariationRows(tx, source.id);
  for (const item of await listItemRows(tx, source.id)) {
    const onlyDateId = item.onlyDateId ? dateIds.get(item.onlyDateId) : null;
    // An item only at a cancelled date has no date in the copy.
    if (onlyDateId === undefined) continue;
    const created = await insertItem(tx, { ...item, id: undefined, eventId: copy.id, onlyDateId });
    const others = variations.flatMap((v) => {
      const dateId = v.itemId === item.id ? dateIds.get(v.dateId) : undefined;
      return dateId ? [{ dateId, speaker: v.speaker, offsetMinutes: v.offsetMinutes }] : [];
    });
    await replaceVariations(tx, created.id, others);
  }

  for (const q of await listQuestionRows(tx, source.id)) await insertQuestion(tx, { ...q, id: undefined, eventId: copy.id });
  for (const q of await listWorldCafeRows(tx, source.id)) {
    await insertWorldCafeQuestion(tx, { eventId: copy.id, position: q.position, question: q.question });
  }

  await recordAudit(tx, actor, 'event.copy', { type: 'event', id: copy.id }, null, {
    copiedFrom: source.id,
    slug: copy.slug,
    title: copy.title,
    shiftDays,
    dates: dateIds.size,
  });
  return { kind: 'copied', event: copy };
}
