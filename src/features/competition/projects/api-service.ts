import type { Executor } from '../../../platform/db/client.ts';
import { projectPath } from '../core/paths.ts';
import type { ProjectStatus } from '../core/tables.ts';
import { listShowcase, type ShowcaseRow } from './repository.ts';

export { PROJECT_STATUSES, type ProjectStatus } from '../core/tables.ts';

/** A funded model project as the read API and the open data give it: what the showcase shows. */
export interface PublicProjectRecord {
  id: string;
  slug: string;
  /** the public page, relative to the site */
  path: string;
  municipality: string;
  title: string;
  summary: string;
  /** Markdown */
  description: string;
  fieldsOfAction: string[];
  fundingCents: number;
  status: ProjectStatus;
  /** "YYYY-MM-DD" */
  startsOn: string;
  endsOn: string;
  competition: { slug: string; title: string };
  updatedAt: Date;
}

export interface ProjectApiFilter {
  /** projects that run during some part of this year */
  year: number | undefined;
  status: ProjectStatus | undefined;
  fieldOfAction: string | undefined;
  competition: string | undefined;
}

function record(p: ShowcaseRow): PublicProjectRecord {
  return {
    id: p.id,
    slug: p.slug,
    path: projectPath(p.slug),
    municipality: p.municipality,
    title: p.title,
    summary: p.summary,
    description: p.description,
    fieldsOfAction: p.fieldsOfAction,
    fundingCents: p.amountCents,
    status: p.status,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    competition: { slug: p.callSlug, title: p.callTitle },
    updatedAt: p.updatedAt,
  };
}

function runsIn(p: ShowcaseRow, year: number): boolean {
  return Number(p.startsOn.slice(0, 4)) <= year && Number(p.endsOn.slice(0, 4)) >= year;
}

/**
 * The funded projects of published calls under the filter, in the showcase's order. A
 * programme funds tens of projects, not thousands, so the year is filtered here and not in SQL.
 */
export async function listPublicProjects(db: Executor, filter: ProjectApiFilter): Promise<PublicProjectRecord[]> {
  const rows = await listShowcase(db, { status: filter.status, fieldOfAction: filter.fieldOfAction, callSlug: filter.competition });
  return rows.filter((p) => filter.year === undefined || runsIn(p, filter.year)).map(record);
}
