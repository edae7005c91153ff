import type { Executor } from '../../../platform/db/client.ts';
import { answerProblem, type AnswerProblem } from '../core/application-rules.ts';
import type { FormSection } from '../core/form-repository.ts';
import { lockDraft, type DraftRefusal } from './lock-draft.ts';
import { saveAnswers, updateApplicationRow } from './repository.ts';

export type SaveSectionOutcome =
  | { kind: 'saved'; complete: boolean }
  /** answers that cannot be kept as they are (too long, not one of the choices): nothing is stored */
  | { kind: 'invalid'; problems: { questionId: string; problem: AnswerProblem }[] }
  | DraftRefusal;

/**
 * Saves the answers of one section. A missing required answer does not stop the saving –
 * the task stays "in Bearbeitung" and the check page names it – but an answer that breaks a
 * limit is refused with the rest, so that nothing is stored half.
 */
export async function saveSection(
  db: Executor,
  options: { applicationId: string; section: FormSection; values: ReadonlyMap<string, string>; now: Date },
): Promise<SaveSectionOutcome> {
  const answers = options.section.questions.map((q) => ({ questionId: q.id, value: (options.values.get(q.id) ?? '').trim() }));
  const problems = answers
    .map((a, i) => ({ questionId: a.questionId, problem: answerProblem(options.section.questions[i]!, a.value) }))
    .filter((p): p is { questionId: string; problem: AnswerProblem } => p.problem !== undefined);
  const blocking = problems.filter((p) => p.problem !== 'required');
  if (blocking.length > 0) return { kind: 'invalid', problems: blocking };
  return db.transaction(async (tx) => {
    const draft = await lockDraft(tx, options.applicationId, options.now);
    if (draft.kind !== 'ok') return draft;
    if (draft.call.id !== options.section.callId) return { kind: 'notFound' };
    await saveAnswers(tx, draft.application.id, answers);
    await updateApplicationRow(tx, draft.application.id, {});
    return { kind: 'saved', complete: problems.length === 0 };
  });
}
