import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { lockOrCreateStrategy, touchStrategy } from '../core/repository.ts';
import { measureSubject } from './measure-audit.ts';
import { insertUpdate, lockMeasure, updateMeasureRow } from './repository.ts';
import type { UpdateInput } from './schema.ts';

/**
 * A progress report on a measure, in the caller's (once-per-submission) transaction: the report
 * joins the history and sets the measure's traffic light, together or not at all.
 */
export async function reportProgress(
  tx: Executor,
  options: { actor: CurrentUser; organisationId: string; measureId: string; input: UpdateInput },
): Promise<'reported' | 'notFound'> {
  const { actor, input } = options;
  const strategy = await lockOrCreateStrategy(tx, options.organisationId);
  const measure = await lockMeasure(tx, strategy.id, options.measureId);
  if (!measure) return 'notFound';
  await insertUpdate(tx, { measureId: measure.id, status: input.status, value: input.value ?? null, note: input.note, authorId: actor.id });
  await updateMeasureRow(tx, measure.id, { status: input.status });
  await touchStrategy(tx, strategy.id);
  await recordAudit(
    tx,
    actor,
    'strategy.measure.progress',
    measureSubject(measure.id),
    { status: measure.status },
    { status: input.status, value: input.value ?? null },
  );
  return 'reported';
}
