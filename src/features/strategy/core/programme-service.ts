import type { Executor } from '../../../platform/db/client.ts';
import { listStrategiesWithMeasureTimes } from './programme-repository.ts';

/**
 * For the programme dashboard: how far each organisation's strategy has come, with the day of
 * each stage. A strategy exists from its managers' first save (lockOrCreateStrategy), so its
 * creation is the day the work began; the first measure is the day it began to plan; a
 * withdrawn publication is no publication.
 */
export interface StrategyStages {
  organisationId: string;
  startedAt: Date;
  firstMeasureAt: Date | undefined;
  publishedAt: Date | undefined;
}

export async function listStrategyStages(db: Executor): Promise<StrategyStages[]> {
  const byOrganisation = new Map<string, StrategyStages>();
  for (const row of await listStrategiesWithMeasureTimes(db)) {
    const stages = byOrganisation.get(row.organisationId) ?? {
      organisationId: row.organisationId,
      startedAt: row.createdAt,
      firstMeasureAt: undefined,
      publishedAt: row.status === 'published' ? (row.publishedAt ?? row.createdAt) : undefined,
    };
    if (row.measureCreatedAt && (!stages.firstMeasureAt || row.measureCreatedAt < stages.firstMeasureAt)) stages.firstMeasureAt = row.measureCreatedAt;
    byOrganisation.set(row.organisationId, stages);
  }
  return [...byOrganisation.values()];
}
