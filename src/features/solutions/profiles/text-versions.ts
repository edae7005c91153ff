import type { Executor } from '../../../platform/db/client.ts';
import { saveVersion } from '../../versions/service.ts';
import type { ProfileFields } from '../core/profile-fields.ts';

/** The versions engine's key for solutions; their versioned texts are these four. */
export const SOLUTION_RECORD_KEY = 'solution';
export const VERSIONED_FIELDS = ['title', 'summary', 'problem', 'approach'] as const;

/** Keeps the solution's texts as its next version; the caller holds the solution's lock or has just created it. */
export async function saveTextVersion(
  tx: Executor,
  solution: { id: string } & Pick<ProfileFields, (typeof VERSIONED_FIELDS)[number]>,
  savedBy: string | null,
): Promise<void> {
  const fields = Object.fromEntries(VERSIONED_FIELDS.map((field) => [field, solution[field]]));
  await saveVersion(tx, { recordKey: SOLUTION_RECORD_KEY, recordId: solution.id, fields, savedBy });
}
