import { z } from 'zod';

/** The form of the "Nach oben" / "Nach unten" buttons of an entry in a list people order by hand. */
export const moveForm = z.strictObject({
  // "hoch" or "runter"
  direction: z.enum(['hoch', 'runter'], { error: 'choice' }),
});

export type Direction = z.output<typeof moveForm>['direction'];

/**
 * The new positions (1, 2, 3 …) after moving one entry a step up or down. Numbering from
 * scratch also repairs gaps and ties left by deletions or copies.
 */
export function reorder<T extends { id: string }>(list: T[], id: string, direction: Direction): Map<string, number> {
  const ids = list.map((e) => e.id);
  const from = ids.indexOf(id);
  const to = direction === 'hoch' ? from - 1 : from + 1;
  if (from >= 0 && to >= 0 && to < ids.length) [ids[from], ids[to]] = [ids[to]!, ids[from]!];
  return new Map(ids.map((entry, i) => [entry, i + 1]));
}

/**
 * Moves one entry of an ordered list a step and writes, through `setPosition`, the positions
 * that changed; gives the entry's position before and after, or undefined when the list lacks it.
 */
export async function moveEntry<T extends { id: string; position: number }>(
  list: T[],
  id: string,
  direction: Direction,
  setPosition: (id: string, position: number) => Promise<unknown>,
): Promise<{ before: number; after: number } | undefined> {
  const entry = list.find((e) => e.id === id);
  if (!entry) return undefined;
  const positions = reorder(list, id, direction);
  for (const e of list) if (positions.get(e.id) !== e.position) await setPosition(e.id, positions.get(e.id)!);
  return { before: entry.position, after: positions.get(id)! };
}
