import type { Executor } from '../../../platform/db/client.ts';
import { solutionAdoptions } from '../core/tables.ts';

export type DemoAdoptionValues = typeof solutionAdoptions.$inferInsert & { id: string };

/**
 * A demo adoption with its fixed id, once: a second start, or an open adoption that someone
 * made in the meantime for the same organisation and solution, adds nothing.
 */
export async function insertDemoAdoption(db: Executor, values: DemoAdoptionValues): Promise<void> {
  await db.insert(solutionAdoptions).values(values).onConflictDoNothing();
}
