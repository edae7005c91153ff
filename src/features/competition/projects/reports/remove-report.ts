import { recordAudit, type AuditActor } from '../../../../platform/audit/record.ts';
import type { Database } from '../../../../platform/db/client.ts';
import { deleteEmptyReport, lockReport } from './repository.ts';

/** A report scheduled by mistake goes again, but only while nobody has written on it or attached anything. */
export async function removeReport(
  db: Database,
  options: { actor: AuditActor; projectId: string; reportId: string },
): Promise<{ kind: 'removed' } | { kind: 'notFound' } | { kind: 'notEmpty' }> {
  return db.transaction(async (tx) => {
    const report = await lockReport(tx, options.projectId, options.reportId);
    if (!report) return { kind: 'notFound' };
    if (!(await deleteEmptyReport(tx, report.id))) return { kind: 'notEmpty' };
    await recordAudit(
      tx,
      options.actor,
      'competition.report.remove',
      { type: 'competition_report', id: report.id },
      { title: report.title, dueOn: report.dueOn },
    );
    return { kind: 'removed' };
  });
}
