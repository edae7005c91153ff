import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.ts';
import { strategies, type StrategyRow } from '../core/tables.ts';

function published(fieldOfAction: string | undefined) {
  return and(eq(strategies.status, 'published'), fieldOfAction ? sql`${fieldOfAction} = any(${strategies.fieldsOfAction})` : undefined);
}

/** Published strategies, the most recently published first; the id breaks ties so that pages never overlap. */
export async function listPublishedStrategies(
  db: Executor,
  options: { fieldOfAction: string | undefined; limit: number; offset: number },
): Promise<StrategyRow[]> {
  return db
    .select()
    .from(strategies)
    .where(published(options.fieldOfAction))
    .orderBy(desc(strategies.publishedAt), asc(strategies.id))
    .limit(options.limit)
    .offset(options.offset);
}

export async function countPublishedStrategies(db: Executor, fieldOfAction: string | undefined): Promise<number> {
  const [row] = await db.select({ n: count() }).from(strategies).where(published(fieldOfAction));
  return Number(row?.n ?? 0);
}
