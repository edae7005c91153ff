import type { Executor } from '../../../platform/db/client.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import { findCall, type CompetitionCallRow } from './repository.ts';

/** The call the address names, or 404 (also for an id that is no uuid, without a query). */
export async function requireCall(db: Executor, id: string): Promise<CompetitionCallRow> {
  const call = isUuid(id) ? await findCall(db, id) : undefined;
  if (!call) throw notFound();
  return call;
}
