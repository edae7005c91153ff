import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { findVersion } from '../../versions/service.ts';
import { lockSolution, type SolutionRow } from '../core/repository.ts';
import { saveProfile, writtenProfile } from './save-profile.ts';
import { SOLUTION_RECORD_KEY, VERSIONED_FIELDS } from './text-versions.ts';

export type RestoreVersionOutcome = { kind: 'restored'; solution: SolutionRow; pendingReview: boolean } | { kind: 'notFound' };

/**
 * Brings an older version's texts back as the newest version; the history is never rewritten.
 * As with any change by the owners, a published solution shows them once an editor has checked them.
 */
export async function restoreSolutionVersion(
  db: Executor,
  options: { actor: AuditActor; solutionId: string; version: number },
): Promise<RestoreVersionOutcome> {
  const { actor, solutionId, version: number } = options;
  return db.transaction(async (tx): Promise<RestoreVersionOutcome> => {
    const before = await lockSolution(tx, solutionId);
    const version = before && (await findVersion(tx, SOLUTION_RECORD_KEY, solutionId, number));
    if (!before || !version) return { kind: 'notFound' };
    const texts = Object.fromEntries(VERSIONED_FIELDS.map((field) => [field, version.fields[field] ?? '']));
    const solution = await saveProfile(tx, before, { ...writtenProfile(before), ...texts }, actor);
    await recordAudit(
      tx,
      actor,
      'solutions.restore',
      { type: 'solution', id: solutionId },
      { version: number, title: before.title },
      { title: writtenProfile(solution).title },
    );
    return { kind: 'restored', solution, pendingReview: solution.pendingSince !== null };
  });
}
