import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { AppDeps } from '../../../platform/deps.ts';
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

/**
 * The item's columns from the form: its time is the usual one, read at the reference date.
 * The dates named in the form must be this event's, and the route offers the form only once
 * the event has a date; anything else is a forged form (undefined).
 */
async function columns(tx: Executor, eventId: string, input: ProgrammeItemInput) {
  const dates: EventDateRow[] = await listDateRows(tx, eventId);
  const own = new Set(dates.map((d) => d.id));
  const named = [...(input.onlyDateId ? [input.onlyDateId] : []), ...input.variations.map((v) => v.dateId)];
  const reference = referenceDate(dates, input.onlyDateId);
  if (named.some((id) => !own.has(id)) || !reference) return undefined;
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
  return {
    offsetMinutes: item.offsetMinutes,
    title: item.title,
    speaker: item.speaker,
    description: item.description,
    onlyDateId: item.onlyDateId,
    variations,
  };
}

async function lockItem(tx: Executor, eventId: string, itemId: string): Promise<ProgrammeItemRow | undefined> {
  return isUuid(itemId) ? findItem(tx, eventId, itemId) : undefined;
}

export interface AddProgrammeItemOptions {
  actor: CurrentUser;
  eventId: string;
  input: ProgrammeItemInput;
}

export interface UpdateProgrammeItemOptions extends AddProgrammeItemOptions {
  itemId: string;
}

export interface DeleteProgrammeItemOptions {
  actor: CurrentUser;
  eventId: string;
  itemId: string;
}

/** `forgedDates`: the form names a date of another event, or the event has no date yet. */
export type AddProgrammeItemOutcome = { kind: 'added'; item: ProgrammeItemRow } | { kind: 'forgedDates' } | { kind: 'notFound' };
export type UpdateProgrammeItemOutcome = 'saved' | 'forgedDates' | 'notFound';

/** Runs in the caller's transaction (the once-per-submission one). */
export async function addProgrammeItem(tx: Executor, options: AddProgrammeItemOptions): Promise<AddProgrammeItemOutcome> {
  const { actor, eventId, input } = options;
  if (!(await lockEventForEditing(tx, eventId))) return { kind: 'notFound' };
  const fields = await columns(tx, eventId, input);
  if (!fields) return { kind: 'forgedDates' };
  const item = await insertItem(tx, { eventId, position: await nextItemPosition(tx, eventId), ...fields });
  const variations = variationsFor(input);
  await replaceVariationSpeakers(tx, item.id, variations);
  await touchEvent(tx, eventId);
  await recordAudit(tx, actor, 'event.programme.add', { type: 'event', id: eventId }, null, { itemId: item.id, ...snapshot(item, variations) });
  return { kind: 'added', item };
}

/**
 * Changes the item. The times that single dates have of their own stay as they are, except
 * for an item at one date only: there the time in the form is that date's time.
 */
export async function updateProgrammeItem(deps: Pick<AppDeps, 'db'>, options: UpdateProgrammeItemOptions): Promise<UpdateProgrammeItemOutcome> {
  const { actor, eventId, itemId, input } = options;
  return deps.db.transaction(async (tx): Promise<UpdateProgrammeItemOutcome> => {
    const before = (await lockEventForEditing(tx, eventId)) && (await lockItem(tx, eventId, itemId));
    if (!before) return 'notFound';
    const beforeVariations = (await listVariationRows(tx, eventId)).flatMap((v) =>
      v.itemId === itemId && v.speaker !== null ? [{ dateId: v.dateId, speaker: v.speaker }] : [],
    );
    const fields = await columns(tx, eventId, input);
    if (!fields) return 'forgedDates';
    await updateItemRow(tx, itemId, fields);
    if (input.onlyDateId) await clearItemOffsets(tx, itemId);
    const variations = variationsFor(input);
    await replaceVariationSpeakers(tx, itemId, variations);
    await touchEvent(tx, eventId);
    await recordAudit(
      tx,
      actor,
      'event.programme.update',
      { type: 'event', id: eventId },
      { itemId, ...snapshot(before, beforeVariations) },
      { itemId, ...snapshot(fields, variations) },
    );
    return 'saved';
  });
}

export async function deleteProgrammeItem(deps: Pick<AppDeps, 'db'>, options: DeleteProgrammeItemOptions): Promise<'deleted' | 'notFound'> {
  const { actor, eventId, itemId } = options;
  return deps.db.transaction(async (tx) => {
    const before = (await lockEventForEditing(tx, eventId)) && (await lockItem(tx, eventId, itemId));
    if (!before) return 'notFound';
    await deleteItemRow(tx, itemId);
    await touchEvent(tx, eventId);
    await recordAudit(tx, actor, 'event.programme.delete', { type: 'event', id: eventId }, { itemId, ...snapshot(before, []) }, null);
    return 'deleted';
  });
}
