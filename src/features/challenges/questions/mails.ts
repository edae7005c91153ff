import { findUserById } from '../../../platform/auth/user-repository.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { messagesFor } from '../../../platform/i18n/index.ts';
import { composeMail } from '../../../platform/mail/compose.tsx';
import { queueMail } from '../../../platform/mail/queue.ts';
import type { MailSite } from '../../../platform/mail/site.ts';
import { getOrganisationManagers } from '../../organisations/service.ts';
import { questionsPath } from '../core/paths.ts';
import type { ChallengeRow, QuestionRow } from '../core/repository.ts';

/** The managers of the challenge's organisation hear of a new question, each in their language, once per question. */
export async function queueQuestionAskedMails(db: Executor, options: { challenge: ChallengeRow; question: QuestionRow; site: MailSite }): Promise<void> {
  const { challenge, question, site } = options;
  for (const manager of await getOrganisationManagers(db, challenge.organisationId)) {
    const m = messagesFor(manager.locale).challengesQuestions.mail;
    const mail = composeMail({
      subject: m.askedSubject(challenge.title),
      paragraphs: [...m.askedBody(challenge.title), question.question],
      action: { label: m.askedAction, url: `${site.baseUrl}${questionsPath(challenge.slug)}` },
      footer: m.footer(site.siteName),
      locale: manager.locale,
    });
    await queueMail(db, { to: manager.email, ...mail }, `challenge-question-asked:${question.id}:${manager.userId}`);
  }
}

/** The asker learns of the first answer, in their language; an asker whose account is gone is not written to. */
export async function queueQuestionAnsweredMail(db: Executor, options: { challenge: ChallengeRow; question: QuestionRow; site: MailSite }): Promise<void> {
  const { challenge, question, site } = options;
  const asker = question.askedBy ? await findUserById(db, question.askedBy) : undefined;
  if (!asker || asker.deletedAt) return;
  const m = messagesFor(asker.locale).challengesQuestions.mail;
  const mail = composeMail({
    subject: m.answeredSubject(challenge.title),
    paragraphs: [...m.answeredBody(challenge.title), question.question, m.answerLabel, question.answer ?? ''],
    action: { label: m.answeredAction, url: `${site.baseUrl}${questionsPath(challenge.slug)}` },
    footer: m.footer(site.siteName),
    locale: asker.locale,
  });
  await queueMail(db, { to: asker.email, ...mail }, `challenge-question-answered:${question.id}`);
}
