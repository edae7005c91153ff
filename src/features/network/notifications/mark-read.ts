import type { Database } from '../../../platform/db/client.ts';
import { markAllRead } from './repository.ts';

/** "Alle als gelesen markieren": nothing to audit, it changes only what the person sees as new. */
export async function markNotificationsRead(db: Database, options: { userId: string; now: Date }): Promise<{ kind: 'marked'; count: number }> {
  return db.transaction(async (tx) => ({ kind: 'marked' as const, count: await markAllRead(tx, options.userId, options.now) }));
}
