import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { moveEntry, type Direction } from '../../../platform/editor/move.ts';
import { deleteQuestionRow, insertQuestion, listSectionQuestions, updateQuestionRow, type QuestionRow, type QuestionValues } from '../core/form-repository.ts';
import { lockSection, nextPosition } from './locks.ts';
import { questionShapeChanged } from './rules.ts';
import type { QuestionInput } from './schema.ts';

interface QuestionTarget {
  actor: CurrentUser;
  sectionId: string;
  questionId: string;
}

/** What a change of a question works with: its call, the section's questions, and whether the form is locked. */
interface Found {
  callId: string;
  question: QuestionRow;
  questions: QuestionRow[];
  locked: boolean;
}

const subject = (callId: string) => ({ type: 'competition_call', id: callId });

function snapshot(sectionId: string, questionId: string, q: QuestionValues) {
  return { sectionId, questionId, kind: q.kind, label: q.label, help: q.help, required: q.required, maxLength: q.maxLength, options: q.options };
}

/**
 * Locks the section's call, finds the question among the section's questions and runs the
 * change in the same transaction; notFound when the section or the question is not (or no
 * longer) there.
 */
async function changeQuestion<R extends string>(
  deps: Pick<AppDeps, 'db'>,
  target: QuestionTarget,
  change: (tx: Executor, found: Found) => Promise<R>,
): Promise<R | 'notFound'> {
  return deps.db.transaction(async (tx) => {
    const form = await lockSection(tx, target.sectionId);
    if (!form) return 'notFound';
    const questions = await listSectionQuestions(tx, target.sectionId);
    const question = questions.find((q) => q.id === target.questionId);
    return question ? change(tx, { callId: form.call.id, question, questions, locked: form.locked }) : 'notFound';
  });
}

/** Adds a question at the end of the section. Runs in the caller's transaction (the once-per-submission one). */
export async function addQuestion(
  tx: Executor,
  options: { actor: CurrentUser; sectionId: string; input: QuestionInput },
): Promise<{ kind: 'added'; question: QuestionRow } | { kind: 'notFound' } | { kind: 'locked' }> {
  const { actor, sectionId, input } = options;
  const form = await lockSection(tx, sectionId);
  if (!form) return { kind: 'notFound' };
  if (form.locked) return { kind: 'locked' };
  const question = await insertQuestion(tx, { sectionId, position: nextPosition(await listSectionQuestions(tx, sectionId)), ...input });
  await recordAudit(tx, actor, 'competition.form.question.add', subject(form.call.id), null, snapshot(sectionId, question.id, question));
  return { kind: 'added', question };
}

/**
 * Saves a question. Once an application has left the draft, only its wording and help text
 * may change: what its answers were checked against stays.
 */
export async function updateQuestion(deps: Pick<AppDeps, 'db'>, options: QuestionTarget & { input: QuestionInput }): Promise<'saved' | 'notFound' | 'locked'> {
  const { actor, sectionId, questionId, input } = options;
  return changeQuestion(deps, options, async (tx, { callId, question: before, locked }) => {
    if (locked && questionShapeChanged(before, input)) return 'locked';
    await updateQuestionRow(tx, questionId, input);
    await recordAudit(
      tx,
      actor,
      'competition.form.question.update',
      subject(callId),
      snapshot(sectionId, questionId, before),
      snapshot(sectionId, questionId, input),
    );
    return 'saved';
  });
}

/** Deletes a question with the answers drafts gave to it, unless an application has left the draft. */
export async function deleteQuestion(deps: Pick<AppDeps, 'db'>, options: QuestionTarget): Promise<'deleted' | 'notFound' | 'locked'> {
  const { actor, sectionId, questionId } = options;
  return changeQuestion(deps, options, async (tx, { callId, question, locked }) => {
    if (locked) return 'locked';
    await deleteQuestionRow(tx, questionId);
    await recordAudit(tx, actor, 'competition.form.question.delete', subject(callId), snapshot(sectionId, questionId, question), null);
    return 'deleted';
  });
}

/** Moves a question a step up or down in its section, unless an application has left the draft. */
export async function moveQuestion(deps: Pick<AppDeps, 'db'>, options: QuestionTarget & { direction: Direction }): Promise<'moved' | 'notFound' | 'locked'> {
  const { actor, sectionId, questionId, direction } = options;
  return changeQuestion(deps, options, async (tx, { callId, question, questions, locked }) => {
    if (locked) return 'locked';
    const moved = await moveEntry(questions, questionId, direction, (id, position) => updateQuestionRow(tx, id, { position }));
    await recordAudit(
      tx,
      actor,
      'competition.form.question.move',
      subject(callId),
      { sectionId, questionId, position: question.position },
      { sectionId, questionId, position: moved?.after },
    );
    return 'moved';
  });
}
