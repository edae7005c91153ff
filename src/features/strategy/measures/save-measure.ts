import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { lockOrCreateStrategy, touchStrategy } from '../core/repository.ts';
import { measureSnapshot, measureSubject } from './measure-audit.ts';
import { insertMeasure, lockMeasure, replaceLinks, updateMeasureRow, type MeasureRow, type MeasureValues } from './repository.ts';
import { projectOf } from './rules.ts';
import type { MeasureInput } from './schema.ts';

function valuesOf(input: MeasureInput): MeasureValues {
  return {
    title: input.title,
    goal: input.goal,
    citizenBenefit: input.citizenBenefit,
    leadUnit: input.leadUnit,
    partners: input.partners,
    fundingSource: input.fundingSource,
    fundedProjectId: projectOf(input),
    fundingNote: input.fundingNote,
    priority: input.priority,
    startsOn: input.startsOn ?? null,
    endsOn: input.endsOn ?? null,
    indicator: input.indicator,
    baselineValue: input.baselineValue ?? null,
    targetValue: input.targetValue ?? null,
    unit: input.unit,
    status: input.status,
    fieldsOfAction: input.fieldsOfAction,
  };
}

/**
 * Adds a measure to the organisation's strategy, making the strategy on its first save, in the
 * caller's (once-per-submission) transaction: the measure, its links and the audit entry together.
 */
export async function createMeasure(tx: Executor, options: { actor: CurrentUser; organisationId: string; input: MeasureInput }): Promise<MeasureRow> {
  const strategy = await lockOrCreateStrategy(tx, options.organisationId);
  const measure = await insertMeasure(tx, strategy.id, valuesOf(options.input));
  await replaceLinks(tx, measure.id, options.input.solutionIds, options.input.knowledgeIds);
  await touchStrategy(tx, strategy.id);
  await recordAudit(tx, options.actor, 'strategy.measure.create', measureSubject(measure.id), null, measureSnapshot(measure));
  return measure;
}

/** Saves a measure's fact sheet; 'notFound' when it was deleted meanwhile or is not this strategy's. */
export async function updateMeasure(
  tx: Executor,
  options: { actor: CurrentUser; organisationId: string; measureId: string; input: MeasureInput },
): Promise<MeasureRow | 'notFound'> {
  const strategy = await lockOrCreateStrategy(tx, options.organisationId);
  const before = await lockMeasure(tx, strategy.id, options.measureId);
  if (!before) return 'notFound';
  const after = await updateMeasureRow(tx, before.id, valuesOf(options.input));
  await replaceLinks(tx, after.id, options.input.solutionIds, options.input.knowledgeIds);
  await touchStrategy(tx, strategy.id);
  await recordAudit(tx, options.actor, 'strategy.measure.update', measureSubject(after.id), measureSnapshot(before), measureSnapshot(after));
  return after;
}
