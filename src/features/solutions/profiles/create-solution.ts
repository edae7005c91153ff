import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { firstFreeSlug, slugify } from '../../../platform/text/slug.ts';
import { RESERVED_SLUGS } from '../core/paths.ts';
import { insertSolution, listSolutionSlugsStartingWith, type SolutionRow } from '../core/repository.ts';
import type { NewSolutionInput } from './schema.ts';
import { saveTextVersion } from './text-versions.ts';

/** What the audit log keeps of a solution: everything but its id and the row's timestamps. */
export function solutionSnapshot(solution: SolutionRow) {
  const { id: _id, createdAt: _created, updatedAt: _updated, createdBy: _by, ...rest } = solution;
  return rest;
}

/**
 * Starts a solution as a draft of the organisation, with an address made from its title. The
 * route has checked that the person manages the organisation; runs in the caller's transaction
 * (the once-per-submission one).
 */
export async function createSolution(tx: Executor, options: { actor: AuditActor; input: NewSolutionInput }): Promise<SolutionRow> {
  const { actor, input } = options;
  const base = slugify(input.title, 'loesung');
  const slug = firstFreeSlug(base, new Set(await listSolutionSlugsStartingWith(tx, base)), RESERVED_SLUGS);
  const solution = await insertSolution(tx, {
    slug,
    ownerOrganisationId: input.organisationId,
    title: input.title,
    summary: input.summary,
    problem: '',
    approach: '',
    // the first phase; the owners say how far it has come when they describe it
    maturity: 'idea',
    createdBy: actor.id,
  });
  await recordAudit(tx, actor, 'solutions.create', { type: 'solution', id: solution.id }, null, solutionSnapshot(solution));
  await saveTextVersion(tx, solution, actor.id);
  return solution;
}
