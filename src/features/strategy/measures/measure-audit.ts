import type { MeasureRow } from './repository.ts';

/** The audit log's subject for a measure. */
export const measureSubject = (id: string) => ({ type: 'strategy_measure', id });

/** What the audit log keeps of a measure: the fact sheet's facts, not its long texts. */
export function measureSnapshot(m: MeasureRow): Record<string, unknown> {
  return {
    title: m.title,
    status: m.status,
    priority: m.priority,
    fundingSource: m.fundingSource,
    fundedProjectId: m.fundedProjectId,
    startsOn: m.startsOn,
    endsOn: m.endsOn,
    targetValue: m.targetValue,
    fieldsOfAction: m.fieldsOfAction,
  };
}
