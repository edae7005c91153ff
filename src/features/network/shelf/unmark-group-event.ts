import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Database } from '../../../platform/db/client.ts';
import { groupSubject } from './audit-subject.ts';
import { deleteGroupEvent } from './repository.ts';

/** Takes an event off the group's list; the event itself stays as it is. */
export async function unmarkGroupEvent(db: Database, options: { actor: AuditActor; groupId: string; eventId: string }): Promise<'unmarked' | 'notFound'> {
  const { actor, groupId, eventId } = options;
  return db.transaction(async (tx) => {
    if (!(await deleteGroupEvent(tx, groupId, eventId))) return 'notFound';
    await recordAudit(tx, actor, 'network.event.unmark', groupSubject(groupId), { eventId }, null);
    return 'unmarked';
  });
}
