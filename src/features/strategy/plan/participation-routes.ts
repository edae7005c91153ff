import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { parseForm, toValues } from '../../../platform/http/form.ts';
import { redirectWithNotice } from '../../../platform/http/notice.ts';
import { runOncePerSubmission, runOncePerSubmissionUnlessRefused } from '../../../platform/http/submissions.ts';
import { workbenchPath } from '../core/paths.ts';
import { requireEditableWorkbench, requireWorkbench, type Workbench } from '../core/require-strategy.ts';
import { noticeText } from './plan-notice.ts';
import { orderedEntryRoutes } from './ordered-entry-routes.ts';
import { removeParticipation } from './remove-participation.ts';
import { findActor, findParticipation } from './repository.ts';
import { saveActor } from './save-actor.ts';
import { saveParticipation } from './save-participation.ts';
import { actorForm, emptyForm, idParam, participationForm } from './schema.ts';
import { getParticipationStep, getStepComments } from './service.ts';
import { ActorPage, FormatPage, ParticipationPage } from './views/participation-page.tsx';
import type { FormState } from './views/vision-page.tsx';

type OrgRoute = { Params: { org: string } };
type EntryRoute = { Params: { org: string; id: string } };

const STEP = workbenchPath(':org', 'participation');
const typed = (body: unknown) => toValues(body as Record<string, unknown>);

/** An actor of this workbench's strategy; 404 for a malformed id or one of another strategy. */
async function requireActor(deps: AppDeps, workbench: Workbench, id: string) {
  const actor = idParam.safeParse(id).success && workbench.strategy ? await findActor(deps.db, workbench.strategy.id, id) : undefined;
  if (!actor) throw notFound();
  return actor;
}

/** A participation format of this workbench's strategy; 404 for a malformed id or one of another strategy. */
async function requireFormat(deps: AppDeps, workbench: Workbench, id: string) {
  const format = idParam.safeParse(id).success && workbench.strategy ? await findParticipation(deps.db, workbench.strategy.id, id) : undefined;
  if (!format) throw notFound();
  return format;
}

