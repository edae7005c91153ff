import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { recordAudit } from '../../../platform/audit/record.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { findModule, lockSeries } from '../core/repository.ts';
import { findSession, updateSessionRow } from './repository.ts';
import type { SessionInput } from './schema.ts';
import { seriesChanged, seriesSubject } from './series-changed.ts';

export async function updateSession(
  deps: AppDeps,
  options: { actor: CurrentUser; seriesId: string; moduleId: string; sessionId: string; input: SessionInput },
): Promise<'saved' | 'notFound'> {
  return deps.db.transaction(async (tx) => {
    const series = await lockSeries(tx, options.seriesId);
    const module = series ? await findModule(tx, series.id, options.moduleId) : undefined;
    const before = module ? await findSession(tx, module.id, options.sessionId) : undefined;
    if (!series || !before) return 'notFound';
    await updateSessionRow(tx, before.id, options.input);
    await seriesChanged(tx, series.id);
    const { id: sessionId, moduleId, ...was } = before;
    await recordAudit(
      tx,
      options.actor,
      'seminars.session.update',
      seriesSubject(series.id),
      { moduleId, sessionId, ...was },
      { moduleId, sessionId, ...options.input },
    );
    return 'saved';
  });
}
