import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { requirePermission, requireUser } from '../../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../../platform/deps.ts';
import { badRequest, notFound } from '../../../../platform/http/errors.ts';
import { parseForm } from '../../../../platform/http/form.ts';
import { redirectWithNotice } from '../../../../platform/http/notice.ts';
import { EDITOR_PROJECTS_PATH, PROJECTS_PATH, projectWorkspacePath } from '../../core/paths.ts';
import { requireProject } from '../require-project.ts';
import { milestoneRoutes } from './milestone-routes.ts';
import { workspaceNotice } from './notices.ts';
import { paymentRoutes } from './payment-routes.ts';
import { listProjectsForEditors } from './repository.ts';
import { type IdRoute, today } from './route-support.ts';
import { projectStatusForm } from './schema.ts';
import { loadWorkspace } from './service.ts';
import { setProjectStatus } from './set-project-status.ts';
import { ProjectListPage } from './views/editor-list.tsx';
import { WorkspacePage } from './views/workspace.tsx';

/**
 * A funded project's workspace for the editors and the managers of its organisation (anyone
 * else gets 404, requireProject): the overview, the project's status, milestones and payment
 * requests; and the editors' list of every funded project.
 */
export function projectWorkspaceRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requireUser };

  app.get<IdRoute>(`${PROJECTS_PATH}/:id`, guard, async (request, reply) => {
    const { project, role } = await requireProject(deps, request, request.params.id);
    const page = h(WorkspacePage, {
      ctx: request.view(),
      workspace: await loadWorkspace(deps.db, project),
      role,
      today: today(),
      notice: workspaceNotice(request),
    });
    return reply.page(page);
  });

  app.post<IdRoute>(`${PROJECTS_PATH}/:id/status`, guard, async (request, reply) => {
    const { project } = await requireProject(deps, request, request.params.id, 'editor');
    const form = parseForm(projectStatusForm, request.body, request.t);
    // Only the button sends this form; anything else is not a person's mistake.
    if (!form.ok) throw badRequest('unknown project status');
    const outcome = await setProjectStatus(deps.db, { actor: request.user!, projectId: project.id, status: form.data.status });
    if (outcome.kind === 'notFound') throw notFound();
    // a second click on the same button: the project is as the editor wanted it
    if (outcome.kind === 'unchanged') return reply.redirect(projectWorkspacePath(project.id), 303);
    return redirectWithNotice(reply, projectWorkspacePath(project.id), { word: form.data.status === 'completed' ? 'completed' : 'reopened' });
  });

  app.get(EDITOR_PROJECTS_PATH, { preHandler: requirePermission('content:edit') }, async (request, reply) => {
    return reply.page(h(ProjectListPage, { ctx: request.view(), projects: await listProjectsForEditors(deps.db) }));
  });

  milestoneRoutes(app, deps);
  paymentRoutes(app, deps);
}
