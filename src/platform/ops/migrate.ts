import type { DatabaseHandle } from '../db/client.ts';
import { appliedMigrations } from '../db/migration-state.ts';

/** Applies the pending migrations and says how many there were. */
export async function migrateDatabase(handle: DatabaseHandle): Promise<{ applied: number; total: number }> {
  const before = await appliedMigrations(handle.db);
  await handle.migrate();
  const total = await appliedMigrations(handle.db);
  return { applied: total - before, total };
}
