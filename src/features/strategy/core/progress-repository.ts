import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../platform/db/client.ts';

/** How far each step has come, counted in one query, for the task list and the review step. */
export interface StrategyProgress {
  questions: number;
  answers: number;
  goals: number;
  fields: number;
  measures: number;
  actors: number;
  participation: number;
  openComments: number;
  hasVision: boolean;
  published: boolean;
}

export async function readProgress(db: Executor, strategyId: string | undefined): Promise<StrategyProgress> {
  const [row] = await queryRows<Record<keyof StrategyProgress, number | boolean>>(
    db,
    sql`select
      (select count(*)::int from strategy_questions q join strategy_dimensions d on d.id = q.dimension_id
        where q.archived_at is null and d.archived_at is null) as questions,
      (select count(*)::int from strategy_answers a join strategy_questions q on q.id = a.question_id
        join strategy_dimensions d on d.id = q.dimension_id
        where a.strategy_id = ${strategyId ?? null} and q.archived_at is null and d.archived_at is null) as answers,
      (select count(*)::int from strategy_goals where strategy_id = ${strategyId ?? null}) as goals,
      coalesce((select cardinality(fields_of_action) from strategies where id = ${strategyId ?? null}), 0) as fields,
      (select count(*)::int from strategy_measures where strategy_id = ${strategyId ?? null}) as measures,
      (select count(*)::int from strategy_actors where strategy_id = ${strategyId ?? null}) as actors,
      (select count(*)::int from strategy_participation where strategy_id = ${strategyId ?? null}) as participation,
      (select count(*)::int from strategy_comments where strategy_id = ${strategyId ?? null} and resolved_at is null) as "openComments",
      coalesce((select vision <> '' from strategies where id = ${strategyId ?? null}), false) as "hasVision",
      coalesce((select status = 'published' from strategies where id = ${strategyId ?? null}), false) as published`,
  );
  return row as unknown as StrategyProgress;
}
