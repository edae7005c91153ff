import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { strategies, strategyAnswers, strategyComments, strategyMeasureUpdates, strategyMeasures, strategyQuestions } from './core/tables.ts';

/*
 * What the workbench holds of one person, for the data export (Art. 15/20 DSGVO) and for the
 * deletion of the account. The user row stays (anonymised) when an account is deleted, so the
 * foreign keys' "set null" never fires: the deletion does its work here.
 */

export async function listAnswersBy(db: Executor, userId: string) {
  return db
    .select({
      organisationId: strategies.organisationId,
      question: strategyQuestions.text,
      level: strategyAnswers.level,
      answeredAt: strategyAnswers.answeredAt,
    })
    .from(strategyAnswers)
    .innerJoin(strategies, eq(strategies.id, strategyAnswers.strategyId))
    .innerJoin(strategyQuestions, eq(strategyQuestions.id, strategyAnswers.questionId))
    .where(eq(strategyAnswers.answeredBy, userId))
    .orderBy(asc(strategyAnswers.answeredAt));
}

export async function listCommentsBy(db: Executor, userId: string) {
  return db
    .select({
      organisationId: strategies.organisationId,
      step: strategyComments.step,
      body: strategyComments.body,
      createdAt: strategyComments.createdAt,
      resolvedAt: strategyComments.resolvedAt,
    })
    .from(strategyComments)
    .innerJoin(strategies, eq(strategies.id, strategyComments.strategyId))
    .where(eq(strategyComments.authorId, userId))
    .orderBy(asc(strategyComments.createdAt));
}

/** Comments of others that the person marked as resolved. */
export async function listCommentsResolvedBy(db: Executor, userId: string) {
  return db
    .select({ organisationId: strategies.organisationId, step: strategyComments.step, resolvedAt: strategyComments.resolvedAt })
    .from(strategyComments)
    .innerJoin(strategies, eq(strategies.id, strategyComments.strategyId))
    .where(eq(strategyComments.resolvedBy, userId))
    .orderBy(asc(strategyComments.resolvedAt));
}

export async function listUpdatesBy(db: Executor, userId: string) {
  return db
    .select({
      organisationId: strategies.organisationId,
      measure: strategyMeasures.title,
      status: strategyMeasureUpdates.status,
      value: strategyMeasureUpdates.value,
      note: strategyMeasureUpdates.note,
      createdAt: strategyMeasureUpdates.createdAt,
    })
    .from(strategyMeasureUpdates)
    .innerJoin(strategyMeasures, eq(strategyMeasures.id, strategyMeasureUpdates.measureId))
    .innerJoin(strategies, eq(strategies.id, strategyMeasures.strategyId))
    .where(eq(strategyMeasureUpdates.authorId, userId))
    .orderBy(asc(strategyMeasureUpdates.createdAt));
}

export async function deleteCommentsBy(tx: Executor, userId: string): Promise<void> {
  await tx.delete(strategyComments).where(eq(strategyComments.authorId, userId));
}

/** Answers, progress updates and resolutions stay with the organisation's strategy, without the person. */
export async function unlinkPersonFromStrategies(tx: Executor, userId: string): Promise<void> {
  await tx.update(strategyAnswers).set({ answeredBy: null }).where(eq(strategyAnswers.answeredBy, userId));
  await tx.update(strategyMeasureUpdates).set({ authorId: null }).where(eq(strategyMeasureUpdates.authorId, userId));
  await tx.update(strategyComments).set({ resolvedBy: null }).where(eq(strategyComments.resolvedBy, userId));
}
