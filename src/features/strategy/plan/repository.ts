import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { users } from '../../../platform/db/tables.ts';
import { strategies, strategyActors, strategyComments, strategyGoals, strategyParticipation, type StrategyStep } from '../core/tables.ts';

/*
 * The plan's rows: goals, actors, participation formats and comments. Every lookup of a single
 * row names its strategy too, so that an id of another organisation's strategy finds nothing.
 */

export type GoalRow = typeof strategyGoals.$inferSelect;
export type ActorRow = typeof strategyActors.$inferSelect;
export type ParticipationRow = typeof strategyParticipation.$inferSelect;
export type CommentRow = typeof strategyComments.$inferSelect;

export interface CommentWithAuthor extends CommentRow {
  authorName: string | null;
}

export async function listGoals(db: Executor, strategyId: string): Promise<GoalRow[]> {
  return db.select().from(strategyGoals).where(eq(strategyGoals.strategyId, strategyId)).orderBy(asc(strategyGoals.position), asc(strategyGoals.title));
}

export async function findGoal(db: Executor, strategyId: string, id: string): Promise<GoalRow | undefined> {
  const [row] = await db
    .select()
    .from(strategyGoals)
    .where(and(eq(strategyGoals.strategyId, strategyId), eq(strategyGoals.id, id)));
  return row;
}

export async function insertGoal(tx: Executor, values: Pick<GoalRow, 'strategyId' | 'title' | 'description'>): Promise<GoalRow> {
  const [row] = await tx
    .insert(strategyGoals)
    .values({ ...values, position: sql`(select coalesce(max(position), 0) + 1 from strategy_goals where strategy_id = ${values.strategyId})` })
    .returning();
  return row!;
}

export async function updateGoal(tx: Executor, id: string, patch: Pick<GoalRow, 'title' | 'description'>): Promise<GoalRow> {
  const [row] = await tx.update(strategyGoals).set(patch).where(eq(strategyGoals.id, id)).returning();
  return row!;
}

export async function setGoalPosition(tx: Executor, id: string, position: number): Promise<void> {
  await tx.update(strategyGoals).set({ position }).where(eq(strategyGoals.id, id));
}

export async function deleteGoal(tx: Executor, id: string): Promise<void> {
  await tx.delete(strategyGoals).where(eq(strategyGoals.id, id));
}

export async function listActors(db: Executor, strategyId: string): Promise<ActorRow[]> {
  return db.select().from(strategyActors).where(eq(strategyActors.strategyId, strategyId)).orderBy(asc(strategyActors.position), asc(strategyActors.name));
}

export async function findActor(db: Executor, strategyId: string, id: string): Promise<ActorRow | undefined> {
  const [row] = await db
    .select()
    .from(strategyActors)
    .where(and(eq(strategyActors.strategyId, strategyId), eq(strategyActors.id, id)));
  return row;
}

export async function insertActor(tx: Executor, values: Pick<ActorRow, 'strategyId' | 'name' | 'involvement'>): Promise<ActorRow> {
  const [row] = await tx
    .insert(strategyActors)
    .values({ ...values, position: sql`(select coalesce(max(position), 0) + 1 from strategy_actors where strategy_id = ${values.strategyId})` })
    .returning();
  return row!;
}

export async function updateActor(tx: Executor, id: string, patch: Pick<ActorRow, 'name' | 'involvement'>): Promise<ActorRow> {
  const [row] = await tx.update(strategyActors).set(patch).where(eq(strategyActors.id, id)).returning();
  return row!;
}

export async function setActorPosition(tx: Executor, id: string, position: number): Promise<void> {
  await tx.update(strategyActors).set({ position }).where(eq(strategyActors.id, id));
}

export async function deleteActor(tx: Executor, id: string): Promise<void> {
  await tx.delete(strategyActors).where(eq(strategyActors.id, id));
}

/** Formats by date, those without a date last, in the order they were added. */
export async function listParticipation(db: Executor, strategyId: string): Promise<ParticipationRow[]> {
  return db
    .select()
    .from(strategyParticipation)
    .where(eq(strategyParticipation.strategyId, strategyId))
    .orderBy(sql`${strategyParticipation.startsAt} asc nulls last`, asc(strategyParticipation.position));
}

