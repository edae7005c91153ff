import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { listFieldsOfAction } from '../../../platform/taxonomy/fields-of-action.ts';
import { listFundedProjectsOf } from '../../competition/service.ts';
import { lockSolution, updateSolutionRow, type SolutionRow } from '../core/repository.ts';
import { syncSolutionSearch } from '../core/sync-search.ts';
import { solutionSnapshot } from './create-solution.ts';
import type { SolutionInput } from './schema.ts';
import { saveTextVersion, VERSIONED_FIELDS } from './text-versions.ts';

export type UpdateSolutionOutcome =
  | { kind: 'saved'; solution: SolutionRow; backInReview: boolean }
  | { kind: 'notFound' }
  /** a field of action the taxonomy does not have */
  | { kind: 'unknownField' }
  /** a project that is not one of the owner organisation's funded projects */
  | { kind: 'unknownProject' };

/**
 * Saves the whole profile. A published solution goes back into review: the editors publish what
 * the public sees, so a change is public only once they have looked at it again. Changed texts
 * (title, summary, problem, approach) become a new version.
 */
export async function updateSolution(db: Executor, options: { actor: AuditActor; solutionId: string; input: SolutionInput }): Promise<UpdateSolutionOutcome> {
  const { actor, solutionId, input } = options;
  return db.transaction(async (tx): Promise<UpdateSolutionOutcome> => {
    const before = await lockSolution(tx, solutionId);
    if (!before) return { kind: 'notFound' };
    const known = new Set((await listFieldsOfAction(tx)).map((f) => f.slug));
    if (!input.fieldsOfAction.every((slug) => known.has(slug))) return { kind: 'unknownField' };
    if (input.projectId && !(await listFundedProjectsOf(tx, before.ownerOrganisationId)).some((p) => p.id === input.projectId)) {
      return { kind: 'unknownProject' };
    }
    const { costOneOff, costYearly, ...fields } = input;
    const backInReview = before.status === 'published';
    const solution = await updateSolutionRow(tx, solutionId, {
      ...fields,
      costOneOffCents: costOneOff,
      costYearlyCents: costYearly,
      ...(backInReview ? { status: 'in_review' as const } : {}),
    });
    await recordAudit(tx, actor, 'solutions.update', { type: 'solution', id: solutionId }, solutionSnapshot(before), solutionSnapshot(solution));
    if (VERSIONED_FIELDS.some((field) => before[field] !== solution[field])) await saveTextVersion(tx, solution, actor);
    await syncSolutionSearch(tx, solution);
    return { kind: 'saved', solution, backInReview };
  });
}
