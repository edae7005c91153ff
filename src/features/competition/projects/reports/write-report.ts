import { recordAudit, type AuditActor } from '../../../../platform/audit/record.ts';
import type { Database } from '../../../../platform/db/client.ts';
import { isWritable, MIN_REPORT_LENGTH } from './rules.ts';
import { lockReport, updateReportRow } from './repository.ts';

export type WriteOutcome = { kind: 'saved' } | { kind: 'submitted' } | { kind: 'tooShort'; length: number } | { kind: 'notFound' } | { kind: 'frozen' };

/**
 * The managers' text: kept as a draft, or submitted to the editors, which freezes it. A report
 * too short to be one is not submitted, and then not saved either: the form keeps the text.
 */
export async function writeReport(
  db: Database,
  options: { actor: AuditActor; projectId: string; reportId: string; body: string; submit: boolean; now: Date },
): Promise<WriteOutcome> {
  return db.transaction(async (tx): Promise<WriteOutcome> => {
    const report = await lockReport(tx, options.projectId, options.reportId);
    if (!report) return { kind: 'notFound' };
    if (!isWritable(report.status)) return { kind: 'frozen' };
    if (!options.submit) {
      if (report.body !== options.body) await updateReportRow(tx, report.id, { body: options.body });
      return { kind: 'saved' };
    }
    // counted in characters as people see them, not in UTF-16 units
    const length = [...options.body.trim()].length;
    if (length < MIN_REPORT_LENGTH) return { kind: 'tooShort', length };
    await updateReportRow(tx, report.id, { body: options.body, status: 'submitted', submittedAt: options.now, submittedBy: options.actor.id });
    await recordAudit(
      tx,
      options.actor,
      'competition.report.submit',
      { type: 'competition_report', id: report.id },
      { status: 'due' },
      { status: 'submitted' },
    );
    return { kind: 'submitted' };
  });
}
