import type { Executor } from '../../../platform/db/client.ts';
import { getOrganisationsByIds, organisationPath } from '../../organisations/service.ts';
import { solutionPath } from '../core/paths.ts';
import { countPublicSolutions, listPublicSolutionRows, type PublicSolutionRow, type SolutionApiFilter } from './api-repository.ts';

export { MATURITY_PHASES, SIZE_BANDS } from '../core/tables.ts';
export type { SolutionApiFilter } from './api-repository.ts';

/** A published solution as the read API and the open data give it, with its owner's public profile. */
export interface PublicSolutionRecord extends Omit<PublicSolutionRow, 'ownerOrganisationId'> {
  /** the public page, relative to the site */
  path: string;
  owner: { name: string; path: string } | null;
}

/** One page of published solutions under the filter (the whole list without a page), and how many there are. */
export async function listPublicSolutions(
  db: Executor,
  options: { filter: SolutionApiFilter; limit: number; offset: number },
): Promise<{ records: PublicSolutionRecord[]; total: number }> {
  const rows = await listPublicSolutionRows(db, options.filter, options);
  const ownerIds = [...new Set(rows.map((r) => r.ownerOrganisationId))];
  const owners = new Map(
    (ownerIds.length === 0 ? [] : await getOrganisationsByIds(db, ownerIds)).map((o) => [o.id, { name: o.name, path: organisationPath(o.slug) }]),
  );
  const records = rows.map(({ ownerOrganisationId, ...row }) => ({ ...row, path: solutionPath(row.slug), owner: owners.get(ownerOrganisationId) ?? null }));
  return { records, total: await countPublicSolutions(db, options.filter) };
}
