import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { lockDateOfEvent } from './edit-dates.ts';
import { lockEventForEditing, touchEvent } from './edit-event.ts';
import { listItemRows, listVariationRows, setVariationOffsets, updateItemRow, type ProgrammeItemRow } from '../core/event-repository.ts';
import { clockOf, offsetOf, startAt, takesPlaceAt } from '../core/programme.ts';
import { isWithinProgrammeWindow, programmeWindow } from '../core/rules.ts';

export interface SetDateProgrammeTimesOptions {
  eventId: string;
  dateId: string;
  /** Berlin clock times (HH:MM) on the date's day; items not named keep theirs */
  times: { itemId: string; time: string }[];
  actor: CurrentUser;
}

export type SetDateProgrammeTimesOutcome =
  | { kind: 'saved'; changed: number }
  | { kind: 'dateCancelled' }
  | { kind: 'notFound' }
  /** an item that is not (or no longer) part of this date's programme */
  | { kind: 'unknownItem' }
  /** the items that would start before the doors open (or the start) or after the end */
  | { kind: 'outsideDate'; window: { from: Date; to: Date }; items: { itemId: string; title: string; at: Date }[] };

/**
 * Sets the times of one date's programme, as minutes after the date's start. A time that
 * equals the item's usual one is no longer the date's own, so the item follows the
 * programme again; an item at this one date only has no other time, so its usual time
 * changes. Every time must lie within the date; otherwise nothing is stored. Setting the
 * same times twice changes nothing, so a repeated submit is harmless.
 */
export async function setDateProgrammeTimes(deps: Pick<AppDeps, 'db'>, options: SetDateProgrammeTimesOptions): Promise<SetDateProgrammeTimesOutcome> {
  const { eventId, dateId, times: wantedTimes, actor } = options;
  return deps.db.transaction(async (tx): Promise<SetDateProgrammeTimesOutcome> => {
    const date = (await lockEventForEditing(tx, eventId)) && (await lockDateOfEvent(tx, eventId, dateId));
    if (!date) return { kind: 'notFound' };
    if (date.cancelledAt) return { kind: 'dateCancelled' };
    const items = (await listItemRows(tx, eventId)).filter((item) => takesPlaceAt(item, dateId));
    const own = new Map<string, number>();
    for (const v of await listVariationRows(tx, eventId)) if (v.dateId === dateId && v.offsetMinutes !== null) own.set(v.itemId, v.offsetMinutes);
    const current = (item: ProgrammeItemRow) => own.get(item.id) ?? item.offsetMinutes;

    const wanted: { item: ProgrammeItemRow; offset: number }[] = [];
    for (const { itemId, time } of wantedTimes) {
      const item = items.find((i) => i.id === itemId);
      if (!item) return { kind: 'unknownItem' };
      wanted.push({ item, offset: offsetOf(date, time) });
    }

    const outside = wanted.filter((w) => !isWithinProgrammeWindow(date, startAt(date, w.offset)));
    if (outside.length > 0) {
      return {
        kind: 'outsideDate',
        window: programmeWindow(date),
        items: outside.map((w) => ({ itemId: w.item.id, title: w.item.title, at: startAt(date, w.offset) })),
      };
    }

    const changed = wanted.filter((w) => w.offset !== current(w.item));
    if (changed.length === 0) return { kind: 'saved', changed: 0 };
    const onlyHere = changed.filter((w) => w.item.onlyDateId === dateId);
    for (const w of onlyHere) await updateItemRow(tx, w.item.id, { offsetMinutes: w.offset });
    await setVariationOffsets(
      tx,
      dateId,
      changed
        .filter((w) => w.item.onlyDateId !== dateId)
        .map((w) => ({ itemId: w.item.id, offsetMinutes: w.offset === w.item.offsetMinutes ? null : w.offset })),
    );
    await touchEvent(tx, eventId);
    const times = (pick: (w: (typeof changed)[number]) => number) =>
      changed.map((w) => ({ itemId: w.item.id, title: w.item.title, time: clockOf(date, pick(w)) }));
    await recordAudit(
      tx,
      actor,
      'event.programme.times',
      { type: 'event_date', id: dateId },
      { eventId, times: times((w) => current(w.item)) },
      { eventId, times: times((w) => w.offset) },
    );
    return { kind: 'saved', changed: changed.length };
  });
}
