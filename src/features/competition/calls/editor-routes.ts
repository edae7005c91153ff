import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { requirePermission } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { badRequest, notFound } from '../../../platform/http/errors.ts';
import { newSubmissionId, parseForm } from '../../../platform/http/form.ts';
import { knownNotice, redirectWithNotice } from '../../../platform/http/notice.ts';
import { runOncePerSubmissionUnlessRefused } from '../../../platform/http/submissions.ts';
import { listFieldsOfAction } from '../../../platform/taxonomy/fields-of-action.ts';
import { countFormParts } from '../core/form-repository.ts';
import { requireCall } from '../core/require-call.ts';
import { EDITOR_PATH, editorCallPath } from '../core/paths.ts';
import { listCallsForEditors } from '../core/repository.ts';
import { callForm, callTransitionForm } from '../core/schema.ts';
import { createCall, updateCall } from './edit-call.ts';
import type { CallDocumentsReader } from './public-routes.ts';
import { transitionCall } from './transition-call.ts';
import { CallEditorListPage, CallFormPage, CallOverviewPage, callValues } from './views/editor.tsx';

type IdRoute = { Params: { id: string } };

const NOTICES = { created: true, saved: true, published: true, unpublished: true } as const;

/** The editors' side of calls: list, create, the overview, the conditions, publish. */
export function callEditorRoutes(app: FastifyInstance, deps: AppDeps, documentsOf: CallDocumentsReader): void {
  const guard = { preHandler: requirePermission('content:edit') };

  app.get(EDITOR_PATH, guard, async (request, reply) => {
    return reply.page(h(CallEditorListPage, { ctx: request.view(), calls: await listCallsForEditors(deps.db), now: new Date() }));
  });

  app.get(`${EDITOR_PATH}/neu`, guard, async (request, reply) => {
    const fields = await listFieldsOfAction(deps.db);
    return reply.page(
      h(CallFormPage, { ctx: request.view(), fields, values: { jointApplications: '1', ownSharePercent: '10' }, submissionId: newSubmissionId() }),
    );
  });

  app.post(`${EDITOR_PATH}/neu`, guard, async (request, reply) => {
    const form = parseForm(callForm, request.body, request.t);
    if (!form.ok) {
      const fields = await listFieldsOfAction(deps.db);
      const page = h(CallFormPage, {
        ctx: request.view(),
        fields,
        values: form.values,
        errors: form.errors,
        submissionId: form.submissionId ?? newSubmissionId(),
      });
      return reply.page(page, 400);
    }
    const outcome = await runOncePerSubmissionUnlessRefused(deps.db, form.submissionId, async (tx) => {
      const created = await createCall(tx, request.user!, form.data);
      return created.kind === 'created' ? editorCallPath(created.call.id) : { refused: created };
    });
    if ('refused' in outcome) throw badRequest('unknown field of action');
    return redirectWithNotice(reply, outcome.location, { word: 'created' });
  });

  app.get<IdRoute>(`${EDITOR_PATH}/:id`, guard, async (request, reply) => {
    const call = await requireCall(deps.db, request.params.id);
    const fields = await listFieldsOfAction(deps.db);
    const notice = knownNotice(request, NOTICES)?.word;
    const counts = await countFormParts(deps.db, call.id);
    const documents = (await documentsOf(deps.db, call.id)).length;
    return reply.page(h(CallOverviewPage, { ctx: request.view(), call, fields, counts, documents, now: new Date(), notice }));
  });

  app.get<IdRoute>(`${EDITOR_PATH}/:id/bearbeiten`, guard, async (request, reply) => {
    const call = await requireCall(deps.db, request.params.id);
    return reply.page(h(CallFormPage, { ctx: request.view(), call, fields: await listFieldsOfAction(deps.db), values: callValues(call) }));
  });

  app.post<IdRoute>(`${EDITOR_PATH}/:id/bearbeiten`, guard, async (request, reply) => {
    const call = await requireCall(deps.db, request.params.id);
    const form = parseForm(callForm, request.body, request.t);
    if (!form.ok) {
      const page = h(CallFormPage, { ctx: request.view(), call, fields: await listFieldsOfAction(deps.db), values: form.values, errors: form.errors });
      return reply.page(page, 400);
    }
    const outcome = await updateCall(deps.db, request.user!, call.id, form.data);
    if (outcome.kind === 'notFound') throw notFound();
    if (outcome.kind === 'unknownField') throw badRequest('unknown field of action');
    return redirectWithNotice(reply, editorCallPath(call.id), { word: 'saved' });
  });

  app.post<IdRoute>(`${EDITOR_PATH}/:id/status`, guard, async (request, reply) => {
    const call = await requireCall(deps.db, request.params.id);
    const form = parseForm(callTransitionForm, request.body, request.t);
    // Only the button sends this form; anything else is not a person's mistake.
    if (!form.ok) throw badRequest('unknown transition');
    const outcome = await transitionCall(deps.db, request.user!, call.id, form.data.transition);
    if (outcome.kind === 'notFound') throw notFound();
    // a second click on the same button: the call is as the person wanted it
    if (outcome.kind === 'unchanged') return reply.redirect(editorCallPath(call.id), 303);
    return redirectWithNotice(reply, editorCallPath(call.id), { word: form.data.transition === 'publish' ? 'published' : 'unpublished' });
  });
}
