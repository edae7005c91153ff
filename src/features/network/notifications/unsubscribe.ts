import { recordAudit } from '../../../platform/audit/record.ts';
import type { Database } from '../../../platform/db/client.ts';
import { findGroupName, listGroupIdsOfPerson, upsertFrequency, userExists } from './repository.ts';
import { ALL_GROUPS, type UnsubscribeTarget } from './unsubscribe-token.ts';

export type UnsubscribeOutcome = { kind: 'unsubscribed' } | { kind: 'notFound' };

/**
 * Turns the group's mails off for the person a signed link names, or every group's for the
 * digest's link. No login: the signature is the authority. The notifications stay in the list.
 */
export async function unsubscribe(db: Database, options: { target: UnsubscribeTarget; now: Date }): Promise<UnsubscribeOutcome> {
  const { userId, groupId } = options.target;
  return db.transaction(async (tx): Promise<UnsubscribeOutcome> => {
    if (!(await userExists(tx, userId))) return { kind: 'notFound' };
    if (groupId !== ALL_GROUPS && (await findGroupName(tx, groupId)) === undefined) return { kind: 'notFound' };
    const groupIds = groupId === ALL_GROUPS ? await listGroupIdsOfPerson(tx, userId) : [groupId];
    for (const id of groupIds) await upsertFrequency(tx, { userId, groupId: id, frequency: 'off', now: options.now });
    await recordAudit(tx, null, 'network.notifications.unsubscribe', { type: 'network_notification_settings', id: userId }, undefined, {
      groups: groupId === ALL_GROUPS ? 'all' : groupId,
      frequency: 'off',
    });
    return { kind: 'unsubscribed' };
  });
}
