import { recordAudit, type AuditActor } from '../../../../platform/audit/record.ts';
import type { Database } from '../../../../platform/db/client.ts';
import type { ProjectRow } from '../../core/project-repository.ts';
import { queueReturnedMails, type MailSite } from './mails.ts';
import { lockReport, updateReportRow, type ReportChanges } from './repository.ts';
import { nextStage, stageOf, type EditorTransition, type ReportStage } from './rules.ts';

import { syncReportSearch } from './sync-search.ts';

export type TransitionOutcome = { kind: 'done' } | { kind: 'notFound' } | { kind: 'notAllowed'; stage: ReportStage };

function changes(transition: EditorTransition, now: Date): ReportChanges {
  switch (transition) {
    case 'return':
      return { status: 'due' };
    case 'accept':
      return { status: 'accepted', acceptedAt: now };
    case 'publish':
      return { publishedAt: now };
    case 'unpublish':
      return { publishedAt: null };
  }
}

/**
 * The editors' steps on a submitted report: accept it or return it with a note (which only the
 * managers' e-mail and the audit log keep), and show an accepted report on the showcase and in
 * the search, or take it off again.
 */
export async function transitionReport(
  db: Database,
  options: { actor: AuditActor; project: ProjectRow; reportId: string; transition: EditorTransition; note: string; now: Date; site: MailSite },
): Promise<TransitionOutcome> {
  return db.transaction(async (tx): Promise<TransitionOutcome> => {
    const report = await lockReport(tx, options.project.id, options.reportId);
    if (!report) return { kind: 'notFound' };
    const stage = stageOf(report);
    const next = nextStage(stage, options.transition);
    if (!next) return { kind: 'notAllowed', stage };
    const updated = await updateReportRow(tx, report.id, changes(options.transition, options.now));
    const note = options.transition === 'return' ? { revisionNote: options.note } : {};
    await recordAudit(
      tx,
      options.actor,
      `competition.report.${options.transition}`,
      { type: 'competition_report', id: report.id },
      { status: stage },
      { status: next, ...note },
    );
    if (options.transition === 'return') await queueReturnedMails(tx, { project: options.project, report: updated, note: options.note, site: options.site });
    if (options.transition === 'publish' || options.transition === 'unpublish') await syncReportSearch(tx, options.project, updated);
    return { kind: 'done' };
  });
}
