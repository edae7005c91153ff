import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { listEventsByIds } from '../../events/catalogue/catalogue-service.ts';
import { groupSubject } from './audit-subject.ts';
import { insertGroupEvent } from './repository.ts';

export type MarkGroupEventOutcome = 'marked' | 'alreadyMarked' | 'notUpcoming';

/**
 * Marks a published event with a date still to come as the group's. A draft, an unknown id or
 * an event that is over is refused: the group's list shows what its members can still attend.
 * Runs in the caller's (once-per-submission) transaction; marking twice changes nothing.
 */
export async function markGroupEvent(
  tx: Executor,
  options: { actor: AuditActor; groupId: string; eventId: string; now: Date },
): Promise<MarkGroupEventOutcome> {
  const { actor, groupId, eventId, now } = options;
  const [listed] = await listEventsByIds(tx, [eventId], now);
  if (!listed?.upcoming) return 'notUpcoming';
  if (!(await insertGroupEvent(tx, { groupId, eventId, addedBy: actor.id }))) return 'alreadyMarked';
  await recordAudit(tx, actor, 'network.event.mark', groupSubject(groupId), null, { eventId, title: listed.event.title });
  return 'marked';
}
