import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Tx } from '../../../platform/db/client.ts';
import type { MailSite } from '../../../platform/mail/site.ts';
import { lockChallenge, type ChallengeRow, type QuestionRow } from '../core/repository.ts';
import { questionsOpen } from '../core/rules.ts';
import { queueQuestionAskedMails } from './mails.ts';
import { insertQuestion } from './repository.ts';

export type AskOutcome = { kind: 'asked'; question: QuestionRow } | { kind: 'closed'; challenge: ChallengeRow };

/**
 * A signed-in person asks about a challenge; its organisation's managers hear of it. Runs in
 * the caller's transaction (the submission's) under the challenge's lock, so that the Q&A date
 * is judged against the challenge as it is at commit, to the second.
 */
export async function askQuestion(
  tx: Tx,
  options: { actor: AuditActor; challengeId: string; question: string; site: MailSite; now: Date },
): Promise<AskOutcome> {
  const challenge = await lockChallenge(tx, options.challengeId);
  if (!challenge) throw new Error(`askQuestion: challenge ${options.challengeId} is gone`);
  if (!questionsOpen(challenge, options.now)) return { kind: 'closed', challenge };
  const question = await insertQuestion(tx, { challengeId: challenge.id, askedBy: options.actor.id, question: options.question, askedAt: options.now });
  await recordAudit(tx, options.actor, 'challenges.question.ask', { type: 'challenge_question', id: question.id }, undefined, {
    challengeId: challenge.id,
    question: question.question,
  });
  await queueQuestionAskedMails(tx, { challenge, question, site: options.site });
  return { kind: 'asked', question };
}
