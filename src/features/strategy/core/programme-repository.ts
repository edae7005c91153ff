import { eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { strategies, strategyMeasures, type StrategyStatus } from './tables.ts';

/** Every strategy with the creation time of each of its measures (one row per measure, one for a strategy without). */
export async function listStrategiesWithMeasureTimes(
  db: Executor,
): Promise<{ organisationId: string; status: StrategyStatus; createdAt: Date; publishedAt: Date | null; measureCreatedAt: Date | null }[]> {
  return db
    .select({
      organisationId: strategies.organisationId,
      status: strategies.status,
      createdAt: strategies.createdAt,
      publishedAt: strategies.publishedAt,
      measureCreatedAt: strategyMeasures.createdAt,
    })
    .from(strategies)
    .leftJoin(strategyMeasures, eq(strategyMeasures.strategyId, strategies.id));
}
