import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { dimensionSnapshot, dimensionSubject } from './dimension-audit.ts';
import { updateDimension, type DimensionRow } from './repository.ts';

/** Takes a dimension out of the questionnaire; its questions and the answers to them stay. */
export async function archiveDimension(tx: Executor, options: { actor: CurrentUser; dimension: DimensionRow }): Promise<'archived' | 'alreadyArchived'> {
  const { actor, dimension } = options;
  if (dimension.archivedAt) return 'alreadyArchived';
  const after = (await updateDimension(tx, dimension.id, { archivedAt: new Date() }))!;
  await recordAudit(tx, actor, 'strategy.dimension.archive', dimensionSubject(after.id), dimensionSnapshot(dimension), dimensionSnapshot(after));
  return 'archived';
}
