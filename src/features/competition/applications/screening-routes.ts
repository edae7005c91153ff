import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { requirePermission } from '../../../platform/auth/guards.ts';
import { sendExport } from '../../../platform/exports/send.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { parseForm, toValues } from '../../../platform/http/form.ts';
import { redirectWithNotice } from '../../../platform/http/notice.ts';
import { applicationNotice } from './notices.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import { editorApplicationsPath, EDITOR_PATH } from '../core/paths.ts';
import { requireCall } from '../core/require-call.ts';
import type { CompetitionCallRow } from '../core/repository.ts';
import { applicationsTable } from './export.ts';
import { countApplicationsByStatus, findApplication, listSubmittedApplications, sumBudgetsOfCall } from './repository.ts';
import { screenApplication } from './screen-application.ts';
import { screeningForm } from './schema.ts';
import { loadDossier, type ApplicationDossier } from './service.ts';
import { ScreeningListPage, ScreeningPage } from './views/screening.tsx';
import { mailSite } from '../../../platform/mail/site.ts';

type CallRoute = { Params: { id: string } };
type ApplicationRoute = { Params: { id: string; applicationId: string } };

/** A submitted application of the call; drafts and other calls' applications are 404 here. */
async function requireSubmitted(deps: AppDeps, call: CompetitionCallRow, applicationId: string): Promise<ApplicationDossier> {
  const application = isUuid(applicationId) ? await findApplication(deps.db, applicationId) : undefined;
  if (!application || application.callId !== call.id || application.status === 'draft') throw notFound();
  return loadDossier(deps.db, application);
}

/** The editors' formal check of a call's submitted applications. */
export function screeningRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requirePermission('content:edit') };

  app.get<CallRoute>(`${EDITOR_PATH}/:id/bewerbungen`, guard, async (request, reply) => {
    const call = await requireCall(deps.db, request.params.id);
    const page = h(ScreeningListPage, {
      ctx: request.view(),
      call,
      applications: await listSubmittedApplications(deps.db, call.id),
      counts: await countApplicationsByStatus(deps.db, call.id),
    });
    return reply.page(page);
  });

  for (const format of ['csv', 'xlsx'] as const) {
    app.get<CallRoute>(`${EDITOR_PATH}/:id/bewerbungen.${format}`, guard, async (request, reply) => {
      const call = await requireCall(deps.db, request.params.id);
      const [applications, sums] = await Promise.all([listSubmittedApplications(deps.db, call.id), sumBudgetsOfCall(deps.db, call.id)]);
      return sendExport(reply, applicationsTable(call, applications, sums, request.t), format, `bewerbungen-${call.slug}`);
    });
  }

  app.get<ApplicationRoute>(`${EDITOR_PATH}/:id/bewerbungen/:applicationId`, guard, async (request, reply) => {
    const call = await requireCall(deps.db, request.params.id);
    const dossier = await requireSubmitted(deps, call, request.params.applicationId);
    return reply.page(h(ScreeningPage, { ctx: request.view(), dossier, notice: applicationNotice(request) }));
  });

  app.post<ApplicationRoute>(`${EDITOR_PATH}/:id/bewerbungen/:applicationId`, guard, async (request, reply) => {
    const call = await requireCall(deps.db, request.params.id);
    const dossier = await requireSubmitted(deps, call, request.params.applicationId);
    const form = parseForm(screeningForm, request.body, request.t);
    if (!form.ok) return reply.page(h(ScreeningPage, { ctx: request.view(), dossier, values: form.values, errors: form.errors }), 400);
    const here = editorApplicationsPath(call.id, dossier.application.id);
    // the same check sent twice: it is recorded already
    if (dossier.application.status === form.data.outcome) return reply.redirect(here, 303);
    const outcome = await screenApplication(deps.db, {
      actor: request.user!,
      applicationId: dossier.application.id,
      outcome: form.data.outcome,
      note: form.data.note,
      now: new Date(),
      site: await mailSite(deps),
    });
    if (outcome.kind === 'notFound') throw notFound();
    if (outcome.kind === 'notAllowed') {
      const fresh = await requireSubmitted(deps, call, dossier.application.id);
      const errors = [{ field: 'outcome', message: request.t.competitionApplications.screening.notScreenable }];
      return reply.page(h(ScreeningPage, { ctx: request.view(), dossier: fresh, values: toValues(request.body as Record<string, unknown>), errors }), 409);
    }
    return redirectWithNotice(reply, here, { word: 'screened' });
  });
}
