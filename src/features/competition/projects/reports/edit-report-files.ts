import { recordAudit, type AuditActor } from '../../../../platform/audit/record.ts';
import type { Database, Executor } from '../../../../platform/db/client.ts';
import { isWritable } from './rules.ts';
import { deleteReportFile, insertReportFile, lockReport, updateReportRow } from './repository.ts';

/** Why a report's files cannot be changed: not this project's report, or submitted already. */
export type FileRefusal = { kind: 'notFound' } | { kind: 'frozen' };

/** Attaches a file the route has stored already; the route removes the file again when this refuses. */
export async function addReportFile(
  tx: Executor,
  options: { actor: AuditActor; projectId: string; reportId: string; title: string; fileId: string },
): Promise<{ kind: 'added' } | FileRefusal> {
  const report = await lockReport(tx, options.projectId, options.reportId);
  if (!report) return { kind: 'notFound' };
  if (!isWritable(report.status)) return { kind: 'frozen' };
  await insertReportFile(tx, { reportId: report.id, title: options.title, fileId: options.fileId });
  await updateReportRow(tx, report.id, {});
  await recordAudit(tx, options.actor, 'competition.report.file.add', { type: 'competition_report', id: report.id }, undefined, {
    title: options.title,
    fileId: options.fileId,
  });
  return { kind: 'added' };
}

/** Removes the attachment; the caller deletes the stored file once this is committed. */
export async function removeReportFile(
  db: Database,
  options: { actor: AuditActor; projectId: string; reportId: string; id: string },
): Promise<{ kind: 'removed'; fileId: string } | FileRefusal> {
  return db.transaction(async (tx) => {
    const report = await lockReport(tx, options.projectId, options.reportId);
    if (!report) return { kind: 'notFound' };
    if (!isWritable(report.status)) return { kind: 'frozen' };
    const removed = await deleteReportFile(tx, report.id, options.id);
    if (!removed) return { kind: 'notFound' };
    await updateReportRow(tx, report.id, {});
    await recordAudit(tx, options.actor, 'competition.report.file.remove', { type: 'competition_report', id: report.id }, removed);
    return { kind: 'removed', fileId: removed.fileId };
  });
}
