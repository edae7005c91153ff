import type { Executor } from '../../../platform/db/client.ts';
import type { ChallengeRow } from '../core/repository.ts';
import { listAnsweredQuestions, listUnansweredQuestions } from './repository.ts';

export interface QuestionsPage {
  answered: { id: string; question: string; answer: string; answeredAt: Date }[];
  /** the viewer's own questions waiting for an answer; for owners every waiting question */
  unanswered: { id: string; question: string; askedAt: Date }[];
}

/**
 * What the Q&A page shows the viewer: everyone the answered questions; a signed-in asker their
 * own waiting ones; the owners every waiting one, to answer. Nobody sees who asked.
 */
export async function getQuestionsPage(db: Executor, challenge: ChallengeRow, viewer: { userId: string | undefined; owns: boolean }): Promise<QuestionsPage> {
  const answered = await listAnsweredQuestions(db, challenge.id);
  const unanswered = viewer.owns
    ? await listUnansweredQuestions(db, challenge.id)
    : viewer.userId
      ? await listUnansweredQuestions(db, challenge.id, viewer.userId)
      : [];
  return { answered, unanswered };
}
