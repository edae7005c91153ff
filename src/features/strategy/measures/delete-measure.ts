import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Database } from '../../../platform/db/client.ts';
import { lockOrCreateStrategy, touchStrategy } from '../core/repository.ts';
import { measureSnapshot, measureSubject } from './measure-audit.ts';
import { deleteMeasureRow, lockMeasure } from './repository.ts';

/** Deletes a measure with its links and progress reports (they cascade); 'notFound' when it is gone or not this strategy's. */
export async function deleteMeasure(db: Database, options: { actor: CurrentUser; organisationId: string; measureId: string }): Promise<'deleted' | 'notFound'> {
  return db.transaction(async (tx) => {
    const strategy = await lockOrCreateStrategy(tx, options.organisationId);
    const measure = await lockMeasure(tx, strategy.id, options.measureId);
    if (!measure) return 'notFound';
    await deleteMeasureRow(tx, measure.id);
    await touchStrategy(tx, strategy.id);
    await recordAudit(tx, options.actor, 'strategy.measure.delete', measureSubject(measure.id), measureSnapshot(measure), null);
    return 'deleted';
  });
}
