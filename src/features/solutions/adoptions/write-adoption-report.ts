import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Database } from '../../../platform/db/client.ts';
import type { AdoptionStatus } from '../core/tables.ts';
import { lockAdoption, updateAdoptionRow } from './repository.ts';
import { canReport } from './rules.ts';

export interface AdoptionReport {
  reportChanges: string;
  reportCosts: string;
  reportLessons: string;
}

export type ReportOutcome = { kind: 'reported' } | { kind: 'unchanged' } | { kind: 'notFound' } | { kind: 'notYet'; status: AdoptionStatus };

/**
 * The adopter's experience report: what it changed, what it cost, what it would do
 * differently. It is public on the solution's page from the first save (reportedAt); later
 * saves change the text and keep that date. Sending the same text again changes nothing.
 */
export async function writeAdoptionReport(
  db: Database,
  options: { actor: AuditActor; adoptionId: string; report: AdoptionReport; now: Date },
): Promise<ReportOutcome> {
  return db.transaction(async (tx): Promise<ReportOutcome> => {
    const adoption = await lockAdoption(tx, options.adoptionId);
    if (!adoption) return { kind: 'notFound' };
    if (!canReport(adoption.status)) return { kind: 'notYet', status: adoption.status };
    const { report } = options;
    const before: AdoptionReport = { reportChanges: adoption.reportChanges, reportCosts: adoption.reportCosts, reportLessons: adoption.reportLessons };
    const same = before.reportChanges === report.reportChanges && before.reportCosts === report.reportCosts && before.reportLessons === report.reportLessons;
    if (adoption.reportedAt && same) return { kind: 'unchanged' };
    await updateAdoptionRow(tx, adoption.id, { ...report, reportedAt: adoption.reportedAt ?? options.now });
    await recordAudit(tx, options.actor, 'solution.adoption.report', { type: 'solution_adoption', id: adoption.id }, before, report);
    return { kind: 'reported' };
  });
}
