import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { questionSnapshot, questionSubject } from './dimension-audit.ts';
import { findQuestion, insertQuestion, listQuestions, updateQuestion, type DimensionRow, type QuestionRow } from './repository.ts';
import type { QuestionInput } from './schema.ts';

/**
 * Adds a question at the end of its dimension, or changes one (`questionId`). Answers are
 * level numbers: when a question loses levels, answers above the new highest level no longer
 * count (the scores read only levels the question has) until they are answered again.
 */
export async function saveQuestion(
  tx: Executor,
  options: { actor: CurrentUser; dimension: DimensionRow; questionId?: string; input: QuestionInput },
): Promise<QuestionRow | 'notFound'> {
  const { actor, dimension, input } = options;
  const values = { text: input.text, help: input.help, levels: input.levels };
  if (options.questionId) {
    const before = await findQuestion(tx, dimension.id, options.questionId);
    if (!before) return 'notFound';
    const after = (await updateQuestion(tx, before.id, values))!;
    await recordAudit(tx, actor, 'strategy.question.update', questionSubject(after.id), questionSnapshot(before), questionSnapshot(after));
    return after;
  }
  const all = await listQuestions(tx, [dimension.id], { activeOnly: false });
  const position = Math.max(0, ...all.map((q) => q.position)) + 1;
  const row = await insertQuestion(tx, { ...values, dimensionId: dimension.id, position });
  await recordAudit(tx, actor, 'strategy.question.create', questionSubject(row.id), null, questionSnapshot(row));
  return row;
}
