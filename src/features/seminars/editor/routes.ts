import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requirePermission } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { moveForm } from '../../../platform/editor/move.ts';
import { badRequest, notFound } from '../../../platform/http/errors.ts';
import { newSubmissionId, parseForm, toValues } from '../../../platform/http/form.ts';
import { runOncePerSubmission, runOncePerSubmissionUnlessRefused } from '../../../platform/http/submissions.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import { EDITOR_PATH, editorModulePath, editorSeriesPath } from '../core/paths.ts';
import type { ModuleRow, SeriesRow } from '../core/repository.ts';
import { requireEditorSeries, requireModule } from '../core/require-series.ts';
import { addMaterial } from './add-material.ts';
import { addModule } from './add-module.ts';
import { addSession } from './add-session.ts';
import { createSeries } from './create-series.ts';
import { getMaterialsOfModule, getModulesOverview, getSessionsOfModule, listSeriesForEditors } from './editor-service.ts';
import { moveModule } from './move-module.ts';
import { publishSeries } from './publish-series.ts';
import { removeMaterial } from './remove-material.ts';
import { removeModule } from './remove-module.ts';
import { removeSession } from './remove-session.ts';
import { materialForm, moduleForm, seriesForm, sessionForm } from './schema.ts';
import { updateModule } from './update-module.ts';
import { updateSeries } from './update-series.ts';
import { updateSession } from './update-session.ts';
import { withdrawSeries } from './withdraw-series.ts';
import { MaterialsPage } from './views/materials.tsx';
import { EditModulePage, moduleValues, NewModulePage } from './views/module-form.tsx';
import { SeriesListPage } from './views/list.tsx';
import { SeriesOverviewPage } from './views/overview.tsx';
import { EditSeriesPage, NewSeriesPage, seriesValues } from './views/series-form.tsx';
import { EditSessionPage, SessionsPage, sessionValues } from './views/sessions.tsx';
import { editorNotice, redirectToEditor } from './views/shared.tsx';

type SeriesRoute = { Params: { id: string } };
type ModuleRoute = { Params: { id: string; moduleId: string } };
type SessionRoute = { Params: { id: string; moduleId: string; sessionId: string } };
type MaterialRoute = { Params: { id: string; moduleId: string; itemId: string } };

const SERIES = `${EDITOR_PATH}/:id`;
const MODULE = `${SERIES}/module/:moduleId`;

