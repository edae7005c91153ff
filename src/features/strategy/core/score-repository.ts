import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../platform/db/client.ts';
import { dimensionScore } from './scores.ts';

/** An active dimension with how far a strategy has answered it. */
export interface DimensionScore {
  dimension: { id: string; slug: string; name: string; knowledgeTags: string[] };
  /** the active questions answered, and all active questions */
  answered: number;
  questions: number;
  /** 0–100, null when nothing is answered */
  score: number | null;
}

type AnswerRow = {
  dimensionId: string;
  level: number;
  levels: number;
};

/**
 * Every active dimension, in the editors' order, with the strategy's score in it (see
 * core/scores.ts); archived dimensions and questions do not count. Without a strategy (nothing
 * saved yet) every dimension is unanswered. The dashboard picks the weakest dimensions from it
 * and recommends knowledge items by their knowledgeTags.
 */
export async function dimensionScores(db: Executor, strategyId: string | undefined): Promise<DimensionScore[]> {
  const dimensions = await queryRows<{ id: string; slug: string; name: string; knowledgeTags: string[]; questions: number }>(
    db,
    sql`select d.id, d.slug, d.name, d.knowledge_tags as "knowledgeTags",
        (select count(*)::int from strategy_questions q where q.dimension_id = d.id and q.archived_at is null) as questions
      from strategy_dimensions d where d.archived_at is null order by d.position, d.name`,
  );
  const answers = strategyId
    ? await queryRows<AnswerRow>(
        db,
        sql`select q.dimension_id as "dimensionId", a.level, cardinality(q.levels)::int as levels
          from strategy_answers a join strategy_questions q on q.id = a.question_id
          where a.strategy_id = ${strategyId} and q.archived_at is null and a.level <= cardinality(q.levels)`,
      )
    : [];
  return dimensions.map(({ questions, ...dimension }) => {
    const own = answers.filter((a) => a.dimensionId === dimension.id);
    return { dimension, answered: own.length, questions, score: dimensionScore(own) };
  });
}

/**
 * Per active dimension, the score of every strategy of the given organisations that answered
 * at least one of its active questions; the caller averages them above the threshold and never
 * shows one alone.
 */
export async function scoresOfStrategies(db: Executor, organisationIds: readonly string[]): Promise<Map<string, number[]>> {
  const byDimension = new Map<string, number[]>();
  if (organisationIds.length === 0) return byDimension;
  const rows = await queryRows<AnswerRow & { strategyId: string }>(
    db,
    sql`select a.strategy_id as "strategyId", q.dimension_id as "dimensionId", a.level, cardinality(q.levels)::int as levels
      from strategy_answers a
      join strategies s on s.id = a.strategy_id
      join strategy_questions q on q.id = a.question_id
      join strategy_dimensions d on d.id = q.dimension_id
      where s.organisation_id in (${sql.join(
        organisationIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})
        and q.archived_at is null and d.archived_at is null and a.level <= cardinality(q.levels)
      order by a.strategy_id`,
  );
  const perStrategy = new Map<string, AnswerRow[]>();
  for (const row of rows) {
    const key = `${row.dimensionId} ${row.strategyId}`;
    perStrategy.set(key, [...(perStrategy.get(key) ?? []), row]);
  }
  for (const [key, answers] of perStrategy) {
    const dimensionId = key.split(' ')[0]!;
    byDimension.set(dimensionId, [...(byDimension.get(dimensionId) ?? []), dimensionScore(answers)!]);
  }
  return byDimension;
}
