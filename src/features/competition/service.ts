import type { Executor } from '../../platform/db/client.ts';
import { findProjectWithCallStatus } from './core/project-repository.ts';
import { listShowcase } from './projects/repository.ts';
import { projectPath } from './core/paths.ts';

/*
 * What other features may read of the competition: its funded projects, e.g. the solution
 * library's link from a solution to the project it came from.
 */

export interface FundedProjectLink {
  id: string;
  title: string;
  municipality: string;
  /** the project's public page; none while its call is not published */
  href: string | undefined;
}

/** A funded project by its id, with its public address once its call is published. */
export async function findFundedProject(db: Executor, id: string): Promise<FundedProjectLink | undefined> {
  const project = await findProjectWithCallStatus(db, id);
  if (!project) return undefined;
  return { id: project.id, title: project.title, municipality: project.municipality, href: project.callPublished ? projectPath(project.slug) : undefined };
}

/** The funded projects of an organisation, for a choice such as "the project this solution came from". */
export async function listFundedProjectsOf(db: Executor, organisationId: string): Promise<FundedProjectLink[]> {
  return (await listShowcase(db, { organisationId })).map((p) => ({ id: p.id, title: p.title, municipality: p.municipality, href: projectPath(p.slug) }));
}
