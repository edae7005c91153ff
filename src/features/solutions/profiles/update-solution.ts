import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { listFieldsOfAction } from '../../../platform/taxonomy/fields-of-action.ts';
import { listFundedProjectsOf } from '../../competition/service.ts';
import { type ProfileFields, profileFieldsOf } from '../core/profile-fields.ts';
import { lockSolution, type SolutionRow } from '../core/repository.ts';
import { saveProfile, writtenProfile } from './save-profile.ts';
import type { SolutionInput } from './schema.ts';

export type UpdateSolutionOutcome =
  | { kind: 'saved'; solution: SolutionRow; pendingReview: boolean }
  | { kind: 'notFound' }
  /** a field of action the taxonomy does not have */
  | { kind: 'unknownField' }
  /** a project that is not one of the owner organisation's funded projects */
  | { kind: 'unknownProject' };

/** The form's input as stored: euros typed become cents. */
function storedFields(input: SolutionInput): ProfileFields {
  const { costOneOff, costYearly, ...fields } = input;
  return profileFieldsOf({ ...fields, costOneOffCents: costOneOff, costYearlyCents: costYearly });
}

/**
 * Saves the whole profile. A published solution stays as the public sees it: the owners'
 * changes wait beside it until an editor has checked them (saveProfile). Changed texts (title,
 * summary, problem, approach) become a new version.
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
    const fields = storedFields(input);
    const solution = await saveProfile(tx, before, fields, actor);
    await recordAudit(tx, actor, 'solutions.update', { type: 'solution', id: solutionId }, writtenProfile(before), fields);
    return { kind: 'saved', solution, pendingReview: solution.pendingSince !== null };
  });
}
