import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { AppDeps } from '../../../../platform/deps.ts';
import { newSubmissionId, type FieldError, type FormValues } from '../../../../platform/http/form.ts';
import type { ProjectAccess } from '../require-project.ts';
import { reportNotice } from './notices.ts';
import { berlinToday } from './rules.ts';
import type { ReportWithFiles } from './service.ts';
import { ReportPage } from './views/report-page.tsx';

/** A report's page, as it is or with a form's errors; the routes of the text, the files and the review share it. */
export function showReport(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  access: ProjectAccess,
  found: ReportWithFiles,
  form: { values?: FormValues; errors?: FieldError[]; submissionId?: string | undefined } = {},
  status: 200 | 400 | 409 | 413 = 200,
): FastifyReply {
  const page = h(ReportPage, {
    ctx: request.view(),
    project: access.project,
    role: access.role,
    found,
    today: berlinToday(new Date()),
    maxMegabytes: Math.floor(deps.config.uploadMaxBytes / (1024 * 1024)),
    submissionId: form.submissionId ?? newSubmissionId(),
    notice: status === 200 ? reportNotice(request) : undefined,
    values: form.values,
    errors: form.errors,
  });
  return reply.page(page, status);
}
