import { recordAudit, type AuditActor } from '../../../../platform/audit/record.ts';
import type { Executor } from '../../../../platform/db/client.ts';
import type { ProjectStatus } from '../../core/tables.ts';

import { lockProject, updateProjectStatus } from './repository.ts';

/** The editors mark a project completed, or set it back to running when that was too early. */
export async function setProjectStatus(
  db: Executor,
  options: { actor: AuditActor; projectId: string; status: ProjectStatus },
): Promise<{ kind: 'changed' } | { kind: 'unchanged' } | { kind: 'notFound' }> {
  return db.transaction(async (tx) => {
    const project = await lockProject(tx, options.projectId);
    if (!project) return { kind: 'notFound' };
    // a second click on the same button: the project is as the editor wanted it
    if (project.status === options.status) return { kind: 'unchanged' };
    await updateProjectStatus(tx, project.id, options.status);
    await recordAudit(
      tx,
      options.actor,
      'competition.project.status',
      { type: 'competition_project', id: project.id },
      { status: project.status },
      { status: options.status },
    );
    return { kind: 'changed' };
  });
}
