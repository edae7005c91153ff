import { eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { reindexIfPublished } from './search-document.ts';
import { strategies, type StrategyRow } from './tables.ts';

/*
 * The strategy's own row, as every part of the workbench reads and writes it; each part keeps
 * its other queries in its own repository.
 */

export async function findStrategyOf(db: Executor, organisationId: string): Promise<StrategyRow | undefined> {
  const [row] = await db.select().from(strategies).where(eq(strategies.organisationId, organisationId));
  return row;
}

/**
 * The organisation's strategy, locked until the transaction ends, made on the first save: a
 * strategy exists from the moment its managers write something, not when someone looks.
 */
export async function lockOrCreateStrategy(tx: Executor, organisationId: string): Promise<StrategyRow> {
  await tx.insert(strategies).values({ organisationId }).onConflictDoNothing();
  const [row] = await tx.select().from(strategies).where(eq(strategies.organisationId, organisationId)).for('update');
  return row!;
}

/**
 * Marks the strategy changed; every command that changes a strategy calls it after its change,
 * in its transaction. A published strategy's public page shows it as it is now, so its search
 * entry is written anew here too, and no command can forget it.
 */
export async function touchStrategy(
  tx: Executor,
  id: string,
  patch: Partial<Pick<StrategyRow, 'vision' | 'fieldsOfAction' | 'status' | 'publishedAt'>> = {},
): Promise<StrategyRow> {
  const [row] = await tx
    .update(strategies)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(strategies.id, id))
    .returning();
  await reindexIfPublished(tx, row!);
  return row!;
}
