import type { Executor } from '../../../platform/db/client.ts';
import { removeSearchDocument, upsertSearchDocument } from '../../../platform/search/index.ts';
import { callPath, projectPath } from './paths.ts';
import type { ProjectRow } from './project-repository.ts';
import type { CompetitionCallRow } from './repository.ts';

/** Published calls are findable, open or closed; a draft is taken out of the search. */
export async function syncCallSearch(tx: Executor, call: CompetitionCallRow): Promise<void> {
  if (call.status !== 'published') {
    await removeSearchDocument(tx, 'competition', call.id);
    return;
  }
  await upsertSearchDocument(tx, {
    feature: 'competition',
    refId: call.id,
    type: 'call',
    title: call.title,
    summary: call.summary,
    body: call.description,
    url: callPath(call.slug),
    fieldsOfAction: call.fieldsOfAction,
    published: true,
    publishedAt: call.publishedAt ?? undefined,
    updatedAt: call.updatedAt,
  });
}

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
