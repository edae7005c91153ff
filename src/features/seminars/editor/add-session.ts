import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { recordAudit } from '../../../platform/audit/record.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { findModule, lockSeries } from '../core/repository.ts';
import { insertSession } from './repository.ts';
import type { SessionInput } from './schema.ts';
import { seriesChanged, seriesSubject } from './series-changed.ts';

/** Adds a session to a module; in the caller's transaction (the submission's). */
export async function addSession(
  tx: Tx,
  options: { actor: CurrentUser; seriesId: string; moduleId: string; input: SessionInput },
): Promise<'added' | 'notFound'> {
  const series = await lockSeries(tx, options.seriesId);
  const module = series ? await findModule(tx, series.id, options.moduleId) : undefined;
  if (!series || !module) return 'notFound';
  const session = await insertSession(tx, module.id, options.input);
  await seriesChanged(tx, series.id);
  await recordAudit(tx, options.actor, 'seminars.session.add', seriesSubject(series.id), undefined, {
    moduleId: module.id,
    sessionId: session.id,
    ...options.input,
  });
  return 'added';
}
