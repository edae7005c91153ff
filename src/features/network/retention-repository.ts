import { lt } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { networkDigestRuns, networkNotifications } from './core/tables.ts';

/** Notifications created before the cutoff, read or not, mailed or not; how many went. */
export async function deleteNotificationsBefore(db: Executor, cutoff: Date): Promise<number> {
  const rows = await db.delete(networkNotifications).where(lt(networkNotifications.createdAt, cutoff)).returning({ id: networkNotifications.id });
  return rows.length;
}

/**
 * Digest runs created before the cutoff. A run guards only its own period against a second
 * mail, and a period that old never comes round again.
 */
export async function deleteDigestRunsBefore(db: Executor, cutoff: Date): Promise<number> {
  const rows = await db.delete(networkDigestRuns).where(lt(networkDigestRuns.createdAt, cutoff)).returning({ period: networkDigestRuns.period });
  return rows.length;
}
