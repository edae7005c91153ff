import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { firstFreeSlug, slugify } from '../../../platform/text/slug.ts';
import { RESERVED_SLUGS } from '../core/paths.ts';
import { insertSolution, listSolutionSlugsStartingWith, type SolutionRow } from '../core/repository.ts';
import { solutionSnapshot } from '../profiles/create-solution.ts';
import { saveTextVersion } from '../profiles/text-versions.ts';
import type { ImportedProfile } from './publiccode-mapping.ts';

/**
 * Starts a solution as a draft of the organisation with everything its publiccode.yml said, as
 * createSolution starts one from a title and a summary: an address made from the title, the
 * audit entry and the first version of its texts. The route has checked that the person
 * manages the organisation; runs in the caller's transaction (the once-per-submission one),
 * so that a double submit creates one draft. A draft is not in the search until it is published.
 */
export async function importSolution(tx: Executor, options: { actor: AuditActor; organisationId: string; profile: ImportedProfile }): Promise<SolutionRow> {
  const { actor, organisationId, profile } = options;
  const base = slugify(profile.title, 'loesung');
  const slug = firstFreeSlug(base, new Set(await listSolutionSlugsStartingWith(tx, base)), RESERVED_SLUGS);
  const solution = await insertSolution(tx, { ...profile, slug, ownerOrganisationId: organisationId, status: 'draft', createdBy: actor.id });
  await recordAudit(tx, actor, 'solutions.import', { type: 'solution', id: solution.id }, null, solutionSnapshot(solution));
  await saveTextVersion(tx, solution, actor.id);
  return solution;
}
