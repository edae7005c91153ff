import type { Executor } from '../../../platform/db/client.ts';
import { messagesFor, type Locale } from '../../../platform/i18n/index.ts';
import { composeMail } from '../../../platform/mail/compose.tsx';
import { queueMail } from '../../../platform/mail/queue.ts';
import type { MailSite } from '../../../platform/mail/site.ts';
import { challengePath, submissionPath } from '../core/paths.ts';
import type { ChallengeRow, SubmissionRow } from '../core/repository.ts';

export interface DecisionMail {
  to: { email: string; displayName: string };
  locale: Locale;
  challenge: Pick<ChallengeRow, 'title' | 'slug'>;
  submission: Pick<SubmissionRow, 'id' | 'title' | 'winner' | 'awardNote'>;
  site: MailSite;
}

/**
 * Queues the mail about the decision to the submitter of a submitted submission, in the
 * caller's transaction and once per submission: a winner is congratulated, told what they
 * receive and sent to their submission, where they can take it into the solution library;
 * everyone else is thanked and sent to the decision.
 */
export async function queueDecisionMail(tx: Executor, mail: DecisionMail): Promise<void> {
  const m = messagesFor(mail.locale).challengesJury.mail;
  const { challenge, submission, site } = mail;
  const content = submission.winner
    ? composeMail({
        subject: m.winnerSubject(challenge.title),
        paragraphs: [
          m.greeting(mail.to.displayName),
          m.winner(submission.title, challenge.title),
          ...(submission.awardNote ? [m.award(submission.awardNote)] : []),
          m.library,
        ],
        action: { label: m.winnerAction, url: `${site.baseUrl}${submissionPath(submission.id)}` },
        footer: m.footer(site.siteName),
        locale: mail.locale,
      })
    : composeMail({
        subject: m.otherSubject(challenge.title),
        paragraphs: [m.greeting(mail.to.displayName), m.other(submission.title, challenge.title), m.otherClosing],
        action: { label: m.otherAction, url: `${site.baseUrl}${challengePath(challenge.slug)}` },
        footer: m.footer(site.siteName),
        locale: mail.locale,
      });
  await queueMail(tx, { to: mail.to.email, ...content }, `challenge-decision:${submission.id}`);
}
