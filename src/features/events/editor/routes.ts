import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { requirePermission } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { badRequest, notFound } from '../../../platform/http/errors.ts';
import { newSubmissionId, parseForm } from '../../../platform/http/form.ts';
import { runOncePerSubmission } from '../../../platform/http/submissions.ts';
import { listFieldsOfAction } from '../../../platform/taxonomy/fields-of-action.ts';
import { copyEvent } from './copy-event.ts';
import { editorContentRoutes } from './content-routes.ts';
import { editorPictureRoutes } from './picture-routes.ts';
import { editorDateProgrammeRoutes } from './date-programme-routes.ts';
import { editorDateRoutes } from './date-routes.ts';
import { createEvent, publishEvent, unpublishEvent, updateEvent } from './edit-event.ts';
import { EDITOR_PATH, editorEventPath } from '../core/paths.ts';
import { getEventOverview, listEventsForEditors } from './editor-service.ts';
import { requireEvent } from '../core/require-event.ts';
import { copyForm, eventForm, newEventForm, pageQuery } from '../core/schema.ts';
import { CopyEventPage } from './views/copy.tsx';
import { EditEventPage, eventValues, NewEventPage } from './views/event-form.tsx';
import { EditorEventListPage } from './views/list.tsx';
import { EventOverviewPage } from './views/overview.tsx';
import { editorNotice, redirectToEditor } from './notices.ts';

type IdRoute = { Params: { id: string } };

/** Editors' pages (content:edit): list, create, edit, publish, copy; dates and contents below. */
export function editorRoutes(app: FastifyInstance, deps: AppDeps): void {
  const canEdit = requirePermission('content:edit');

  app.get(EDITOR_PATH, { preHandler: canEdit }, async (request, reply) => {
    const { seite } = pageQuery.parse(request.query ?? {});
    const { events, total, pages } = await listEventsForEditors(deps.db, seite);
    return reply.page(h(EditorEventListPage, { ctx: request.view(), events, total, page: seite, pages }));
  });

  app.get(`${EDITOR_PATH}/neu`, { preHandler: canEdit }, async (request, reply) => {
    const fields = await listFieldsOfAction(deps.db);
    return reply.page(h(NewEventPage, { ctx: request.view(), submissionId: newSubmissionId(), fields }));
  });

  app.post(`${EDITOR_PATH}/neu`, { preHandler: canEdit }, async (request, reply) => {
    const form = parseForm(newEventForm, request.body, request.t);
    if (!form.ok) {
      const fields = await listFieldsOfAction(deps.db);
      const submissionId = form.submissionId ?? newSubmissionId();
      return reply.page(h(NewEventPage, { ctx: request.view(), submissionId, fields, values: form.values, errors: form.errors }), 400);
    }
    const { location } = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
      const outcome = await createEvent(tx, { actor: request.user!, input: form.data });
      if (outcome.kind === 'unknownField') throw badRequest('unknown field of action');
      return editorEventPath(outcome.event.id);
    });
    return redirectToEditor(reply, location, 'created');
  });

  app.get<IdRoute>(`${EDITOR_PATH}/:id`, { preHandler: canEdit }, async (request, reply) => {
    const overview = await getEventOverview(deps.db, request.params.id);
    if (!overview) throw notFound();
    const fields = await listFieldsOfAction(deps.db);
    return reply.page(h(EventOverviewPage, { ctx: request.view(), overview, fields, now: new Date(), notice: editorNotice(request) }));
  });

  app.get<IdRoute>(`${EDITOR_PATH}/:id/bearbeiten`, { preHandler: canEdit }, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    const fields = await listFieldsOfAction(deps.db);
    return reply.page(h(EditEventPage, { ctx: request.view(), event, fields, values: eventValues(event) }));
  });

  app.post<IdRoute>(`${EDITOR_PATH}/:id/bearbeiten`, { preHandler: canEdit }, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    const form = parseForm(eventForm, request.body, request.t);
    if (!form.ok) {
      const fields = await listFieldsOfAction(deps.db);
      return reply.page(h(EditEventPage, { ctx: request.view(), event, fields, values: form.values, errors: form.errors }), 400);
    }
    const outcome = await updateEvent(deps, { actor: request.user!, eventId: event.id, input: form.data });
    if (outcome.kind === 'notFound') throw notFound();
    if (outcome.kind === 'unknownField') throw badRequest('unknown field of action');
    return redirectToEditor(reply, editorEventPath(event.id), 'saved');
  });

  app.post<IdRoute>(`${EDITOR_PATH}/:id/veroeffentlichen`, { preHandler: canEdit }, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    const outcome = await publishEvent(deps, { actor: request.user!, eventId: event.id });
    if (outcome.kind === 'notFound') throw notFound();
    if (outcome.kind === 'refused') {
      const overview = (await getEventOverview(deps.db, event.id))!;
      const fields = await listFieldsOfAction(deps.db);
      const errors = [{ field: 'publish', message: request.t.events.editor.overview.publishNeedsDate }];
      return reply.page(h(EventOverviewPage, { ctx: request.view(), overview, fields, now: new Date(), errors }), 409);
    }
    return redirectToEditor(reply, editorEventPath(event.id), 'published');
  });

  app.post<IdRoute>(`${EDITOR_PATH}/:id/zurueckziehen`, { preHandler: canEdit }, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    if ((await unpublishEvent(deps, { actor: request.user!, eventId: event.id })) === 'notFound') throw notFound();
    return redirectToEditor(reply, editorEventPath(event.id), 'unpublished');
  });

  app.get<IdRoute>(`${EDITOR_PATH}/:id/kopieren`, { preHandler: canEdit }, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    return reply.page(h(CopyEventPage, { ctx: request.view(), event, submissionId: newSubmissionId() }));
  });

  app.post<IdRoute>(`${EDITOR_PATH}/:id/kopieren`, { preHandler: canEdit }, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    const form = parseForm(copyForm, request.body, request.t);
    if (!form.ok) {
      const submissionId = form.submissionId ?? newSubmissionId();
      return reply.page(h(CopyEventPage, { ctx: request.view(), event, submissionId, values: form.values, errors: form.errors }), 400);
    }
    const { location } = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
      const outcome = await copyEvent(tx, { sourceId: event.id, title: form.data.title, shiftDays: form.data.shiftDays, actor: request.user! });
      if (outcome.kind === 'notFound') throw notFound();
      return editorEventPath(outcome.event.id);
    });
    return redirectToEditor(reply, location, 'copied');
  });

  editorDateRoutes(app, deps, canEdit);
  editorDateProgrammeRoutes(app, deps, canEdit);
  editorContentRoutes(app, deps, canEdit);
  editorPictureRoutes(app, deps, canEdit);
}
