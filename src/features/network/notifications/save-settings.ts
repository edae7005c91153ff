import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Tx } from '../../../platform/db/client.ts';
import type { NotificationFrequency } from '../core/tables.ts';
import { listGroupSettings, upsertFrequency } from './repository.ts';

export type SaveSettingsOutcome = { kind: 'saved'; changed: number } | { kind: 'notMember'; groupId: string };

/**
 * Stores the person's choice for each of their groups. A choice for a group they are not an
 * active member of is refused (the form changed under them, or it was made by hand).
 */
export async function saveSettings(
  tx: Tx,
  options: { actor: AuditActor; choices: Record<string, NotificationFrequency>; now: Date },
): Promise<SaveSettingsOutcome> {
  const current = new Map((await listGroupSettings(tx, options.actor.id)).map((g) => [g.groupId, g.frequency]));
  const before: Record<string, NotificationFrequency> = {};
  const after: Record<string, NotificationFrequency> = {};
  for (const [groupId, frequency] of Object.entries(options.choices)) {
    const was = current.get(groupId);
    if (was === undefined) return { kind: 'notMember', groupId };
    if (was === frequency) continue;
    await upsertFrequency(tx, { userId: options.actor.id, groupId, frequency, now: options.now });
    before[groupId] = was;
    after[groupId] = frequency;
  }
  const changed = Object.keys(after).length;
  if (changed > 0)
    await recordAudit(tx, options.actor, 'network.notifications.settings', { type: 'network_notification_settings', id: options.actor.id }, before, after);
  return { kind: 'saved', changed };
}
