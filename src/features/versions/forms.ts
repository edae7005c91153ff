import { z } from 'zod';
import type { VersionRow } from './repository.ts';

/** The restore button's form: the number of the version whose texts come back. */
export const restoreVersionForm = z.strictObject({
  version: z
    .string()
    .regex(/^\d{1,6}$/)
    .transform(Number),
});

/** A comparison page's query: ?von=3&bis=5; anything else falls back to the defaults. */
export const compareVersionsQuery = z.object({
  von: z.coerce.number().int().min(1).optional().catch(undefined),
  bis: z.coerce.number().int().min(1).optional().catch(undefined),
});

/**
 * Which two versions a comparison page shows: those the query names, else the newest and the
 * one before it (a record with one version is compared with itself, which shows no changes).
 */
export function comparedNumbers(versions: readonly VersionRow[], query: unknown): { from: number; to: number } {
  const q = compareVersionsQuery.parse(query ?? {});
  const to = q.bis ?? versions[0]?.number ?? 1;
  return { from: q.von ?? Math.max(1, to - 1), to };
}
