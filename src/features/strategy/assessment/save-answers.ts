import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { Refusal } from '../../../platform/http/submissions.ts';
import { lockOrCreateStrategy, touchStrategy } from '../core/repository.ts';
import { deleteAnswers, listAnswers, listQuestions, upsertAnswer, type DimensionRow } from './repository.ts';

/** What is wrong with a submitted answer: a question not (or no longer) in the dimension, or a level it does not have. */
export type AnswerProblem = { kind: 'unknownQuestion' } | { kind: 'outOfRange'; questionId: string; levels: number };

export interface SaveAnswersOptions {
  actor: CurrentUser;
  organisationId: string;
  dimension: DimensionRow;
  /** the form's fields: "q-<question id>" → the level's number, or empty for "not answered" */
  fields: Record<string, string>;
}

/**
 * Saves one dimension's answers as the form shows them: a level per answered question, and a
 * question left open loses an earlier answer. Every field is checked before anything is
 * written, so a wrong one stores nothing; the strategy is made on this first save.
 */
export async function saveAnswers(tx: Executor, options: SaveAnswersOptions): Promise<'saved' | Refusal<AnswerProblem[]>> {
  const { actor, dimension, fields } = options;
  const questions = await listQuestions(tx, [dimension.id], { activeOnly: true });
  const levels = new Map<string, number | undefined>(questions.map((q) => [q.id, undefined]));
  const problems: AnswerProblem[] = [];
  for (const [field, value] of Object.entries(fields)) {
    const questionId = field.slice(2);
    const question = questions.find((q) => q.id === questionId);
    if (!question) {
      if (!problems.some((p) => p.kind === 'unknownQuestion')) problems.push({ kind: 'unknownQuestion' });
      continue;
    }
    if (value === '') continue;
    const level = /^[0-9]{1,2}$/.test(value) ? Number(value) : Number.NaN;
    if (!(level >= 1 && level <= question.levels.length)) problems.push({ kind: 'outOfRange', questionId, levels: question.levels.length });
    else levels.set(questionId, level);
  }
  if (problems.length > 0) return { refused: problems };

  const strategy = await lockOrCreateStrategy(tx, options.organisationId);
  const ids = questions.map((q) => q.id);
  const before = await listAnswers(tx, strategy.id, ids);
  const open = ids.filter((id) => levels.get(id) === undefined);
  await deleteAnswers(tx, strategy.id, open);
  for (const [questionId, level] of levels)
    if (level !== undefined) await upsertAnswer(tx, { strategyId: strategy.id, questionId, level, answeredBy: actor.id });
  await touchStrategy(tx, strategy.id);
  const snapshot = (answers: Iterable<[string, number | undefined]>) => Object.fromEntries([...answers].filter(([, l]) => l !== undefined));
  await recordAudit(
    tx,
    actor,
    'strategy.assessment.save',
    { type: 'strategy', id: strategy.id },
    { dimension: dimension.slug, answers: snapshot(before.map((a) => [a.questionId, a.level])) },
    { dimension: dimension.slug, answers: snapshot(levels) },
  );
  return 'saved';
}
