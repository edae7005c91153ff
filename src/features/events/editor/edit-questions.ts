import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Database, Executor } from '../../../platform/db/client.ts';
import { notFound } from '../../../platform/http/errors.ts';
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

export type Direction = 'hoch' | 'runter';

/**
 * The new positions (1, 2, 3 …) after moving one entry a step up or down. Numbering from
 * scratch also repairs gaps and ties left by deletions or copies.
 */
export function reorder<T extends { id: string }>(list: T[], id: string, direction: Direction): Map<string, number> {
  const ids = list.map((e) => e.id);
  const from = ids.indexOf(id);
  const to = direction === 'hoch' ? from - 1 : from + 1;
  if (from >= 0 && to >= 0 && to < ids.length) [ids[from], ids[to]] = [ids[to]!, ids[from]!];
  return new Map(ids.map((entry, i) => [entry, i + 1]));
}

function found<T extends { id: string }>(list: T[], id: string): T {
  const entry = list.find((e) => e.id === id);
  if (!entry) throw notFound();
  return entry;
}

function nextPosition(list: { position: number }[]): number {
  return list.reduce((max, e) => Math.max(max, e.position), 0) + 1;
}

function questionSnapshot(q: Pick<QuestionRow, 'label' | 'hint' | 'kind' | 'options' | 'required'>) {
  return { label: q.label, hint: q.hint, kind: q.kind, options: q.options, required: q.required };
}

// ---- registration questions ---------------------------------------------------------------

/** Runs in the caller's transaction (the once-per-submission one). */
export async function addQuestion(tx: Executor, actor: CurrentUser, eventId: string, input: QuestionInput): Promise<QuestionRow> {
  await lockEventForEditing(tx, eventId);
  const question = await insertQuestion(tx, { eventId, position: nextPosition(await listQuestionRows(tx, eventId)), ...input });
  await touchEvent(tx, eventId);
  await recordAudit(tx, actor, 'event.question.add', { type: 'event', id: eventId }, null, { questionId: question.id, ...questionSnapshot(question) });
  return question;
}

export async function updateQuestion(db: Database, actor: CurrentUser, eventId: string, questionId: string, input: QuestionInput): Promise<void> {
  await db.transaction(async (tx) => {
    await lockEventForEditing(tx, eventId);
    const before = found(await listQuestionRows(tx, eventId), questionId);
    await updateQuestionRow(tx, questionId, input);
    await touchEvent(tx, eventId);
    await recordAudit(tx, actor, 'event.question.update', { type: 'event', id: eventId }, { questionId, ...questionSnapshot(before) }, { questionId, ...questionSnapshot(input) });
  });
}

export async function deleteQuestion(db: Database, actor: CurrentUser, eventId: string, questionId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await lockEventForEditing(tx, eventId);
    const before = found(await listQuestionRows(tx, eventId), questionId);
    await deleteQuestionRow(tx, questionId);
    await touchEvent(tx, eventId);
    await recordAudit(tx, actor, 'event.question.delete', { type: 'event', id: eventId }, { questionId, ...questionSnapshot(before) }, null);
  });
}

export async function moveQuestion(db: Database, actor: CurrentUser, eventId: string, questionId: string, direction: Direction): Promise<void> {
  await db.transaction(async (tx) => {
    await lockEventForEditing(tx, eventId);
    const list = await listQuestionRows(tx, eventId);
    const before = found(list, questionId).position;
    const positions = reorder(list, questionId, direction);
    for (const q of list) if (positions.get(q.id) !== q.position) await updateQuestionRow(tx, q.id, { position: positions.get(q.id)! });
    await recordAudit(tx, actor, 'event.question.move', { type: 'event', id: eventId }, { questionId, position: before }, { questionId, position: positions.get(questionId) });
  });
}

// ---- World Café questions -----------------------------------------------------------------

/** Runs in the caller's transaction (the once-per-submission one). */
export async function addWorldCafeQuestion(tx: Executor, actor: CurrentUser, eventId: string, question: string): Promise<WorldCafeQuestionRow> {
  await lockEventForEditing(tx, eventId);
  const row = await insertWorldCafeQuestion(tx, { eventId, position: nextPosition(await listWorldCafeRows(tx, eventId)), question });
  await touchEvent(tx, eventId);
  await recordAudit(tx, actor, 'event.world_cafe.add', { type: 'event', id: eventId }, null, { questionId: row.id, question });
  return row;
}

export async function updateWorldCafeQuestion(db: Database, actor: CurrentUser, eventId: string, questionId: string, question: string): Promise<void> {
  await db.transaction(async (tx) => {
    await lockEventForEditing(tx, eventId);
    const before = found(await listWorldCafeRows(tx, eventId), questionId);
    await updateWorldCafeRow(tx, questionId, { question });
    await touchEvent(tx, eventId);
    await recordAudit(tx, actor, 'event.world_cafe.update', { type: 'event', id: eventId }, { questionId, question: before.question }, { questionId, question });
  });
}

/** Deletes the question with its result and contributions (on delete cascade). */
export async function deleteWorldCafeQuestion(db: Database, actor: CurrentUser, eventId: string, questionId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await lockEventForEditing(tx, eventId);
    const before = found(await listWorldCafeRows(tx, eventId), questionId);
    await deleteWorldCafeRow(tx, questionId);
    await touchEvent(tx, eventId);
    await recordAudit(tx, actor, 'event.world_cafe.delete', { type: 'event', id: eventId }, { questionId, question: before.question, result: before.result }, null);
  });
}

export async function moveWorldCafeQuestion(db: Database, actor: CurrentUser, eventId: string, questionId: string, direction: Direction): Promise<void> {
  await db.transaction(async (tx) => {
    await lockEventForEditing(tx, eventId);
    const list = await listWorldCafeRows(tx, eventId);
    const before = found(list, questionId).position;
    const positions = reorder(list, questionId, direction);
    for (const q of list) if (positions.get(q.id) !== q.position) await updateWorldCafeRow(tx, q.id, { position: positions.get(q.id)! });
    await recordAudit(tx, actor, 'event.world_cafe.move', { type: 'event', id: eventId }, { questionId, position: before }, { questionId, position: positions.get(questionId) });
  });
}
