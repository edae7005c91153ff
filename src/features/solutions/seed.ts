import type { AppDeps } from '../../platform/deps.ts';
import type { Executor } from '../../platform/db/client.ts';
import { getOrganisationBySlug } from '../organisations/service.ts';
import { profileFieldsOf } from './core/profile-fields.ts';
import { findSolution, insertSolution, listSolutionSlugsStartingWith, updateSolutionRow } from './core/repository.ts';
import { syncSolutionSearch } from './core/sync-search.ts';
import { insertDemoAdoption } from './library/demo-repository.ts';
import { saveTextVersion } from './profiles/text-versions.ts';
import { DEMO_ADOPTION_LIST } from './seed-adoptions.ts';
import { DEMO_SOLUTION_LIST, type DemoSolution } from './seed-solutions.ts';

export { DEMO_SOLUTIONS } from './seed-solutions.ts';
export { DEMO_ADOPTIONS } from './seed-adoptions.ts';

const cents = (euros: number | null) => (euros === null ? null : euros * 100);

/** A demo solution once; never changed afterwards, and left out when its owner or its slug is gone or taken. */
async function seedSolution(tx: Executor, demo: DemoSolution): Promise<void> {
  if (await findSolution(tx, demo.id)) return;
  const owner = await getOrganisationBySlug(tx, demo.owner);
  if (!owner || (await listSolutionSlugsStartingWith(tx, demo.slug)).includes(demo.slug)) return;
  const profile = profileFieldsOf({
    ...demo,
    costOneOffCents: cents(demo.costOneOffEuros),
    costYearlyCents: cents(demo.costYearlyEuros),
    projectId: demo.projectId ?? null,
  });
  const solution = await insertSolution(tx, {
    id: demo.id,
    slug: demo.slug,
    status: demo.status,
    ownerOrganisationId: owner.id,
    ...profile,
    publishedAt: demo.publishedAt ? new Date(`${demo.publishedAt}T08:00:00Z`) : null,
  });
  // its first version, so that the owners' first change can be compared with what the demo wrote
  await saveTextVersion(tx, solution, null);
  if (demo.pendingChanges) {
    const pending = { ...profile, ...demo.pendingChanges };
    await updateSolutionRow(tx, solution.id, { pendingChanges: pending, pendingSince: new Date(Date.now() - 2 * 86_400_000) });
    await saveTextVersion(tx, { id: solution.id, ...pending }, null);
  }
  await syncSolutionSearch(tx, solution);
}

/**
 * The library's demo content (seed-solutions.ts, seed-adoptions.ts): fifteen solutions and who
 * adopted them. Runs on every start after the organisations and the competition and adds only
 * what is missing.
 */
export async function seedSolutions(deps: AppDeps): Promise<void> {
  await deps.db.transaction(async (tx) => {
    for (const demo of DEMO_SOLUTION_LIST) await seedSolution(tx, demo);
    for (const demo of DEMO_ADOPTION_LIST) {
      const solution = await findSolution(tx, demo.solutionId);
      const organisation = await getOrganisationBySlug(tx, demo.organisation);
      if (!solution || !organisation || organisation.id === solution.ownerOrganisationId) continue;
      await insertDemoAdoption(tx, {
        id: demo.id,
        solutionId: demo.solutionId,
        organisationId: organisation.id,
        status: demo.status,
        message: demo.message,
        answer: demo.answer,
        requestedAt: new Date(demo.requestedAt),
        answeredAt: demo.answeredAt ? new Date(demo.answeredAt) : null,
        operatingSince: demo.operatingSince,
        reportChanges: demo.report?.changes ?? '',
        reportCosts: demo.report?.costs ?? '',
        reportLessons: demo.report?.lessons ?? '',
        reportedAt: demo.report ? new Date(demo.report.reportedAt) : null,
      });
    }
  });
}
