import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Database, Executor } from '../../../platform/db/client.ts';
import { badRequest, notFound } from '../../../platform/http/errors.ts';
import { lockEventForEditing, touchEvent } from './edit-event.ts';
import {
  deleteItemRow,
  findItem,
  insertItem,
  listDateRows,
  listVariationRows,
  nextItemPosition,
  clearItemOffsets,
  replaceVariationSpeakers,
  updateItemRow,
  type EventDateRow,
  type ProgrammeItemRow,
} from '../core/event-repository.ts';
import { offsetOf, referenceDate } from '../core/programme.ts';
import type { ProgrammeItemInput } from '../core/schema.ts';
import { isUuid } from '../../../platform/text/uuid.ts';

/** The dates named in the form must be this event's; anything else is a forged form. */
async function checkDates(tx: Executor, eventId: string, input: ProgrammeItemInput): Promise<EventDateRow[]> {
  const dates = await listDateRows(tx, eventId);
  const own = new Set(dates.map((d) => d.id));
  const named = [...(input.onlyDateId ? [input.onlyDateId] : []), ...input.variations.map((v) => v.dateId)];
  if (named.some((id) => !own.has(id))) throw badRequest('date of another event');
  return dates;
}

/**
 * The item's columns from the form: its time is the usual one, read at the reference date.
 * The route offers the form only once the event has a date, so a missing one is a forged request.
 */
function columns(input: ProgrammeItemInput, dates: EventDateRow[]) {
  const reference = referenceDate(dates, input.onlyDateId);
  if (!reference) throw badRequest('programme without a date');
  const { variations: _v, time, ...fields } = input;
  return { ...fields, offsetMinutes: offsetOf(reference, time) };
}

/** Variations only make sense at the dates where the item takes place. */
function variationsFor(input: ProgrammeItemInput) {
  return input.onlyDateId ? input.variations.filter((v) => v.dateId === input.onlyDateId) : input.variations;
}

function snapshot(
  item: Pick<ProgrammeItemRow, 'offsetMinutes' | 'title' | 'speaker' | 'description' | 'onlyDateId'>,
  variations: { dateId: string; speaker: string }[],
) {
  return { offsetMinutes: item.offsetMinutes, title: item.title, speaker: item.speaker, description: item.description, onlyDateId: item.onlyDateId, variations };
}

async function lockItem(tx: Executor, eventId: string, itemId: string): Promise<ProgrammeItemRow> {
  const item = isUuid(itemId) ? await findItem(tx, eventId, itemId) : undefined;
  if (!item) throw notFound();
  return item;
}

/** Runs in the caller's transaction (the once-per-submission one). */
export async function addProgrammeItem(tx: Executor, actor: CurrentUser, eventId: string, input: ProgrammeItemInput): Promise<ProgrammeItemRow> {
  await lockEventForEditing(tx, eventId);
  const dates = await checkDates(tx, eventId, input);
  const item = await insertItem(tx, { eventId, position: await nextItemPosition(tx, eventId), ...columns(input, dates) });
  const variations = variationsFor(input);
  await replaceVariationSpeakers(tx, item.id, variations);
  await touchEvent(tx, eventId);
  await recordAudit(tx, actor, 'event.programme.add', { type: 'event', id: eventId }, null, { itemId: item.id, ...snapshot(item, variations) });
  return item;
}

/**
 * Changes the item. The times that single dates have of their own stay as they are, except
 * for an item at one date only: there the time in the form is that date's time.
 */
export async function updateProgrammeItem(db: Database, actor: CurrentUser, eventId: string, itemId: string, input: ProgrammeItemInput): Promise<void> {
  await db.transaction(async (tx) => {
    await lockEventForEditing(tx, eventId);
    const before = await lockItem(tx, eventId, itemId);
    const beforeVariations = (await listVariationRows(tx, eventId)).flatMap((v) =>
      v.itemId === itemId && v.speaker !== null ? [{ dateId: v.dateId, speaker: v.speaker }] : [],
    );
    const dates = await checkDates(tx, eventId, input);
    const fields = columns(input, dates);
    await updateItemRow(tx, itemId, fields);
    if (input.onlyDateId) await clearItemOffsets(tx, itemId);
    const variations = variationsFor(input);
    await replaceVariationSpeakers(tx, itemId, variations);
    await touchEvent(tx, eventId);
    await recordAudit(tx, actor, 'event.programme.update', { type: 'event', id: eventId }, { itemId, ...snapshot(before, beforeVariations) }, { itemId, ...snapshot(fields, variations) });
  });
}

export async function deleteProgrammeItem(db: Database, actor: CurrentUser, eventId: string, itemId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await lockEventForEditing(tx, eventId);
    const before = await lockItem(tx, eventId, itemId);
    await deleteItemRow(tx, itemId);
    await touchEvent(tx, eventId);
    await recordAudit(tx, actor, 'event.programme.delete', { type: 'event', id: eventId }, { itemId, ...snapshot(before, []) }, null);
  });
}
