import type { Executor } from '../../platform/db/client.ts';
import { deleteVersionRows } from './repository.ts';

/**
 * Deletes every version of a record, in the transaction that deletes the record: no foreign
 * key does it for the owner, since the engine knows no owner's table. Returns how many went.
 */
export async function forgetVersions(tx: Executor, recordKey: string, recordId: string): Promise<number> {
  return deleteVersionRows(tx, { recordKey, recordId });
}
