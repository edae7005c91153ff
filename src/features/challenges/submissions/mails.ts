import type { Executor } from '../../../platform/db/client.ts';
import { findUserById } from '../../../platform/auth/user-repository.ts';
import { formatDate, formatDateTime } from '../../../platform/i18n/dates.ts';
import { messagesFor } from '../../../platform/i18n/index.ts';
import { composeMail } from '../../../platform/mail/compose.tsx';
import { queueMail } from '../../../platform/mail/queue.ts';
import type { MailSite } from '../../../platform/mail/site.ts';
import { getOrganisationById } from '../../organisations/service.ts';
import { submissionPath } from '../core/paths.ts';
import type { ChallengeRow, SubmissionRow } from '../core/repository.ts';

/**
 * The receipt to the submitter, in their language: what was received when (Berlin time), what
 * happens next, and the link to the submission. Queued in the submit's transaction, once per
 * submission however often the button is pressed.
 */
export async function queueReceiptMail(tx: Executor, options: { submission: SubmissionRow; challenge: ChallengeRow; site: MailSite }): Promise<void> {
  const { submission, challenge, site } = options;
  const submitter = submission.submitterId ? await findUserById(tx, submission.submitterId) : undefined;
  if (!submitter || !submission.submittedAt) return;
  const locale = submitter.locale;
  const m = messagesFor(locale).challengesSubmissions.mail;
  const organisation = submission.organisationId ? await getOrganisationById(tx, submission.organisationId) : undefined;
  const mail = composeMail({
    subject: m.receiptSubject(challenge.title),
    paragraphs: [
      ...m.receiptBody({
        challenge: challenge.title,
        title: submission.title,
        receivedAt: formatDateTime(locale, submission.submittedAt),
        organisation: organisation?.name ?? null,
      }),
      m.nextSteps({
        closesAt: formatDateTime(locale, challenge.submissionClosesAt),
        juryUntil: formatDate(locale, challenge.juryUntil),
        announcementAt: formatDate(locale, challenge.announcementAt),
      }),
    ],
    action: { label: m.action, url: `${site.baseUrl}${submissionPath(submission.id)}` },
    footer: m.footer(site.siteName),
    locale,
  });
  await queueMail(tx, { to: submitter.email, ...mail }, `challenge-receipt:${submission.id}`);
}
