import type { Executor } from '../../../platform/db/client.ts';
import { solutionDocuments } from '../core/tables.ts';

/** A document row for tests of the library's downloads; the editor's upload is tested with the editor. */
export async function insertDemoDocument(db: Executor, values: { solutionId: string; title: string; fileId: string }): Promise<string> {
  const [row] = await db
    .insert(solutionDocuments)
    .values({ ...values, position: 1 })
    .returning({ id: solutionDocuments.id });
  return row!.id;
}
