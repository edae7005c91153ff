import type { Executor } from '../../../platform/db/client.ts';
import { listItemRows, listVariationRows, type ProgrammeItemRow, type ProgrammeVariationRow } from './event-repository.ts';
import type { EventDate } from './event-lookups.ts';

export interface ProgrammeEntry {
  item: ProgrammeItemRow;
  /** set when the item takes place at this one date only */
  onlyDate: EventDate | undefined;
  /** other speakers at some dates ("in Lübeck: Bürgermeister …") */
  variations: { date: EventDate; speaker: string }[];
}

/** The shared programme with its per-date differences, in the order of the day. */
export function assembleProgramme(items: ProgrammeItemRow[], variations: ProgrammeVariationRow[], dates: EventDate[]): ProgrammeEntry[] {
  const dateById = new Map(dates.map((d) => [d.id, d]));
  return items.map((item) => ({
    item,
    onlyDate: item.onlyDateId ? dateById.get(item.onlyDateId) : undefined,
    variations: variations
      .filter((v) => v.itemId === item.id)
      .flatMap((v) => {
        const date = dateById.get(v.dateId);
        return date ? [{ date, speaker: v.speaker }] : [];
      })
      .sort((a, b) => a.date.startsAt.getTime() - b.date.startsAt.getTime()),
  }));
}

export async function getProgramme(db: Executor, eventId: string, dates: EventDate[]): Promise<ProgrammeEntry[]> {
  return assembleProgramme(await listItemRows(db, eventId), await listVariationRows(db, eventId), dates);
}
