import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor, Tx } from '../../../platform/db/client.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { reorder, type Direction } from '../../../platform/editor/move.ts';
import { lockEventForEditing, touchEvent } from './edit-event.ts';
import {
  deleteQuestionRow,
  deleteWorldCafeRow,
  insertQuestion,
  insertWorldCafeQuestion,
  listQuestionRows,
  listWorldCafeRows,
  updateQuestionRow,
  updateWorldCafeRow,
  type QuestionRow,
  type WorldCafeQuestionRow,
} from '../core/event-repository.ts';
import type { QuestionInput } from '../core/schema.ts';

/**
 * Locks the event, finds the entry in its list and runs the change in the same transaction;
 * notFound when the event or the entry is not (or no longer) there.
 */
async function changeEntry<T extends { id: string }, R extends string>(
  deps: Pick<AppDeps, 'db'>,
  target: { eventId: string; questionId: string },
  load: (tx: Executor, eventId: string) => Promise<T[]>,
  change: (tx: Tx, entry: T, list: T[]) => Promise<R>,
): Promise<R | 'notFound'> {
  return deps.db.transaction(async (tx) => {
    if (!(await lockEventForEditing(tx, target.eventId))) return 'notFound';
    const list = await load(tx, target.eventId);
    const entry = list.find((e) => e.id === target.questionId);
    return entry ? change(tx, entry, list) : 'notFound';
  });
}

interface EntryOptions {
  actor: CurrentUser;
  eventId: string;
  questionId: string;
}

export interface AddQuestionOptions {
  actor: CurrentUser;
  eventId: string;
  input: QuestionInput;
}

export interface UpdateQuestionOptions extends EntryOptions {
  input: QuestionInput;
}

export type DeleteQuestionOptions = EntryOptions;

export interface MoveQuestionOptions extends EntryOptions {
  direction: Direction;
}

export interface AddWorldCafeQuestionOptions {
  actor: CurrentUser;
  eventId: string;
  question: string;
}

export interface UpdateWorldCafeQuestionOptions extends EntryOptions {
  question: string;
}

function nextPosition(list: { position: number }[]): number {
  return list.reduce((max, e) => Math.max(max, e.position), 0) + 1;
}

function questionSnapshot(q: Pick<QuestionRow, 'label' | 'hint' | 'kind' | 'options' | 'required'>) {
  return { label: q.label, hint: q.hint, kind: q.kind, options: q.options, required: q.required };
}

// ---- registration questions ---------------------------------------------------------------

/** Runs in the caller's transaction (the once-per-submission one). */
export async function addQuestion(tx: Executor, options: AddQuestionOptions): Promise<{ kind: 'added'; question: QuestionRow } | { kind: 'notFound' }> {
  const { actor, eventId, input } = options;
  if (!(await lockEventForEditing(tx, eventId))) return { kind: 'notFound' };
  const question = await insertQuestion(tx, { eventId, position: nextPosition(await listQuestionRows(tx, eventId)), ...input });
  await touchEvent(tx, eventId);
  await recordAudit(tx, actor, 'event.question.add', { type: 'event', id: eventId }, null, { questionId: question.id, ...questionSnapshot(question) });
  return { kind: 'added', question };
}

export async function updateQuestion(deps: Pick<AppDeps, 'db'>, options: UpdateQuestionOptions): Promise<'saved' | 'notFound'> {
  const { actor, eventId, questionId, input } = options;
  return changeEntry(deps, options, listQuestionRows, async (tx, before) => {
    await updateQuestionRow(tx, questionId, input);
    await touchEvent(tx, eventId);
    await recordAudit(
      tx,
      actor,
      'event.question.update',
      { type: 'event', id: eventId },
      { questionId, ...questionSnapshot(before) },
      { questionId, ...questionSnapshot(input) },
    );
    return 'saved';
  });
}

