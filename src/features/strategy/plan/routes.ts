import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { newSubmissionId, parseForm, toValues } from '../../../platform/http/form.ts';
import { redirectWithNotice } from '../../../platform/http/notice.ts';
import { runOncePerSubmission, runOncePerSubmissionUnlessRefused } from '../../../platform/http/submissions.ts';
import { STRATEGY_PATH, workbenchPath } from '../core/paths.ts';
import { requireEditableWorkbench, requireWorkbench, type Workbench } from '../core/require-strategy.ts';
import { STRATEGY_STEPS } from '../core/tables.ts';
import { formatEventRoutes } from './format-event-routes.ts';
import { participationRoutes } from './participation-routes.ts';
import { noticeText } from './plan-notice.ts';
import { findComment, findGoal } from './repository.ts';
import { orderedEntryRoutes } from './ordered-entry-routes.ts';
import { resolveComment } from './resolve-comment.ts';
import { saveFields } from './save-fields.ts';
import { saveGoal } from './save-goal.ts';
import { saveVision } from './save-vision.ts';
import { commentForm, emptyForm, fieldsForm, goalForm, idParam, visionForm } from './schema.ts';
import { getFieldChoices, getGoals, getStepComments, getStrategyStart, getTaskList } from './service.ts';
import { CommentPage } from './views/comments.tsx';
import { FieldsPage } from './views/fields-page.tsx';
import { StartPage } from './views/start-page.tsx';
import { TaskListPage } from './views/task-list-page.tsx';
import { GoalPage, VisionPage, type FormState } from './views/vision-page.tsx';
import { writeComment } from './write-comment.ts';

type OrgRoute = { Params: { org: string } };
type EntryRoute = { Params: { org: string; id: string } };

const W = `${STRATEGY_PATH}/:org/werkstatt`;
const typed = (body: unknown) => toValues(body as Record<string, unknown>);

/** A goal of this workbench's strategy; 404 for a malformed id or one of another strategy. */
async function requireGoal(deps: AppDeps, workbench: Workbench, id: string) {
  const goal = idParam.safeParse(id).success && workbench.strategy ? await findGoal(deps.db, workbench.strategy.id, id) : undefined;
  if (!goal) throw notFound();
  return goal;
}

