import type { AuditActor } from '../../../platform/audit/record.ts';
import type { Database } from '../../../platform/db/client.ts';
import { toggleReaction } from './repository.ts';

export type HelpfulOutcome = { kind: 'added' } | { kind: 'removed' };

/**
 * "Hilfreich" on or off for one person and post; the primary key keeps it to one row however
 * often the button is pressed. Not audited: it is a member's opinion, not a change to content.
 */
export async function toggleHelpful(db: Database, options: { actor: AuditActor; postId: string }): Promise<HelpfulOutcome> {
  return db.transaction(async (tx) => ({ kind: await toggleReaction(tx, options.postId, options.actor.id) }));
}