/** Editors' pages (content:edit): the series, their modules with sessions and materials, and publication. */
export function editorRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requirePermission('content:edit') };

  async function seriesAndModule(request: FastifyRequest<ModuleRoute>): Promise<{ series: SeriesRow; module: ModuleRow }> {
    const series = await requireEditorSeries(deps.db, request.params.id);
    return { series, module: await requireModule(deps.db, series, request.params.moduleId) };
  }

  app.get(EDITOR_PATH, guard, async (request, reply) => {
    const series = await listSeriesForEditors(deps.db);
    return reply.page(h(SeriesListPage, { ctx: request.view(), series, notice: editorNotice(request) }));
  });

  app.get(`${EDITOR_PATH}/neu`, guard, async (request, reply) => reply.page(h(NewSeriesPage, { ctx: request.view(), submissionId: newSubmissionId() })));

  app.post(`${EDITOR_PATH}/neu`, guard, async (request, reply) => {
    const form = parseForm(seriesForm, request.body, request.t);
    if (!form.ok) {
      const submissionId = form.submissionId ?? newSubmissionId();
      return reply.page(h(NewSeriesPage, { ctx: request.view(), submissionId, values: form.values, errors: form.errors }), 400);
    }
    const { location } = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
      const series = await createSeries(tx, { actor: request.user!, input: form.data });
      return editorSeriesPath(series.id);
    });
    return redirectToEditor(reply, location, 'created');
  });

  app.get<SeriesRoute>(SERIES, guard, async (request, reply) => {
    const series = await requireEditorSeries(deps.db, request.params.id);
    const modules = await getModulesOverview(deps.db, series);
    return reply.page(h(SeriesOverviewPage, { ctx: request.view(), series, modules, notice: editorNotice(request) }));
  });

  app.get<SeriesRoute>(`${SERIES}/bearbeiten`, guard, async (request, reply) => {
    const series = await requireEditorSeries(deps.db, request.params.id);
    return reply.page(h(EditSeriesPage, { ctx: request.view(), series, values: seriesValues(series) }));
  });

  app.post<SeriesRoute>(`${SERIES}/bearbeiten`, guard, async (request, reply) => {
    const series = await requireEditorSeries(deps.db, request.params.id);
    const form = parseForm(seriesForm, request.body, request.t);
    if (!form.ok) return reply.page(h(EditSeriesPage, { ctx: request.view(), series, values: form.values, errors: form.errors }), 400);
    if ((await updateSeries(deps, { actor: request.user!, seriesId: series.id, input: form.data })) === 'notFound') throw notFound();
    return redirectToEditor(reply, editorSeriesPath(series.id), 'saved');
  });

  app.post<SeriesRoute>(`${SERIES}/veroeffentlichen`, guard, async (request, reply) => {
    const series = await requireEditorSeries(deps.db, request.params.id);
    const outcome = await publishSeries(deps, { actor: request.user!, seriesId: series.id });
    if (outcome === 'notFound') throw notFound();
    if (outcome === 'noSession') {
      const modules = await getModulesOverview(deps.db, series);
      const errors = [{ field: 'publish', message: request.t.seminarsEditor.overview.publishNeedsSession }];
      return reply.page(h(SeriesOverviewPage, { ctx: request.view(), series, modules, errors }), 409);
    }
    return redirectToEditor(reply, editorSeriesPath(series.id), 'published');
  });

  app.post<SeriesRoute>(`${SERIES}/zurueckziehen`, guard, async (request, reply) => {
    const series = await requireEditorSeries(deps.db, request.params.id);
    if ((await withdrawSeries(deps, { actor: request.user!, seriesId: series.id })) === 'notFound') throw notFound();
    return redirectToEditor(reply, editorSeriesPath(series.id), 'withdrawn');
  });

  app.get<SeriesRoute>(`${SERIES}/module/neu`, guard, async (request, reply) => {
    const series = await requireEditorSeries(deps.db, request.params.id);
    return reply.page(h(NewModulePage, { ctx: request.view(), series, submissionId: newSubmissionId() }));
  });

  app.post<SeriesRoute>(`${SERIES}/module/neu`, guard, async (request, reply) => {
    const series = await requireEditorSeries(deps.db, request.params.id);
    const form = parseForm(moduleForm(series.registrationMode), request.body, request.t);
    if (!form.ok) {
      const submissionId = form.submissionId ?? newSubmissionId();
      return reply.page(h(NewModulePage, { ctx: request.view(), series, submissionId, values: form.values, errors: form.errors }), 400);
    }
    const { location } = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
      const module = await addModule(tx, { actor: request.user!, seriesId: series.id, input: form.data });
      if (!module) throw notFound();
      return editorModulePath(series.id, module.id, 'termine');
    });
    return redirectToEditor(reply, location, 'moduleAdded');
  });

  app.get<ModuleRoute>(MODULE, guard, async (request, reply) => {
    const { series, module } = await seriesAndModule(request);
    return reply.page(h(EditModulePage, { ctx: request.view(), series, module, values: moduleValues(module) }));
  });

  app.post<ModuleRoute>(MODULE, guard, async (request, reply) => {
    const { series, module } = await seriesAndModule(request);
    const form = parseForm(moduleForm(series.registrationMode), request.body, request.t);
    if (!form.ok) return reply.page(h(EditModulePage, { ctx: request.view(), series, module, values: form.values, errors: form.errors }), 400);
    if ((await updateModule(deps, { actor: request.user!, seriesId: series.id, moduleId: module.id, input: form.data })) === 'notFound') throw notFound();
    return redirectToEditor(reply, editorSeriesPath(series.id), 'saved');
  });

  app.post<ModuleRoute>(`${MODULE}/entfernen`, guard, async (request, reply) => {
    const { series, module } = await seriesAndModule(request);
    const outcome = await removeModule(deps, { actor: request.user!, seriesId: series.id, moduleId: module.id });
    if (outcome === 'notFound') throw notFound();
    if (outcome === 'hasPeople') {
      const errors = [{ field: 'remove', message: request.t.seminarsEditor.module.removeRefused }];
      return reply.page(h(EditModulePage, { ctx: request.view(), series, module, values: moduleValues(module), errors }), 409);
    }
    return redirectToEditor(reply, editorSeriesPath(series.id), 'moduleRemoved');
  });

  app.post<ModuleRoute>(`${MODULE}/verschieben`, guard, async (request, reply) => {
    const { series, module } = await seriesAndModule(request);
    const form = parseForm(moveForm, request.body, request.t);
    // Only the two buttons send this form; anything else is not a person's mistake.
    if (!form.ok) throw badRequest('direction');
    if ((await moveModule(deps, { actor: request.user!, seriesId: series.id, moduleId: module.id, direction: form.data.direction })) === 'notFound')
      throw notFound();
    return redirectToEditor(reply, editorSeriesPath(series.id), 'moved');
  });

  app.get<ModuleRoute>(`${MODULE}/termine`, guard, async (request, reply) => {
    const { series, module } = await seriesAndModule(request);
    const sessions = await getSessionsOfModule(deps.db, module.id);
    return reply.page(h(SessionsPage, { ctx: request.view(), series, module, sessions, submissionId: newSubmissionId(), notice: editorNotice(request) }));
  });

  app.post<ModuleRoute>(`${MODULE}/termine`, guard, async (request, reply) => {
    const { series, module } = await seriesAndModule(request);
    const form = parseForm(sessionForm, request.body, request.t);
    if (!form.ok) {
      const sessions = await getSessionsOfModule(deps.db, module.id);
      const submissionId = form.submissionId ?? newSubmissionId();
      return reply.page(h(SessionsPage, { ctx: request.view(), series, module, sessions, submissionId, values: form.values, errors: form.errors }), 400);
    }
    const { location } = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
      if ((await addSession(tx, { actor: request.user!, seriesId: series.id, moduleId: module.id, input: form.data })) === 'notFound') throw notFound();
      return editorModulePath(series.id, module.id, 'termine');
    });
    return redirectToEditor(reply, location, 'sessionAdded');
  });

  async function sessionOf(request: FastifyRequest<SessionRoute>) {
    const { series, module } = await seriesAndModule(request);
    const { sessionId } = request.params;
    const session = isUuid(sessionId) ? (await getSessionsOfModule(deps.db, module.id)).find((s) => s.id === sessionId) : undefined;
    if (!session) throw notFound();
    return { series, module, session };
  }

  app.get<SessionRoute>(`${MODULE}/termine/:sessionId`, guard, async (request, reply) => {
    const { series, module, session } = await sessionOf(request);
    return reply.page(h(EditSessionPage, { ctx: request.view(), series, module, sessionId: session.id, values: sessionValues(session) }));
  });

  app.post<SessionRoute>(`${MODULE}/termine/:sessionId`, guard, async (request, reply) => {
    const { series, module, session } = await sessionOf(request);
    const form = parseForm(sessionForm, request.body, request.t);
    if (!form.ok)
      return reply.page(h(EditSessionPage, { ctx: request.view(), series, module, sessionId: session.id, values: form.values, errors: form.errors }), 400);
    const outcome = await updateSession(deps, { actor: request.user!, seriesId: series.id, moduleId: module.id, sessionId: session.id, input: form.data });
    if (outcome === 'notFound') throw notFound();
    return redirectToEditor(reply, editorModulePath(series.id, module.id, 'termine'), 'saved');
  });

  app.post<SessionRoute>(`${MODULE}/termine/:sessionId/entfernen`, guard, async (request, reply) => {
    const { series, module, session } = await sessionOf(request);
    if ((await removeSession(deps, { actor: request.user!, seriesId: series.id, moduleId: module.id, sessionId: session.id })) === 'notFound') throw notFound();
    return redirectToEditor(reply, editorModulePath(series.id, module.id, 'termine'), 'sessionRemoved');
  });

  app.get<ModuleRoute>(`${MODULE}/materialien`, guard, async (request, reply) => {
    const { series, module } = await seriesAndModule(request);
    const { materials, choices } = await getMaterialsOfModule(deps.db, module.id);
    const page = h(MaterialsPage, { ctx: request.view(), series, module, materials, choices, submissionId: newSubmissionId(), notice: editorNotice(request) });
    return reply.page(page);
  });

  app.post<ModuleRoute>(`${MODULE}/materialien`, guard, async (request, reply) => {
    const { series, module } = await seriesAndModule(request);
    const form = parseForm(materialForm, request.body, request.t);
    const again = async (
      status: number,
      values: ReturnType<typeof toValues>,
      errors: { field: string; message: string }[],
      submissionId: string | undefined,
    ) => {
      const { materials, choices } = await getMaterialsOfModule(deps.db, module.id);
      const page = h(MaterialsPage, {
        ctx: request.view(),
        series,
        module,
        materials,
        choices,
        submissionId: submissionId ?? newSubmissionId(),
        values,
        errors,
      });
      return reply.page(page, status);
    };
    if (!form.ok) return again(400, form.values, form.errors, form.submissionId);
    // The select offers only knowledge items; any other value is a forged request.
    if (!isUuid(form.data.knowledgeItemId)) throw badRequest('knowledge item id');
    const outcome = await runOncePerSubmissionUnlessRefused(deps.db, form.submissionId, async (tx) => {
      const added = await addMaterial(tx, { actor: request.user!, seriesId: series.id, moduleId: module.id, knowledgeItemId: form.data.knowledgeItemId });
      return added === 'added' ? editorModulePath(series.id, module.id, 'materialien') : { refused: added };
    });
    if ('refused' in outcome) {
      if (outcome.refused === 'notFound') throw notFound();
      const m = request.t.seminarsEditor.materials;
      const message = outcome.refused === 'alreadyThere' ? m.alreadyThere : m.unknownItem;
      return again(409, toValues(request.body as Record<string, unknown>), [{ field: 'knowledgeItemId', message }], form.submissionId);
    }
    return redirectToEditor(reply, outcome.location, 'materialAdded');
  });

  app.post<MaterialRoute>(`${MODULE}/materialien/:itemId/entfernen`, guard, async (request, reply) => {
    const { series, module } = await seriesAndModule(request);
    if (!isUuid(request.params.itemId)) throw notFound();
    const outcome = await removeMaterial(deps, { actor: request.user!, seriesId: series.id, moduleId: module.id, knowledgeItemId: request.params.itemId });
    if (outcome === 'notFound') throw notFound();
    return redirectToEditor(reply, editorModulePath(series.id, module.id, 'materialien'), 'materialRemoved');
  });
}
