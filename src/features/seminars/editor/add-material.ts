import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { recordAudit } from '../../../platform/audit/record.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { listMaterialChoices } from '../../knowledge/material-service.ts';
import { findModule, lockSeries } from '../core/repository.ts';
import { insertMaterial } from './repository.ts';
import { seriesChanged, seriesSubject } from './series-changed.ts';

/**
 * Adds a knowledge item (a guide, document or video that is not archived) to a module's
 * materials, at the end; in the caller's transaction (the submission's).
 */
export async function addMaterial(
  tx: Tx,
  options: { actor: CurrentUser; seriesId: string; moduleId: string; knowledgeItemId: string },
): Promise<'added' | 'notFound' | 'unknownItem' | 'alreadyThere'> {
  const series = await lockSeries(tx, options.seriesId);
  const module = series ? await findModule(tx, series.id, options.moduleId) : undefined;
  if (!series || !module) return 'notFound';
  const item = (await listMaterialChoices(tx)).find((choice) => choice.id === options.knowledgeItemId);
  if (!item) return 'unknownItem';
  if (!(await insertMaterial(tx, module.id, item.id))) return 'alreadyThere';
  await seriesChanged(tx, series.id);
  await recordAudit(tx, options.actor, 'seminars.material.add', seriesSubject(series.id), undefined, {
    moduleId: module.id,
    knowledgeItemId: item.id,
    title: item.title,
  });
  return 'added';
}
