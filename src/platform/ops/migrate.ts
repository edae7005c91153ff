import { sql } from 'drizzle-orm';
import { queryRows, type DatabaseHandle } from '../db/client.ts';

async function appliedMigrations(handle: DatabaseHandle): Promise<number> {
  const [table] = await queryRows<{ name: string | null }>(handle.db, sql`select to_regclass('drizzle.__drizzle_migrations')::text as name`);
  if (!table?.name) return 0;
  const [row] = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  return row?.n ?? 0;
}

/** Applies the pending migrations and says how many there were. */
export async function migrateDatabase(handle: DatabaseHandle): Promise<{ applied: number; total: number }> {
  const before = await appliedMigrations(handle);
  await handle.migrate();
  const total = await appliedMigrations(handle);
  return { applied: total - before, total };
}
