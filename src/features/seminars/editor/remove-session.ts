import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { recordAudit } from '../../../platform/audit/record.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { findModule, lockSeries } from '../core/repository.ts';
import { deleteSession, findSession } from './repository.ts';
import { seriesChanged, seriesSubject } from './series-changed.ts';

export async function removeSession(
  deps: AppDeps,
  options: { actor: CurrentUser; seriesId: string; moduleId: string; sessionId: string },
): Promise<'removed' | 'notFound'> {
  return deps.db.transaction(async (tx) => {
    const series = await lockSeries(tx, options.seriesId);
    const module = series ? await findModule(tx, series.id, options.moduleId) : undefined;
    const session = module ? await findSession(tx, module.id, options.sessionId) : undefined;
    if (!series || !session) return 'notFound';
    await deleteSession(tx, session.id);
    await seriesChanged(tx, series.id);
    const { id: sessionId, ...was } = session;
    await recordAudit(tx, options.actor, 'seminars.session.remove', seriesSubject(series.id), { sessionId, ...was });
    return 'removed';
  });
}
