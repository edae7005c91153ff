import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { firstFreeSlug, slugify } from '../../../platform/text/slug.ts';
import { dimensionSnapshot, dimensionSubject } from './dimension-audit.ts';
import { findDimension, insertDimension, listDimensionSlugs, listDimensions, updateDimension, type DimensionRow } from './repository.ts';
import type { DimensionInput } from './schema.ts';

/**
 * Adds a dimension at the end of the list, or changes one (`dimensionId`); its address is made
 * from the first name and stays, so that links and the seed keep finding it.
 */
export async function saveDimension(
  tx: Executor,
  options: { actor: CurrentUser; dimensionId?: string; input: DimensionInput },
): Promise<DimensionRow | 'notFound'> {
  const { actor, input } = options;
  const values = { name: input.name, description: input.description, knowledgeTags: input.knowledgeTags };
  if (options.dimensionId) {
    const before = await findDimension(tx, options.dimensionId);
    if (!before) return 'notFound';
    const after = (await updateDimension(tx, before.id, values))!;
    await recordAudit(tx, actor, 'strategy.dimension.update', dimensionSubject(after.id), dimensionSnapshot(before), dimensionSnapshot(after));
    return after;
  }
  const all = await listDimensions(tx, { activeOnly: false });
  const slug = firstFreeSlug(slugify(input.name, 'dimension'), await listDimensionSlugs(tx));
  const position = Math.max(0, ...all.map((d) => d.position)) + 1;
  const row = await insertDimension(tx, { ...values, slug, position });
  await recordAudit(tx, actor, 'strategy.dimension.create', dimensionSubject(row.id), null, dimensionSnapshot(row));
  return row;
}
