import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { questionSnapshot, questionSubject } from './dimension-audit.ts';
import { updateQuestion, type QuestionRow } from './repository.ts';

/** Takes a question out of the questionnaire and the scores; the answers to it stay. */
export async function archiveQuestion(tx: Executor, options: { actor: CurrentUser; question: QuestionRow }): Promise<'archived' | 'alreadyArchived'> {
  const { actor, question } = options;
  if (question.archivedAt) return 'alreadyArchived';
  const after = (await updateQuestion(tx, question.id, { archivedAt: new Date() }))!;
  await recordAudit(tx, actor, 'strategy.question.archive', questionSubject(after.id), questionSnapshot(question), questionSnapshot(after));
  return 'archived';
}
