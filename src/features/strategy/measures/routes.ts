import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { badRequest, notFound } from '../../../platform/http/errors.ts';
import { newSubmissionId, parseForm, toValues } from '../../../platform/http/form.ts';
import { redirectWithNotice } from '../../../platform/http/notice.ts';
import { runOncePerSubmission, runOncePerSubmissionUnlessRefused } from '../../../platform/http/submissions.ts';
import { utcToBerlin } from '../../../platform/time/berlin-time.ts';
import { listFieldsOfAction } from '../../../platform/taxonomy/fields-of-action.ts';
import { findPublishedSolutionSummary } from '../../solutions/service.ts';
import { workbenchPath } from '../core/paths.ts';
import { requireEditableWorkbench, requireWorkbench, type Workbench } from '../core/require-strategy.ts';
import { deleteMeasure } from './delete-measure.ts';
import { findMeasure, type MeasureRow } from './repository.ts';
import { reportProgress } from './report-progress.ts';
import { measureErrors } from './rules.ts';
import { createMeasure, updateMeasure } from './save-measure.ts';
import { emptyForm, measureForm, measureIdParam, newMeasureQuery, updateForm } from './schema.ts';
import { getFactSheet, getMeasureChoices, getMeasureLinks, getMeasureList, getMeasuresWithValues, getRecommendations } from './service.ts';
import { DashboardPage } from './views/dashboard-page.tsx';
import { FactSheetPage } from './views/fact-sheet.tsx';
import { MeasureListPage, measurePath } from './views/list-page.tsx';
import { MeasureFormPage, measureValues } from './views/measure-form.tsx';

type OrgRoute = { Params: { org: string } };
type MeasureRoute = { Params: { org: string; id: string } };

const typedValues = (body: unknown) => toValues(body as Record<string, unknown>);
/** A new measure starts planned, with medium priority and own funds. */
const NEW_DEFAULTS = { status: 'planned', priority: 'medium', fundingSource: 'own' };

/** The measure of this workbench's strategy, or 404: another organisation's id, a guessed one or none at all. */
async function requireMeasure(deps: AppDeps, workbench: Workbench, id: string): Promise<MeasureRow> {
  if (!workbench.strategy || !measureIdParam.safeParse(id).success) throw notFound();
  const measure = await findMeasure(deps.db, workbench.strategy.id, id);
  if (!measure) throw notFound();
  return measure;
}

function noticeText(request: FastifyRequest): string | undefined {
  const word = request.notice?.word;
  const notices = request.t.strategyMeasures.notices;
  return word && word in notices ? notices[word as keyof typeof notices] : undefined;
}

