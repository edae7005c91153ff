import type { Executor } from '../../../platform/db/client.ts';
import { removeSearchDocument, upsertSearchDocument } from '../../../platform/search/index.ts';
import { solutionPath } from './paths.ts';
import type { SolutionRow } from './repository.ts';

/** The search document's feature key; the library's own search asks for this type. */
export const SOLUTION_SEARCH_TYPE = 'solution';

/**
 * Only a published solution is findable; a draft, one in review or an archived one is taken out.
 * Call it in the transaction that publishes, changes or archives the solution.
 */
export async function syncSolutionSearch(tx: Executor, solution: SolutionRow): Promise<void> {
  if (solution.status !== 'published') {
    await removeSearchDocument(tx, 'solutions', solution.id);
    return;
  }
  await upsertSearchDocument(tx, {
    feature: 'solutions',
    refId: solution.id,
    type: SOLUTION_SEARCH_TYPE,
    title: solution.title,
    summary: solution.summary,
    // people look for a solution by their problem, so the problem comes first
    body: [solution.problem, solution.approach, solution.dataUsed, solution.partners].filter((part) => part !== '').join('\n\n'),
    url: solutionPath(solution.slug),
    fieldsOfAction: solution.fieldsOfAction,
    published: true,
    publishedAt: solution.publishedAt ?? undefined,
    updatedAt: solution.updatedAt,
  });
}
