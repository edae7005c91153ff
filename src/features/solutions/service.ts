import type { Executor } from '../../platform/db/client.ts';
import { isUuid } from '../../platform/text/uuid.ts';
import { createSolutionFromChallenge } from './profiles/create-solution-from-challenge.ts';
import {
  countReusesByAdopter,
  countReusesByOwner,
  findPublishedSolutionTitleAndSummary,
  listPublishedSolutionChoices,
  listPublishedSolutionSlugs,
} from './adoptions/reuse-repository.ts';
import { solutionPath } from './core/paths.ts';

/*
 * The solution library's public module: what the strategy workbench (a solution as a measure
 * of a municipality's strategy) and the programme dashboard (re-uses per municipality) read,
 * and the one change another feature makes: the Call for Solutions turns a winning proposal
 * into a draft (createSolutionFromChallenge, in the caller's transaction).
 */

export { editSolutionPath, solutionPath } from './core/paths.ts';
export { createSolutionFromChallenge };

export interface ReuseCount {
  /** solutions of others this organisation is implementing or runs */
  adopting: number;
  /** adoptions of this organisation's own solutions by others, being implemented or running */
  adoptedFrom: number;
}

/**
 * Re-uses per organisation id, both directions. A re-use is an adoption in one of
 * REUSE_STATUSES of adoptions/rules.ts (being implemented or in operation); requests, mere interest and abandoned
 * attempts do not count. Organisations with neither are not in the map: read them as zero.
 */
export async function countReusesByOrganisation(db: Executor): Promise<Map<string, ReuseCount>> {
  const counts = new Map<string, ReuseCount>();
  const entry = (id: string) => {
    let found = counts.get(id);
    if (!found) {
      found = { adopting: 0, adoptedFrom: 0 };
      counts.set(id, found);
    }
    return found;
  };
  for (const row of await countReusesByAdopter(db)) entry(row.organisationId).adopting = row.n;
  for (const row of await countReusesByOwner(db)) entry(row.organisationId).adoptedFrom = row.n;
  return counts;
}

/** The published solutions, by title, for a form's choice (e.g. a measure of a strategy); link with solutionPath(slug). */
export async function listPublishedSolutionsForChoice(db: Executor): Promise<{ id: string; title: string; slug: string }[]> {
  return listPublishedSolutionChoices(db);
}

/** A published solution's title and summary, for a measure started from it ("Nachnutzen"); undefined for a draft or an unknown id. */
export async function findPublishedSolutionSummary(db: Executor, id: string): Promise<{ id: string; title: string; summary: string } | undefined> {
  return findPublishedSolutionTitleAndSummary(db, id);
}

/** The public addresses of those of these solutions that are published (e.g. a challenge's winners); drafts are left out. */
export async function publishedSolutionPaths(db: Executor, ids: string[]): Promise<Map<string, string>> {
  return new Map((await listPublishedSolutionSlugs(db, ids.filter(isUuid))).map((s) => [s.id, solutionPath(s.slug)]));
}