/** Step "Maßnahmen": the list, a measure's fact sheet and form, progress reports and the dashboard. */
export function measuresRoutes(app: FastifyInstance, deps: AppDeps): void {
  const list = `${workbenchPath(':org', 'measures')}`;
  const one = `${list}/:id`;

  app.get<OrgRoute>(list, { preHandler: requireUser }, async (request, reply) => {
    const workbench = await requireWorkbench(deps.db, request.params.org, request.user);
    const measures = await getMeasureList(deps.db, workbench.strategy?.id);
    return reply.page(h(MeasureListPage, { ctx: request.view(), workbench, measures, notice: noticeText(request) }));
  });

  app.get<OrgRoute>(`${list}/uebersicht`, { preHandler: requireUser }, async (request, reply) => {
    const workbench = await requireWorkbench(deps.db, request.params.org, request.user);
    const [{ measures, values }, fields, recommendations] = await Promise.all([
      getMeasuresWithValues(deps.db, workbench.strategy?.id),
      listFieldsOfAction(deps.db),
      getRecommendations(deps.db, workbench.strategy?.id),
    ]);
    return reply.page(h(DashboardPage, { ctx: request.view(), workbench, measures, values, fields, recommendations }));
  });

  app.get<OrgRoute & { Querystring: { loesung?: string } }>(`${list}/neu`, { preHandler: requireUser }, async (request, reply) => {
    const workbench = await requireEditableWorkbench(deps.db, request.params.org, request.user!);
    const choices = await getMeasureChoices(deps.db, workbench.organisation.id);
    // "Nachnutzen": a published solution fills in the title and goal and is linked; any other id is ignored
    const solutionId = newMeasureQuery.parse(request.query ?? {}).loesung;
    const solution = solutionId ? await findPublishedSolutionSummary(deps.db, solutionId) : undefined;
    const values = solution ? { ...NEW_DEFAULTS, title: solution.title.slice(0, 200), goal: solution.summary, solutionIds: [solution.id] } : NEW_DEFAULTS;
    return reply.page(h(MeasureFormPage, { ctx: request.view(), workbench, choices, values, submissionId: newSubmissionId(), fromSolution: solution?.title }));
  });

  app.post<OrgRoute>(`${list}/neu`, { preHandler: requireUser }, async (request, reply) => {
    const workbench = await requireEditableWorkbench(deps.db, request.params.org, request.user!);
    const form = parseForm(measureForm, request.body, request.t);
    const choices = await getMeasureChoices(deps.db, workbench.organisation.id);
    const checked = form.ok ? measureErrors(form.data, choices, { today: utcToBerlin(new Date()).date, isNew: true, t: request.t }) : undefined;
    if (checked?.unknownLink) throw badRequest('unknown solution or knowledge item');
    if (!form.ok || checked!.errors.length > 0) {
      const errors = form.ok ? checked!.errors : form.errors;
      const submissionId = form.submissionId ?? newSubmissionId();
      return reply.page(h(MeasureFormPage, { ctx: request.view(), workbench, choices, values: typedValues(request.body), errors, submissionId }), 400);
    }
    const outcome = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
      const measure = await createMeasure(tx, { actor: request.user!, organisationId: workbench.organisation.id, input: form.data });
      return measurePath(workbench.organisation.slug, measure.id);
    });
    return redirectWithNotice(reply, outcome.location, { word: 'created' });
  });

  app.get<MeasureRoute>(one, { preHandler: requireUser }, async (request, reply) => {
    const workbench = await requireWorkbench(deps.db, request.params.org, request.user);
    const measure = await requireMeasure(deps, workbench, request.params.id);
    const sheet = await getFactSheet(deps.db, workbench.organisation.id, measure);
    return reply.page(h(FactSheetPage, { ctx: request.view(), workbench, sheet, submissionId: newSubmissionId(), notice: noticeText(request) }));
  });

  app.get<MeasureRoute>(`${one}/bearbeiten`, { preHandler: requireUser }, async (request, reply) => {
    const workbench = await requireEditableWorkbench(deps.db, request.params.org, request.user!);
    const measure = await requireMeasure(deps, workbench, request.params.id);
    const [choices, links] = await Promise.all([getMeasureChoices(deps.db, workbench.organisation.id), getMeasureLinks(deps.db, measure.id)]);
    return reply.page(h(MeasureFormPage, { ctx: request.view(), workbench, choices, values: measureValues(measure, links), measure }));
  });

  app.post<MeasureRoute>(one, { preHandler: requireUser }, async (request, reply) => {
    // Authorise and find the measure before validating, so that nobody else learns anything from the answer.
    const workbench = await requireEditableWorkbench(deps.db, request.params.org, request.user!);
    const measure = await requireMeasure(deps, workbench, request.params.id);
    const form = parseForm(measureForm, request.body, request.t);
    const choices = await getMeasureChoices(deps.db, workbench.organisation.id);
    const checked = form.ok ? measureErrors(form.data, choices, { today: utcToBerlin(new Date()).date, isNew: false, t: request.t }) : undefined;
    if (checked?.unknownLink) throw badRequest('unknown solution or knowledge item');
    if (!form.ok || checked!.errors.length > 0) {
      const errors = form.ok ? checked!.errors : form.errors;
      return reply.page(h(MeasureFormPage, { ctx: request.view(), workbench, choices, values: typedValues(request.body), errors, measure }), 400);
    }
    const saved = await deps.db.transaction((tx) =>
      updateMeasure(tx, { actor: request.user!, organisationId: workbench.organisation.id, measureId: measure.id, input: form.data }),
    );
    if (saved === 'notFound') throw notFound();
    return redirectWithNotice(reply, measurePath(workbench.organisation.slug, measure.id), { word: 'saved' });
  });

  app.post<MeasureRoute>(`${one}/fortschritt`, { preHandler: requireUser }, async (request, reply) => {
    const workbench = await requireEditableWorkbench(deps.db, request.params.org, request.user!);
    const measure = await requireMeasure(deps, workbench, request.params.id);
    const form = parseForm(updateForm, request.body, request.t);
    if (!form.ok) return renderSheetAgain(request, reply, workbench, measure, form.errors, form.submissionId);
    const outcome = await runOncePerSubmissionUnlessRefused(deps.db, form.submissionId, async (tx) => {
      const done = await reportProgress(tx, { actor: request.user!, organisationId: workbench.organisation.id, measureId: measure.id, input: form.data });
      return done === 'notFound' ? { refused: done } : measurePath(workbench.organisation.slug, measure.id);
    });
    if ('refused' in outcome) throw notFound();
    return redirectWithNotice(reply, outcome.location, { word: 'reported' });
  });

  app.post<MeasureRoute>(`${one}/loeschen`, { preHandler: requireUser }, async (request, reply) => {
    const workbench = await requireEditableWorkbench(deps.db, request.params.org, request.user!);
    const measure = await requireMeasure(deps, workbench, request.params.id);
    parseForm(emptyForm, request.body, request.t);
    if ((await deleteMeasure(deps.db, { actor: request.user!, organisationId: workbench.organisation.id, measureId: measure.id })) === 'notFound')
      throw notFound();
    return redirectWithNotice(reply, workbenchPath(workbench.organisation.slug, 'measures'), { word: 'deleted' });
  });

  async function renderSheetAgain(
    request: FastifyRequest,
    reply: FastifyReply,
    workbench: Workbench,
    measure: MeasureRow,
    errors: { field: string; message: string }[],
    submissionId: string | undefined,
  ) {
    const sheet = await getFactSheet(deps.db, workbench.organisation.id, measure);
    return reply.page(
      h(FactSheetPage, { ctx: request.view(), workbench, sheet, submissionId: submissionId ?? newSubmissionId(), values: typedValues(request.body), errors }),
      400,
    );
  }
}