export async function deleteQuestion(deps: Pick<AppDeps, 'db'>, options: DeleteQuestionOptions): Promise<'deleted' | 'notFound'> {
  const { actor, eventId, questionId } = options;
  return changeEntry(deps, options, listQuestionRows, async (tx, before) => {
    await deleteQuestionRow(tx, questionId);
    await touchEvent(tx, eventId);
    await recordAudit(tx, actor, 'event.question.delete', { type: 'event', id: eventId }, { questionId, ...questionSnapshot(before) }, null);
    return 'deleted';
  });
}

export async function moveQuestion(deps: Pick<AppDeps, 'db'>, options: MoveQuestionOptions): Promise<'moved' | 'notFound'> {
  const { actor, eventId, questionId, direction } = options;
  return changeEntry(deps, options, listQuestionRows, async (tx, entry, list) => {
    const positions = reorder(list, questionId, direction);
    for (const q of list) if (positions.get(q.id) !== q.position) await updateQuestionRow(tx, q.id, { position: positions.get(q.id)! });
    await recordAudit(
      tx,
      actor,
      'event.question.move',
      { type: 'event', id: eventId },
      { questionId, position: entry.position },
      { questionId, position: positions.get(questionId) },
    );
    return 'moved';
  });
}

// ---- World Café questions -----------------------------------------------------------------

/** Runs in the caller's transaction (the once-per-submission one). */
export async function addWorldCafeQuestion(
  tx: Executor,
  options: AddWorldCafeQuestionOptions,
): Promise<{ kind: 'added'; question: WorldCafeQuestionRow } | { kind: 'notFound' }> {
  const { actor, eventId, question } = options;
  if (!(await lockEventForEditing(tx, eventId))) return { kind: 'notFound' };
  const row = await insertWorldCafeQuestion(tx, { eventId, position: nextPosition(await listWorldCafeRows(tx, eventId)), question });
  await touchEvent(tx, eventId);
  await recordAudit(tx, actor, 'event.world_cafe.add', { type: 'event', id: eventId }, null, { questionId: row.id, question });
  return { kind: 'added', question: row };
}

export async function updateWorldCafeQuestion(deps: Pick<AppDeps, 'db'>, options: UpdateWorldCafeQuestionOptions): Promise<'saved' | 'notFound'> {
  const { actor, eventId, questionId, question } = options;
  return changeEntry(deps, options, listWorldCafeRows, async (tx, before) => {
    await updateWorldCafeRow(tx, questionId, { question });
    await touchEvent(tx, eventId);
    await recordAudit(
      tx,
      actor,
      'event.world_cafe.update',
      { type: 'event', id: eventId },
      { questionId, question: before.question },
      { questionId, question },
    );
    return 'saved';
  });
}

/** Deletes the question with its result and contributions (on delete cascade). */
export async function deleteWorldCafeQuestion(deps: Pick<AppDeps, 'db'>, options: DeleteQuestionOptions): Promise<'deleted' | 'notFound'> {
  const { actor, eventId, questionId } = options;
  return changeEntry(deps, options, listWorldCafeRows, async (tx, before) => {
    await deleteWorldCafeRow(tx, questionId);
    await touchEvent(tx, eventId);
    await recordAudit(
      tx,
      actor,
      'event.world_cafe.delete',
      { type: 'event', id: eventId },
      { questionId, question: before.question, result: before.result },
      null,
    );
    return 'deleted';
  });
}

export async function moveWorldCafeQuestion(deps: Pick<AppDeps, 'db'>, options: MoveQuestionOptions): Promise<'moved' | 'notFound'> {
  const { actor, eventId, questionId, direction } = options;
  return changeEntry(deps, options, listWorldCafeRows, async (tx, entry, list) => {
    const positions = reorder(list, questionId, direction);
    for (const q of list) if (positions.get(q.id) !== q.position) await updateWorldCafeRow(tx, q.id, { position: positions.get(q.id)! });
    await recordAudit(
      tx,
      actor,
      'event.world_cafe.move',
      { type: 'event', id: eventId },
      { questionId, position: entry.position },
      { questionId, position: positions.get(questionId) },
    );
    return 'moved';
  });
}
