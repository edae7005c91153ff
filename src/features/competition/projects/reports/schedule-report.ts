import { recordAudit, type AuditActor } from '../../../../platform/audit/record.ts';
import type { Executor } from '../../../../platform/db/client.ts';
import { insertReport, type ReportRow } from './repository.ts';

/** The editors set a report the project owes; it runs in the transaction that records the form's submission. */
export async function scheduleReport(tx: Executor, options: { actor: AuditActor; projectId: string; title: string; dueOn: string }): Promise<ReportRow> {
  const report = await insertReport(tx, { projectId: options.projectId, title: options.title, dueOn: options.dueOn });
  await recordAudit(tx, options.actor, 'competition.report.schedule', { type: 'competition_report', id: report.id }, undefined, {
    projectId: options.projectId,
    title: options.title,
    dueOn: options.dueOn,
  });
  return report;
}