/** Step 5: actors (add, edit, remove, move) and participation formats (add, edit, remove); events of formats in format-event-routes.ts. */
export function participationRoutes(app: FastifyInstance, deps: AppDeps): void {
  const stepPage = async (request: FastifyRequest, reply: FastifyReply, workbench: Workbench, state?: FormState) => {
    const { actors, formats, events } = await getParticipationStep(deps.db, workbench);
    const page = h(ParticipationPage, {
      ctx: request.view(),
      workbench,
      actors,
      formats,
      comments: await getStepComments(deps.db, workbench, 'participation'),
      events,
      now: new Date(),
      notice: noticeText(request),
      state,
    });
    return reply.page(page, state?.errors ? 400 : 200);
  };
  const back = (workbench: Workbench) => workbenchPath(workbench.organisation.slug, 'participation');

  app.get<OrgRoute>(STEP, { preHandler: requireUser }, async (request, reply) => {
    return stepPage(request, reply, await requireWorkbench(deps.db, request.params.org, request.user));
  });

  // actors
  app.post<OrgRoute>(`${STEP}/akteure`, { preHandler: requireUser }, async (request, reply) => {
    const workbench = await requireEditableWorkbench(deps.db, request.params.org, request.user!);
    const form = parseForm(actorForm, request.body, request.t);
    if (!form.ok) return stepPage(request, reply, workbench, { values: typed(request.body), errors: form.errors });
    const done = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
      await saveActor(tx, { actor: request.user!, organisationId: workbench.organisation.id, input: form.data });
      return back(workbench);
    });
    return redirectWithNotice(reply, done.location, { word: 'added' });
  });

  app.get<EntryRoute>(`${STEP}/akteure/:id`, { preHandler: requireUser }, async (request, reply) => {
    const workbench = await requireEditableWorkbench(deps.db, request.params.org, request.user!);
    const actor = await requireActor(deps, workbench, request.params.id);
    return reply.page(h(ActorPage, { ctx: request.view(), workbench, actor }));
  });

  app.post<EntryRoute>(`${STEP}/akteure/:id`, { preHandler: requireUser }, async (request, reply) => {
    const workbench = await requireEditableWorkbench(deps.db, request.params.org, request.user!);
    const actor = await requireActor(deps, workbench, request.params.id);
    const form = parseForm(actorForm, request.body, request.t);
    if (!form.ok) return reply.page(h(ActorPage, { ctx: request.view(), workbench, actor, state: { values: typed(request.body), errors: form.errors } }), 400);
    const done = await runOncePerSubmissionUnlessRefused(deps.db, form.submissionId, async (tx) => {
      const outcome = await saveActor(tx, { actor: request.user!, organisationId: workbench.organisation.id, actorId: actor.id, input: form.data });
      return outcome === 'saved' ? back(workbench) : { refused: outcome };
    });
    if ('refused' in done) throw notFound();
    return redirectWithNotice(reply, done.location, { word: 'saved' });
  });

  orderedEntryRoutes(app, deps, { path: `${STEP}/akteure`, list: 'actor', requireEntry: (workbench, id) => requireActor(deps, workbench, id), back });

  // participation formats: listed by date, so they have no order of their own to move in
  app.post<OrgRoute>(`${STEP}/formate`, { preHandler: requireUser }, async (request, reply) => {
    const workbench = await requireEditableWorkbench(deps.db, request.params.org, request.user!);
    const form = parseForm(participationForm, request.body, request.t);
    if (!form.ok) return stepPage(request, reply, workbench, { values: typed(request.body), errors: form.errors });
    const done = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
      await saveParticipation(tx, { actor: request.user!, organisationId: workbench.organisation.id, input: form.data });
      return back(workbench);
    });
    return redirectWithNotice(reply, done.location, { word: 'added' });
  });

  app.get<EntryRoute>(`${STEP}/formate/:id`, { preHandler: requireUser }, async (request, reply) => {
    const workbench = await requireEditableWorkbench(deps.db, request.params.org, request.user!);
    const format = await requireFormat(deps, workbench, request.params.id);
    return reply.page(h(FormatPage, { ctx: request.view(), workbench, format }));
  });

  app.post<EntryRoute>(`${STEP}/formate/:id`, { preHandler: requireUser }, async (request, reply) => {
    const workbench = await requireEditableWorkbench(deps.db, request.params.org, request.user!);
    const format = await requireFormat(deps, workbench, request.params.id);
    const form = parseForm(participationForm, request.body, request.t);
    if (!form.ok)
      return reply.page(h(FormatPage, { ctx: request.view(), workbench, format, state: { values: typed(request.body), errors: form.errors } }), 400);
    const done = await runOncePerSubmissionUnlessRefused(deps.db, form.submissionId, async (tx) => {
      const outcome = await saveParticipation(tx, {
        actor: request.user!,
        organisationId: workbench.organisation.id,
        participationId: format.id,
        input: form.data,
      });
      return outcome === 'saved' ? back(workbench) : { refused: outcome };
    });
    if ('refused' in done) throw notFound();
    return redirectWithNotice(reply, done.location, { word: 'saved' });
  });

  app.post<EntryRoute>(`${STEP}/formate/:id/entfernen`, { preHandler: requireUser }, async (request, reply) => {
    const workbench = await requireEditableWorkbench(deps.db, request.params.org, request.user!);
    const format = await requireFormat(deps, workbench, request.params.id);
    const form = parseForm(emptyForm, request.body, request.t);
    const done = await runOncePerSubmissionUnlessRefused(deps.db, form.submissionId, async (tx) => {
      const outcome = await removeParticipation(tx, { actor: request.user!, organisationId: workbench.organisation.id, participationId: format.id });
      return outcome === 'removed' ? back(workbench) : { refused: outcome };
    });
    if ('refused' in done) throw notFound();
    return redirectWithNotice(reply, done.location, { word: 'removed' });
  });
}
