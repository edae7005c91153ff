import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { recordAudit } from '../../../platform/audit/record.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { lockSeries, type ModuleRow } from '../core/repository.ts';
import { insertModule } from './repository.ts';
import type { ModuleInput } from './schema.ts';
import { seriesChanged, seriesSubject } from './series-changed.ts';

/** Adds a module at the end of the series; in the caller's transaction (the submission's). */
export async function addModule(tx: Tx, options: { actor: CurrentUser; seriesId: string; input: ModuleInput }): Promise<ModuleRow | undefined> {
  // the lock keeps two modules added at once from taking the same position
  const series = await lockSeries(tx, options.seriesId);
  if (!series) return undefined;
  const module = await insertModule(tx, series.id, options.input);
  await seriesChanged(tx, series.id);
  await recordAudit(tx, options.actor, 'seminars.module.add', seriesSubject(series.id), undefined, { moduleId: module.id, ...options.input });
  return module;
}
