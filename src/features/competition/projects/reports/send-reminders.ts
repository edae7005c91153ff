import type { AppDeps } from '../../../../platform/deps.ts';
import { findProject } from '../../core/project-repository.ts';
import { queueReminderMails } from './mails.ts';
import { claimDueReminders } from './repository.ts';
import { reminderWindow } from './rules.ts';
import { mailSite } from '../../../../platform/mail/site.ts';

/**
 * The sweep's part of the reports: the managers hear of every report due within the next
 * fourteen days, once. The claim and the mails are one transaction, so a failed mail leaves
 * the report to the next sweep, and of two processes sweeping at once only one claims it.
 */
export async function sendReportReminders(deps: AppDeps, now: Date): Promise<void> {
  const site = await mailSite(deps);
  await deps.db.transaction(async (tx) => {
    for (const report of await claimDueReminders(tx, reminderWindow(now))) {
      const project = await findProject(tx, report.projectId);
      if (project) await queueReminderMails(tx, { project, report, site });
    }
  });
}
