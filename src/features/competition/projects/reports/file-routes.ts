import type { FastifyInstance } from 'fastify';
import { requireUser } from '../../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../../platform/deps.ts';
import { checkUpload, FILE_TYPES, receiveForm, sendStoredFile, storedFileCaching } from '../../../../platform/files/index.ts';
import { badRequest, notFound } from '../../../../platform/http/errors.ts';
import { redirectWithNotice } from '../../../../platform/http/notice.ts';
import { runOncePerSubmissionUnlessRefused } from '../../../../platform/http/submissions.ts';
import { isUuid } from '../../../../platform/text/uuid.ts';
import { requireProject } from '../require-project.ts';
import { addReportFile, removeReportFile, type FileRefusal } from './edit-report-files.ts';
import { reportPath } from './paths.ts';
import { requireReport } from './require-report.ts';
import { fileForm } from './schema.ts';
import { showReport } from './show-report.ts';

type ReportRoute = { Params: { id: string; reportId: string } };
type FileRoute = { Params: { id: string; reportId: string; fileId: string } };

const REPORT = reportPath(':id', ':reportId');

/** Documents and photos; the store checks the bytes, not the name. */
const REPORT_FILE_TYPES = [FILE_TYPES.pdf, FILE_TYPES.odt, FILE_TYPES.docx, FILE_TYPES.jpeg, FILE_TYPES.png];

/**
 * A report's attachments in the workspace: the managers add and remove them while the report is
 * due, editors and managers download them. Adding is safe against a double submit.
 */
export function reportFileRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requireUser };
  const maxMegabytes = Math.floor(deps.config.uploadMaxBytes / (1024 * 1024));

  app.post<ReportRoute>(`${REPORT}/anlagen`, guard, async (request, reply) => {
    const access = await requireProject(deps, request, request.params.id, 'manager');
    const found = await requireReport(deps, access.project, request.params.reportId);
    if (!request.isMultipart()) throw badRequest('attachment form must be multipart');
    const upload = await receiveForm(request, deps.files, {
      createdBy: request.user!.id,
      maxBytes: deps.config.uploadMaxBytes,
      files: { file: REPORT_FILE_TYPES },
    });
    const e = request.t.competitionReports.errors;
    const form = await checkUpload(upload, fileForm, request.t, 'file', {
      required: e.fileRequired,
      empty: e.fileEmpty,
      type: e.fileType,
      tooLarge: e.fileTooLarge(maxMegabytes),
    });
    const values = { title: typeof upload.fields.title === 'string' ? upload.fields.title : '' };
    if (!form.ok) return showReport(deps, request, reply, access, found, { values, errors: form.errors, submissionId: form.submissionId }, form.status);
    const { file } = form;
    const outcome = await runOncePerSubmissionUnlessRefused<FileRefusal>(deps.db, form.submissionId, async (tx) => {
      const added = await addReportFile(tx, {
        actor: request.user!,
        projectId: access.project.id,
        reportId: found.report.id,
        title: form.data.title,
        fileId: file.id,
      });
      return added.kind === 'added' ? reportPath(access.project.id, found.report.id) : { refused: added };
    });
    if ('refused' in outcome) {
      await upload.discard();
      if (outcome.refused.kind === 'notFound') throw notFound();
      const fresh = await requireReport(deps, access.project, found.report.id);
      return showReport(deps, request, reply, access, fresh, { errors: [{ field: 'form', message: e.frozen }] }, 409);
    }
    // the same form sent twice: the first upload counts, this one's file goes
    if (outcome.repeated) await upload.discard();
    return redirectWithNotice(reply, outcome.location, { word: 'fileAdded' });
  });

  app.get<FileRoute>(`${REPORT}/anlagen/:fileId`, guard, async (request, reply) => {
    const access = await requireProject(deps, request, request.params.id);
    const found = await requireReport(deps, access.project, request.params.reportId);
    const file = found.files.find((f) => f.id === request.params.fileId);
    if (!file) throw notFound();
    reply.header('cache-control', storedFileCaching(false));
    return (await sendStoredFile(reply, deps.files, file.fileId)) ?? reply.callNotFound();
  });

  app.post<FileRoute>(`${REPORT}/anlagen/:fileId/entfernen`, guard, async (request, reply) => {
    const access = await requireProject(deps, request, request.params.id, 'manager');
    const found = await requireReport(deps, access.project, request.params.reportId);
    if (!isUuid(request.params.fileId)) throw notFound();
    const outcome = await removeReportFile(deps.db, {
      actor: request.user!,
      projectId: access.project.id,
      reportId: found.report.id,
      id: request.params.fileId,
    });
    if (outcome.kind === 'notFound') throw notFound();
    if (outcome.kind === 'frozen') {
      return showReport(deps, request, reply, access, found, { errors: [{ field: 'form', message: request.t.competitionReports.errors.frozen }] }, 409);
    }
    await deps.files.delete(outcome.fileId);
    return redirectWithNotice(reply, reportPath(access.project.id, found.report.id), { word: 'fileRemoved' });
  });
}
