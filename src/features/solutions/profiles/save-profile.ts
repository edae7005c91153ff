import type { AuditActor } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { changedProfileFields, type ProfileFields, profileFieldsOf } from '../core/profile-fields.ts';
import { type SolutionRow, updateSolutionRow } from '../core/repository.ts';
import { syncSolutionSearch } from '../core/sync-search.ts';
import { saveTextVersion, VERSIONED_FIELDS } from './text-versions.ts';

/** The profile as its owners last wrote it: their pending changes of a published solution, else the solution itself. */
export function writtenProfile(solution: SolutionRow): ProfileFields {
  return solution.pendingChanges ?? profileFieldsOf(solution);
}

/**
 * Writes the owners' profile fields; the caller holds the solution's lock. A draft, a solution
 * in review or an archived one takes them at once. A published one keeps what the public sees
 * and holds them as changes for the editors to check – none when they equal what is public.
 * Texts that changed become a new version; the search follows what is public.
 */
export async function saveProfile(tx: Executor, before: SolutionRow, fields: ProfileFields, actor: AuditActor): Promise<SolutionRow> {
  const written = writtenProfile(before);
  let patch: Parameters<typeof updateSolutionRow>[2] = fields;
  if (before.status === 'published') {
    const unchanged = changedProfileFields(profileFieldsOf(before), fields).length === 0;
    patch = unchanged ? { pendingChanges: null, pendingSince: null } : { pendingChanges: fields, pendingSince: new Date() };
  }
  const solution = await updateSolutionRow(tx, before.id, patch);
  if (VERSIONED_FIELDS.some((field) => written[field] !== fields[field])) await saveTextVersion(tx, { id: before.id, ...fields }, actor.id);
  await syncSolutionSearch(tx, solution);
  return solution;
}
