import type { CurrentUser } from '../auth/current-user.ts';
import type { Executor } from '../db/client.ts';
import { SYSTEM_ACTOR } from './pseudonyms.ts';
import { insertAuditEntry } from './repository.ts';

/** Who did what the audit log records: a signed-in person; null is the system itself. */
export type AuditActor = Pick<CurrentUser, 'id' | 'email'>;

/**
 * An integration that writes through the API with a token: no account stands behind it, so the
 * entry names the token itself (its name and id) and links no account.
 */
export interface TokenActor {
  id: null;
  email: string;
}

/**
 * Writes who changed what, with the state before and after. Call it inside the
 * transaction of the change so that no change goes unrecorded.
 */
export async function recordAudit(
  db: Executor,
  actor: AuditActor | TokenActor | null,
  action: string,
  subject: { type: string; id?: string | null | undefined },
  before?: unknown,
  after?: unknown,
): Promise<void> {
  await insertAuditEntry(db, {
    actorId: actor?.id ?? null,
    actorLabel: actor?.email ?? SYSTEM_ACTOR,
    action,
    subjectType: subject.type,
    subjectId: subject.id,
    before,
    after,
  });
}
