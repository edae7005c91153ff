import type { Executor } from '../../../platform/db/client.ts';
import { findPictures, pictureView, type PictureView } from '../../../platform/pictures/index.ts';
import { searchDocuments } from '../../../platform/search/index.ts';
import { findFundedProject, type FundedProjectLink } from '../../competition/service.ts';
import { getOrganisationById, organisationPath } from '../../organisations/service.ts';
import type { SolutionRow } from '../core/repository.ts';
import { SOLUTION_SEARCH_TYPE } from '../core/sync-search.ts';
import { solutionPicturePath } from './paths.ts';
import {
  countLibrary,
  countReuses,
  listExperienceReports,
  listLibrary,
  listOperatingAdoptions,
  listSolutionDocuments,
  type ExperienceReportRow,
  type LibraryCardRow,
  type SolutionDocumentRow,
} from './repository.ts';
import type { LibraryQuery } from './schema.ts';

export const LIBRARY_PAGE_SIZE = 20;
// the platform's search answers at most this many hits at a time
const SEARCH_BATCH = 100;

export interface OrganisationLink {
  name: string;
  href: string;
}

export interface LibraryCard extends LibraryCardRow {
  owner: OrganisationLink | undefined;
  picture: PictureView | undefined;
}

export interface LibraryPage {
  items: LibraryCard[];
  total: number;
  page: number;
  pages: number;
}

async function organisationLink(db: Executor, id: string): Promise<OrganisationLink | undefined> {
  const organisation = await getOrganisationById(db, id);
  return organisation ? { name: organisation.name, href: organisationPath(organisation.slug) } : undefined;
}

async function organisationLinks(db: Executor, ids: readonly string[]): Promise<Map<string, OrganisationLink>> {
  const links = new Map<string, OrganisationLink>();
  for (const id of new Set(ids)) {
    const link = await organisationLink(db, id);
    if (link) links.set(id, link);
  }
  return links;
}

/** Every published solution the platform's German full-text search finds for these words. */
async function searchSolutionIds(db: Executor, words: string): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const result = await searchDocuments(db, { query: words, types: [SOLUTION_SEARCH_TYPE], page, pageSize: SEARCH_BATCH });
    ids.push(...result.items.map((hit) => hit.refId));
    if (result.items.length < SEARCH_BATCH || ids.length >= result.total) return ids;
  }
}

async function titlePictures(db: Executor, rows: readonly Pick<SolutionRow, 'id' | 'slug' | 'pictureId'>[]): Promise<Map<string, PictureView>> {
  const found = await findPictures(
    db,
    rows.flatMap((r) => (r.pictureId ? [r.pictureId] : [])),
  );
  const views = new Map<string, PictureView>();
  for (const row of rows) {
    const picture = row.pictureId ? found.get(row.pictureId) : undefined;
    if (picture)
      views.set(
        row.id,
        pictureView(picture, (fileId) => solutionPicturePath(row.slug, fileId)),
      );
  }
  return views;
}

/** One page of the library for the search, filters and order of the address. */
export async function getLibraryPage(db: Executor, query: LibraryQuery): Promise<LibraryPage> {
  const filter = {
    ids: query.q ? await searchSolutionIds(db, query.q) : undefined,
    fieldOfAction: query.handlungsfeld,
    sizeBand: query.groesse,
    maturity: query.reife,
    openSource: query.opensource === 'ja',
    costBand: query.kosten,
  };
  const total = await countLibrary(db, filter);
  const pages = Math.max(1, Math.ceil(total / LIBRARY_PAGE_SIZE));
  const page = Math.min(query.seite, pages);
  const rows = await listLibrary(db, filter, query.sortierung, LIBRARY_PAGE_SIZE, (page - 1) * LIBRARY_PAGE_SIZE);
  const owners = await organisationLinks(
    db,
    rows.map((r) => r.ownerOrganisationId),
  );
  const pictures = await titlePictures(db, rows);
  return {
    items: rows.map((r) => ({ ...r, owner: owners.get(r.ownerOrganisationId), picture: pictures.get(r.id) })),
    total,
    page,
    pages,
  };
}

/** Where the solution runs: its owner first, then every adopter that operates it. */
export interface RunsIn extends OrganisationLink {
  owner: boolean;
  /** "YYYY-MM-DD", when the adopter said since when */
  since: string | null;
}

export interface ExperienceReport extends ExperienceReportRow {
  organisation: OrganisationLink | undefined;
}

export interface SolutionProfile {
  solution: SolutionRow;
  owner: OrganisationLink | undefined;
  picture: PictureView | undefined;
  project: FundedProjectLink | undefined;
  documents: SolutionDocumentRow[];
  runsIn: RunsIn[];
  reuses: number;
  reports: ExperienceReport[];
}

/** Everything a published solution's page shows. */
export async function getSolutionProfile(db: Executor, solution: SolutionRow): Promise<SolutionProfile> {
  const owner = await organisationLink(db, solution.ownerOrganisationId);
  const operating = await listOperatingAdoptions(db, solution.id);
  const reports = await listExperienceReports(db, solution.id);
  const links = await organisationLinks(db, [...operating.map((a) => a.organisationId), ...reports.map((r) => r.organisationId)]);
  const runsIn: RunsIn[] = owner ? [{ ...owner, owner: true, since: null }] : [];
  for (const adoption of operating) {
    const link = links.get(adoption.organisationId);
    if (link) runsIn.push({ ...link, owner: false, since: adoption.operatingSince });
  }
  return {
    solution,
    owner,
    picture: (await titlePictures(db, [solution])).get(solution.id),
    project: solution.projectId ? await findFundedProject(db, solution.projectId) : undefined,
    documents: await listSolutionDocuments(db, solution.id),
    runsIn,
    reuses: await countReuses(db, solution.id),
    reports: reports.map((r) => ({ ...r, organisation: links.get(r.organisationId) })),
  };
}
