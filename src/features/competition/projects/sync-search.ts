import type { Executor } from '../../../platform/db/client.ts';
import { upsertSearchDocument } from '../../../platform/search/index.ts';
import { projectPath } from '../core/paths.ts';
import type { ProjectRow } from './repository.ts';

/** A funded project is findable by its municipality, title and description. */
export async function syncProjectSearch(tx: Executor, project: ProjectRow): Promise<void> {
  await upsertSearchDocument(tx, {
    feature: 'competition-projects',
    refId: project.id,
    type: 'project',
    title: `${project.title} (${project.municipality})`,
    summary: project.summary,
    body: project.description,
    url: projectPath(project.slug),
    fieldsOfAction: project.fieldsOfAction,
    published: true,
    updatedAt: project.updatedAt,
  });
}
