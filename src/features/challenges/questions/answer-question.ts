import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Tx } from '../../../platform/db/client.ts';
import type { MailSite } from '../../../platform/mail/site.ts';
import type { ChallengeRow } from '../core/repository.ts';
import { queueQuestionAnsweredMail } from './mails.ts';
import { lockQuestion, setAnswer } from './repository.ts';

export type AnswerOutcome = { kind: 'answered'; first: boolean } | { kind: 'unchanged' } | { kind: 'notFound' };

/**
 * An owner answers a question or changes the answer; the route has checked that the person owns
 * the challenge. Owners may answer after the Q&A date: the date ends asking, not answering. Only
 * the first answer mails the asker; a corrected answer is simply there for everyone to read.
 */
export async function answerQuestion(
  tx: Tx,
  options: { actor: AuditActor; challenge: ChallengeRow; questionId: string; answer: string; site: MailSite; now: Date },
): Promise<AnswerOutcome> {
  const { actor, challenge } = options;
  const before = await lockQuestion(tx, challenge.id, options.questionId);
  if (!before) return { kind: 'notFound' };
  if (before.answer === options.answer) return { kind: 'unchanged' };
  const first = before.answeredAt === null;
  const question = await setAnswer(tx, before.id, { answer: options.answer, answeredBy: actor.id, answeredAt: first ? options.now : before.answeredAt! });
  await recordAudit(
    tx,
    actor,
    first ? 'challenges.question.answer' : 'challenges.question.changeAnswer',
    { type: 'challenge_question', id: question.id },
    first ? undefined : { answer: before.answer },
    { challengeId: challenge.id, answer: question.answer },
  );
  if (first) await queueQuestionAnsweredMail(tx, { challenge, question, site: options.site });
  return { kind: 'answered', first };
}
