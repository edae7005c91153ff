import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { updateSolutionRow, type SolutionRow } from '../core/repository.ts';
import { createSolution, solutionSnapshot } from './create-solution.ts';
import { saveTextVersion } from './text-versions.ts';

/**
 * A winning proposal of the Call for Solutions becomes a draft of the library: createSolution
 * starts it as any new solution (address, audit entry, first text version), then the proposal's
 * texts and the challenge's fields of action are filled in as the owners' first edit would, so
 * that the version history and the audit log show both steps. Runs in the caller's transaction;
 * the caller has checked which organisation the person may give it to.
 */
export async function createSolutionFromChallenge(
  tx: Executor,
  options: { actor: AuditActor; organisationId: string; title: string; summary: string; problem: string; approach: string; fieldsOfAction: string[] },
): Promise<SolutionRow> {
  const { actor } = options;
  const created = await createSolution(tx, { actor, input: { organisationId: options.organisationId, title: options.title, summary: options.summary } });
  const solution = await updateSolutionRow(tx, created.id, { problem: options.problem, approach: options.approach, fieldsOfAction: options.fieldsOfAction });
  await recordAudit(tx, actor, 'solutions.update', { type: 'solution', id: solution.id }, solutionSnapshot(created), solutionSnapshot(solution));
  await saveTextVersion(tx, solution, actor.id);
  return solution;
}
