import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../../platform/deps.ts';
import { notFound } from '../../../../platform/http/errors.ts';
import { newSubmissionId, parseForm, type FieldError, type FormValues } from '../../../../platform/http/form.ts';
import { redirectWithNotice } from '../../../../platform/http/notice.ts';
import { runOncePerSubmission } from '../../../../platform/http/submissions.ts';
import { isUuid } from '../../../../platform/text/uuid.ts';
import { requireProject, type ProjectAccess } from '../require-project.ts';
import { reportFileRoutes } from './file-routes.ts';
import { reportNotice } from './notices.ts';
import { reportPath, reportsPath } from './paths.ts';
import { reportPublicRoutes } from './public-routes.ts';
import { removeReport } from './remove-report.ts';
import { requireReport } from './require-report.ts';
import { berlinToday, MIN_REPORT_LENGTH, targetOf } from './rules.ts';
import { scheduleReport } from './schedule-report.ts';
import { scheduleForm, transitionForm, writeForm } from './schema.ts';
import { listProjectReports } from './service.ts';
import { showReport } from './show-report.ts';
import { transitionReport } from './transition-report.ts';
import { ReportsPage } from './views/reports-page.tsx';
import { writeReport } from './write-report.ts';
import { mailSite } from '../../../../platform/mail/site.ts';

type IdRoute = { Params: { id: string } };
type ReportRoute = { Params: { id: string; reportId: string } };

const REPORTS = reportsPath(':id');
const REPORT = reportPath(':id', ':reportId');

/**
 * A funded project's reports: the editors schedule, accept, return and publish them, the
 * project's managers write and submit them (requireProject answers 404 to anyone else), and
 * published reports have public pages below the project's page on the showcase.
 */
export function projectReportRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requireUser };
  reportFileRoutes(app, deps);
  reportPublicRoutes(app, deps);

  async function showList(
    request: FastifyRequest,
    reply: FastifyReply,
    access: ProjectAccess,
    form: { values?: FormValues; errors?: FieldError[]; submissionId?: string | undefined } = {},
    status: 200 | 400 | 409 = 200,
  ): Promise<FastifyReply> {
    const page = h(ReportsPage, {
      ctx: request.view(),
      project: access.project,
      role: access.role,
      reports: await listProjectReports(deps.db, access.project.id),
      today: berlinToday(new Date()),
      submissionId: form.submissionId ?? newSubmissionId(),
      notice: status === 200 ? reportNotice(request) : undefined,
      values: form.values,
      errors: form.errors,
    });
    return reply.page(page, status);
  }

  app.get<IdRoute>(REPORTS, guard, async (request, reply) => {
    return showList(request, reply, await requireProject(deps, request, request.params.id));
  });

  app.post<IdRoute>(REPORTS, guard, async (request, reply) => {
    const access = await requireProject(deps, request, request.params.id, 'editor');
    const form = parseForm(scheduleForm, request.body, request.t);
    if (!form.ok) return showList(request, reply, access, form, 400);
    const { project } = access;
    const outcome = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
      await scheduleReport(tx, { actor: request.user!, projectId: project.id, ...form.data });
      return reportsPath(project.id);
    });
    return redirectWithNotice(reply, outcome.location, { word: 'scheduled' });
  });

  app.post<ReportRoute>(`${REPORT}/entfernen`, guard, async (request, reply) => {
    const access = await requireProject(deps, request, request.params.id, 'editor');
    if (!isUuid(request.params.reportId)) throw notFound();
    const outcome = await removeReport(deps.db, { actor: request.user!, projectId: access.project.id, reportId: request.params.reportId });
    if (outcome.kind === 'notFound') throw notFound();
    if (outcome.kind === 'notEmpty')
      return showList(request, reply, access, { errors: [{ field: 'form', message: request.t.competitionReports.errors.notEmpty }] }, 409);
    return redirectWithNotice(reply, reportsPath(access.project.id), { word: 'removed' });
  });

  app.get<ReportRoute>(REPORT, guard, async (request, reply) => {
    const access = await requireProject(deps, request, request.params.id);
    return showReport(deps, request, reply, access, await requireReport(deps, access.project, request.params.reportId));
  });

  app.post<ReportRoute>(REPORT, guard, async (request, reply) => {
    const access = await requireProject(deps, request, request.params.id, 'manager');
    const found = await requireReport(deps, access.project, request.params.reportId);
    const form = parseForm(writeForm, request.body, request.t);
    if (!form.ok) return showReport(deps, request, reply, access, found, form, 400);
    const here = reportPath(access.project.id, found.report.id);
    const submit = form.data.action === 'submit';
    const outcome = await writeReport(deps.db, {
      actor: request.user!,
      projectId: access.project.id,
      reportId: found.report.id,
      body: form.data.body,
      submit,
      now: new Date(),
    });
    const e = request.t.competitionReports.errors;
    const values = { body: form.data.body };
    switch (outcome.kind) {
      case 'notFound':
        throw notFound();
      case 'tooShort':
        return showReport(
          deps,
          request,
          reply,
          access,
          found,
          { values, errors: [{ field: 'body', message: e.tooShort(MIN_REPORT_LENGTH, outcome.length) }] },
          400,
        );
      case 'frozen':
        // a second click on "Bericht einreichen": submitted already, as the person wanted
        if (submit) return reply.redirect(here, 303);
        return showReport(
          deps,
          request,
          reply,
          access,
          await requireReport(deps, access.project, found.report.id),
          { errors: [{ field: 'form', message: e.frozen }] },
          409,
        );
      default:
        return redirectWithNotice(reply, here, { word: outcome.kind });
    }
  });

  app.post<ReportRoute>(`${REPORT}/status`, guard, async (request, reply) => {
    const access = await requireProject(deps, request, request.params.id, 'editor');
    const found = await requireReport(deps, access.project, request.params.reportId);
    const form = parseForm(transitionForm, request.body, request.t);
    if (!form.ok) return showReport(deps, request, reply, access, found, form, 400);
    const { transition } = form.data;
    const here = reportPath(access.project.id, found.report.id);
    const outcome = await transitionReport(deps.db, {
      actor: request.user!,
      project: access.project,
      reportId: found.report.id,
      transition,
      note: form.data.note ?? '',
      now: new Date(),
      site: await mailSite(deps),
    });
    if (outcome.kind === 'notFound') throw notFound();
    if (outcome.kind === 'notAllowed') {
      // the same step sent twice: it is taken already
      if (outcome.stage === targetOf(transition)) return reply.redirect(here, 303);
      const fresh = await requireReport(deps, access.project, found.report.id);
      return showReport(deps, request, reply, access, fresh, { errors: [{ field: 'form', message: request.t.competitionReports.errors.notAllowed }] }, 409);
    }
    return redirectWithNotice(reply, here, { word: transition });
  });
}
