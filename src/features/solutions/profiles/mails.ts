import type { Executor } from '../../../platform/db/client.ts';
import { messagesFor } from '../../../platform/i18n/index.ts';
import { composeMail } from '../../../platform/mail/compose.tsx';
import { queueMail } from '../../../platform/mail/queue.ts';
import { getOrganisationManagers } from '../../organisations/service.ts';
import { editSolutionPath } from '../core/paths.ts';
import type { SolutionRow } from '../core/repository.ts';

export interface MailSite {
  baseUrl: string;
  siteName: string;
}

/**
 * Tells the owner organisation's managers, each in their language, that the editors gave the
 * solution – or only its changes, while it stays published – back and why. Queued in the
 * transition's transaction; the key sends it once per person and return, keyed by the
 * solution's change time.
 */
export async function queueReturnedMail(tx: Executor, solution: SolutionRow, note: string, site: MailSite, changesOnly: boolean): Promise<void> {
  for (const manager of await getOrganisationManagers(tx, solution.ownerOrganisationId)) {
    const m = messagesFor(manager.locale).solutionsProfiles.mail;
    const mail = composeMail({
      subject: m.returnedSubject(solution.title),
      paragraphs: [changesOnly ? m.changesReturnedBody(solution.title) : m.returnedBody(solution.title), note],
      action: { label: m.returnedAction, url: `${site.baseUrl}${editSolutionPath(solution.id)}` },
      footer: m.footer(site.siteName),
      locale: manager.locale,
    });
    await queueMail(tx, { to: manager.email, ...mail }, `solution-returned:${solution.id}:${solution.updatedAt.getTime()}:${manager.userId}`);
  }
}