export async function findParticipation(db: Executor, strategyId: string, id: string): Promise<ParticipationRow | undefined> {
  const [row] = await db
    .select()
    .from(strategyParticipation)
    .where(and(eq(strategyParticipation.strategyId, strategyId), eq(strategyParticipation.id, id)));
  return row;
}

export async function insertParticipation(
  tx: Executor,
  values: Pick<ParticipationRow, 'strategyId' | 'format' | 'description' | 'startsAt'>,
): Promise<ParticipationRow> {
  const [row] = await tx
    .insert(strategyParticipation)
    .values({ ...values, position: sql`(select coalesce(max(position), 0) + 1 from strategy_participation where strategy_id = ${values.strategyId})` })
    .returning();
  return row!;
}

export async function updateParticipation(
  tx: Executor,
  id: string,
  patch: Partial<Pick<ParticipationRow, 'format' | 'description' | 'startsAt' | 'eventId'>>,
): Promise<ParticipationRow> {
  const [row] = await tx.update(strategyParticipation).set(patch).where(eq(strategyParticipation.id, id)).returning();
  return row!;
}

export async function deleteParticipation(tx: Executor, id: string): Promise<void> {
  await tx.delete(strategyParticipation).where(eq(strategyParticipation.id, id));
}

/** A step's comments, open ones first, each with its author's name (null once the account is gone). */
export async function listComments(db: Executor, strategyId: string, step: StrategyStep): Promise<CommentWithAuthor[]> {
  return db
    .select({
      id: strategyComments.id,
      strategyId: strategyComments.strategyId,
      step: strategyComments.step,
      authorId: strategyComments.authorId,
      body: strategyComments.body,
      createdAt: strategyComments.createdAt,
      resolvedAt: strategyComments.resolvedAt,
      resolvedBy: strategyComments.resolvedBy,
      authorName: users.displayName,
    })
    .from(strategyComments)
    .leftJoin(users, eq(users.id, strategyComments.authorId))
    .where(and(eq(strategyComments.strategyId, strategyId), eq(strategyComments.step, step)))
    .orderBy(sql`${strategyComments.resolvedAt} is not null`, desc(strategyComments.createdAt));
}

export async function insertComment(tx: Executor, values: Pick<CommentRow, 'strategyId' | 'step' | 'authorId' | 'body'>): Promise<CommentRow> {
  const [row] = await tx.insert(strategyComments).values(values).returning();
  return row!;
}

/** Marks an open comment of this strategy and step resolved; undefined when there is none such (or it was already). */
export async function markCommentResolved(
  tx: Executor,
  options: { strategyId: string; step: StrategyStep; id: string; userId: string },
): Promise<CommentRow | undefined> {
  const [row] = await tx
    .update(strategyComments)
    .set({ resolvedAt: new Date(), resolvedBy: options.userId })
    .where(
      and(
        eq(strategyComments.strategyId, options.strategyId),
        eq(strategyComments.step, options.step),
        eq(strategyComments.id, options.id),
        isNull(strategyComments.resolvedAt),
      ),
    )
    .returning();
  return row;
}

export async function findComment(db: Executor, strategyId: string, step: StrategyStep, id: string): Promise<CommentRow | undefined> {
  const [row] = await db
    .select()
    .from(strategyComments)
    .where(and(eq(strategyComments.strategyId, strategyId), eq(strategyComments.step, step), eq(strategyComments.id, id)));
  return row;
}

/** The published strategies, newest publication first, as organisation ids. */
export async function listPublishedStrategies(db: Executor): Promise<{ organisationId: string; publishedAt: Date | null }[]> {
  return db
    .select({ organisationId: strategies.organisationId, publishedAt: strategies.publishedAt })
    .from(strategies)
    .where(eq(strategies.status, 'published'))
    .orderBy(desc(strategies.publishedAt));
}

/** The strategies of these organisations, for the state shown beside each of a person's organisations. */
export async function listStrategiesOf(db: Executor, organisationIds: string[]): Promise<{ organisationId: string; status: string; updatedAt: Date }[]> {
  if (organisationIds.length === 0) return [];
  return db
    .select({ organisationId: strategies.organisationId, status: strategies.status, updatedAt: strategies.updatedAt })
    .from(strategies)
    .where(inArray(strategies.organisationId, organisationIds));
}
