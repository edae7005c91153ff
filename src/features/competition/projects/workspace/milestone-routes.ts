import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../../platform/deps.ts';
import { notFound } from '../../../../platform/http/errors.ts';
import { newSubmissionId, parseForm, type FieldError } from '../../../../platform/http/form.ts';
import { redirectWithNotice } from '../../../../platform/http/notice.ts';
import { runOncePerSubmissionUnlessRefused } from '../../../../platform/http/submissions.ts';
import { PROJECTS_PATH, projectWorkspacePath } from '../../core/paths.ts';
import { requireProject } from '../require-project.ts';
import { addMilestone, reachMilestone, removeMilestone } from './edit-milestones.ts';
import { answerWithWorkspace, type IdRoute, type MilestoneRoute, requireMilestone, today } from './route-support.ts';
import { isOpen } from './rules.ts';
import { milestoneForm, reachForm } from './schema.ts';
import { MilestonePage, ReachPage } from './views/forms.tsx';

/**
 * The project's managers plan milestones and tick them off; editors read them on the
 * overview. Adding is safe against a double submit (submission id); reaching twice keeps the
 * first day; removing something already removed answers 404.
 */
export function milestoneRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requireUser };
  const R = `${PROJECTS_PATH}/:id/meilensteine`;

  app.get<IdRoute>(R, guard, async (request, reply) => {
    const { project } = await requireProject(deps, request, request.params.id, 'manager');
    if (!isOpen(project.status)) return reply.redirect(projectWorkspacePath(project.id), 303);
    return reply.page(h(MilestonePage, { ctx: request.view(), project, submissionId: newSubmissionId() }));
  });

  app.post<IdRoute>(R, guard, async (request, reply) => {
    const access = await requireProject(deps, request, request.params.id, 'manager');
    const { project } = access;
    const form = parseForm(milestoneForm, request.body, request.t);
    const submissionId = form.submissionId ?? newSubmissionId();
    const show = (values: Record<string, string | string[]>, errors: FieldError[]) =>
      reply.page(h(MilestonePage, { ctx: request.view(), project, submissionId, values, errors }), 400);
    if (!form.ok) return show(form.values, form.errors);
    const outcome = await runOncePerSubmissionUnlessRefused(deps.db, form.submissionId, async (tx) => {
      const added = await addMilestone(tx, { actor: request.user!, projectId: project.id, ...form.data });
      return added.kind === 'added' ? projectWorkspacePath(project.id) : { refused: added };
    });
    if (!('refused' in outcome)) return redirectWithNotice(reply, outcome.location, { word: 'milestoneAdded' });
    const e = request.t.competitionProjects.errors;
    if (outcome.refused.kind === 'notFound') throw notFound();
    if (outcome.refused.kind === 'completed') return answerWithWorkspace(deps, request, reply, access, e.completed);
    return show(form.data, [{ field: 'dueOn', message: e.dueOutside }]);
  });

  app.get<MilestoneRoute>(`${R}/:milestoneId/erreicht`, guard, async (request, reply) => {
    const { project } = await requireProject(deps, request, request.params.id, 'manager');
    const milestone = await requireMilestone(deps, project, request.params.milestoneId);
    if (milestone.reachedOn || !isOpen(project.status)) return reply.redirect(projectWorkspacePath(project.id), 303);
    return reply.page(h(ReachPage, { ctx: request.view(), project, milestone, values: { reachedOn: today() } }));
  });

  app.post<MilestoneRoute>(`${R}/:milestoneId/erreicht`, guard, async (request, reply) => {
    const access = await requireProject(deps, request, request.params.id, 'manager');
    const { project } = access;
    const milestone = await requireMilestone(deps, project, request.params.milestoneId);
    const form = parseForm(reachForm, request.body, request.t);
    if (!form.ok) return reply.page(h(ReachPage, { ctx: request.view(), project, milestone, values: form.values, errors: form.errors }), 400);
    const outcome = await reachMilestone(deps.db, { actor: request.user!, projectId: project.id, milestoneId: milestone.id, ...form.data, now: new Date() });
    const e = request.t.competitionProjects.errors;
    if (outcome.kind === 'notFound') throw notFound();
    if (outcome.kind === 'completed') return answerWithWorkspace(deps, request, reply, access, e.completed);
    if (outcome.kind === 'inFuture') {
      const errors = [{ field: 'reachedOn', message: e.reachedInFuture }];
      return reply.page(h(ReachPage, { ctx: request.view(), project, milestone, values: form.data, errors }), 400);
    }
    // reached before (a second click): the overview shows the first day
    if (outcome.kind === 'unchanged') return reply.redirect(projectWorkspacePath(project.id), 303);
    return redirectWithNotice(reply, projectWorkspacePath(project.id), { word: 'milestoneReached' });
  });

  app.post<MilestoneRoute>(`${R}/:milestoneId/entfernen`, guard, async (request, reply) => {
    const access = await requireProject(deps, request, request.params.id, 'manager');
    const milestone = await requireMilestone(deps, access.project, request.params.milestoneId);
    const outcome = await removeMilestone(deps.db, { actor: request.user!, projectId: access.project.id, milestoneId: milestone.id });
    const e = request.t.competitionProjects.errors;
    if (outcome.kind === 'notFound') throw notFound();
    if (outcome.kind === 'completed') return answerWithWorkspace(deps, request, reply, access, e.completed);
    if (outcome.kind === 'reached') return answerWithWorkspace(deps, request, reply, access, e.milestoneReached);
    return redirectWithNotice(reply, projectWorkspacePath(access.project.id), { word: 'milestoneRemoved' });
  });
}