/** /strategie, the task list, step 2 (vision and goals), step 3 (fields of action), step 5 (participation-routes.ts) and every step's comments. */
export function planRoutes(app: FastifyInstance, deps: AppDeps): void {
  const visionPage = async (request: FastifyRequest, reply: FastifyReply, workbench: Workbench, state?: FormState) => {
    const page = h(VisionPage, {
      ctx: request.view(),
      workbench,
      goals: await getGoals(deps.db, workbench),
      comments: await getStepComments(deps.db, workbench, 'vision'),
      notice: noticeText(request),
      state,
    });
    return reply.page(page, state?.errors ? 400 : 200);
  };

  app.get(STRATEGY_PATH, async (request, reply) => {
    return reply.page(h(StartPage, { ctx: request.view(), start: await getStrategyStart(deps.db, request.user) }));
  });

  app.get<OrgRoute>(W, { preHandler: requireUser }, async (request, reply) => {
    const workbench = await requireWorkbench(deps.db, request.params.org, request.user);
    return reply.page(h(TaskListPage, { ctx: request.view(), workbench, steps: await getTaskList(deps.db, workbench) }));
  });

  // step 2: vision and goals
  const VISION = `${W}/vision-und-ziele`;
  app.get<OrgRoute>(VISION, { preHandler: requireUser }, async (request, reply) => {
    return visionPage(request, reply, await requireWorkbench(deps.db, request.params.org, request.user));
  });

  app.post<OrgRoute>(`${VISION}/vision`, { preHandler: requireUser }, async (request, reply) => {
    const workbench = await requireEditableWorkbench(deps.db, request.params.org, request.user!);
    const form = parseForm(visionForm, request.body, request.t);
    if (!form.ok) return visionPage(request, reply, workbench, { values: typed(request.body), errors: form.errors });
    const done = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
      await saveVision(tx, { actor: request.user!, organisationId: workbench.organisation.id, vision: form.data.vision });
      return workbenchPath(workbench.organisation.slug, 'vision');
    });
    return redirectWithNotice(reply, done.location, { word: 'saved' });
  });

  app.post<OrgRoute>(`${VISION}/ziele`, { preHandler: requireUser }, async (request, reply) => {
    const workbench = await requireEditableWorkbench(deps.db, request.params.org, request.user!);
    const form = parseForm(goalForm, request.body, request.t);
    if (!form.ok) return visionPage(request, reply, workbench, { values: typed(request.body), errors: form.errors });
    const done = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
      await saveGoal(tx, { actor: request.user!, organisationId: workbench.organisation.id, input: form.data });
      return workbenchPath(workbench.organisation.slug, 'vision');
    });
    return redirectWithNotice(reply, done.location, { word: 'added' });
  });

  app.get<EntryRoute>(`${VISION}/ziele/:id`, { preHandler: requireUser }, async (request, reply) => {
    const workbench = await requireEditableWorkbench(deps.db, request.params.org, request.user!);
    const goal = await requireGoal(deps, workbench, request.params.id);
    return reply.page(h(GoalPage, { ctx: request.view(), workbench, goal }));
  });

  app.post<EntryRoute>(`${VISION}/ziele/:id`, { preHandler: requireUser }, async (request, reply) => {
    const workbench = await requireEditableWorkbench(deps.db, request.params.org, request.user!);
    const goal = await requireGoal(deps, workbench, request.params.id);
    const form = parseForm(goalForm, request.body, request.t);
    if (!form.ok) return reply.page(h(GoalPage, { ctx: request.view(), workbench, goal, state: { values: typed(request.body), errors: form.errors } }), 400);
    const done = await runOncePerSubmissionUnlessRefused(deps.db, form.submissionId, async (tx) => {
      const outcome = await saveGoal(tx, { actor: request.user!, organisationId: workbench.organisation.id, goalId: goal.id, input: form.data });
      return outcome === 'saved' ? workbenchPath(workbench.organisation.slug, 'vision') : { refused: outcome };
    });
    if ('refused' in done) throw notFound();
    return redirectWithNotice(reply, done.location, { word: 'saved' });
  });

  orderedEntryRoutes(app, deps, {
    path: `${VISION}/ziele`,
    list: 'goal',
    requireEntry: (workbench, id) => requireGoal(deps, workbench, id),
    back: (workbench) => workbenchPath(workbench.organisation.slug, 'vision'),
  });

  // step 3: fields of action
  const FIELDS = `${W}/handlungsfelder`;
  const fieldsPage = async (request: FastifyRequest, reply: FastifyReply, workbench: Workbench, state?: FormState) => {
    const page = h(FieldsPage, {
      ctx: request.view(),
      workbench,
      fields: await getFieldChoices(deps.db),
      comments: await getStepComments(deps.db, workbench, 'fields'),
      notice: noticeText(request),
      state,
    });
    return reply.page(page, state?.errors ? 400 : 200);
  };
  app.get<OrgRoute>(FIELDS, { preHandler: requireUser }, async (request, reply) => {
    return fieldsPage(request, reply, await requireWorkbench(deps.db, request.params.org, request.user));
  });
  app.post<OrgRoute>(FIELDS, { preHandler: requireUser }, async (request, reply) => {
    const workbench = await requireEditableWorkbench(deps.db, request.params.org, request.user!);
    const form = parseForm(fieldsForm, request.body, request.t);
    const known = new Set((await getFieldChoices(deps.db)).map((f) => f.slug));
    const v = request.t.strategyPlan.validation;
    // a strategy works on at least one field; an empty form is a slip, not a decision to drop them all
    const problem = !form.ok
      ? undefined
      : form.data.fieldsOfAction.length === 0
        ? v.fieldRequired
        : form.data.fieldsOfAction.some((f) => !known.has(f))
          ? v.fieldUnknown
          : undefined;
    const errors = !form.ok ? form.errors : problem ? [{ field: 'fieldsOfAction', message: problem }] : [];
    if (!form.ok || errors.length > 0) return fieldsPage(request, reply, workbench, { values: typed(request.body), errors });
    const done = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
      // kept in the platform's order, whatever order the browser sent them in
      const chosen = [...known].filter((slug) => form.data.fieldsOfAction.includes(slug));
      await saveFields(tx, { actor: request.user!, organisationId: workbench.organisation.id, fieldsOfAction: chosen });
      return workbenchPath(workbench.organisation.slug, 'fields');
    });
    return redirectWithNotice(reply, done.location, { word: 'saved' });
  });

  participationRoutes(app, deps);
  formatEventRoutes(app, deps);

  // comments: on every step, so that any step's page can place the form
  for (const step of STRATEGY_STEPS) {
    app.post<OrgRoute>(workbenchPath(':org', step, 'kommentare'), { preHandler: requireUser }, async (request, reply) => {
      const workbench = await requireWorkbench(deps.db, request.params.org, request.user);
      const form = parseForm(commentForm, request.body, request.t);
      if (!form.ok) {
        const submissionId = form.submissionId ?? newSubmissionId();
        return reply.page(h(CommentPage, { ctx: request.view(), workbench, step, submissionId, values: typed(request.body), errors: form.errors }), 400);
      }
      const done = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
        await writeComment(tx, { actor: request.user!, organisationId: workbench.organisation.id, step, body: form.data.body });
        return workbenchPath(workbench.organisation.slug, step);
      });
      return redirectWithNotice(reply, done.location, { word: 'commented' });
    });

    app.post<EntryRoute>(workbenchPath(':org', step, 'kommentare/:id/erledigt'), { preHandler: requireUser }, async (request, reply) => {
      const workbench = await requireEditableWorkbench(deps.db, request.params.org, request.user!);
      const strategy = workbench.strategy;
      // a comment is found only under its own strategy and step
      const comment = strategy && idParam.safeParse(request.params.id).success ? await findComment(deps.db, strategy.id, step, request.params.id) : undefined;
      if (!strategy || !comment) throw notFound();
      const form = parseForm(emptyForm, request.body, request.t);
      const done = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
        await resolveComment(tx, { actor: request.user!, strategyId: strategy.id, step, commentId: comment.id });
        return workbenchPath(workbench.organisation.slug, step);
      });
      return redirectWithNotice(reply, done.location, { word: 'resolved' });
    });
  }
}
