import type { PersonalDataProvider } from '../../platform/deps.ts';
import { listDeliveriesOfSubscribers } from './repository.ts';
import { deleteSubscriptionsOfAccount, findAccountEmail, listSubscriptionsOfAccount } from './subscriber-repository.ts';

/**
 * The subscription of the account's address (or one made while signed in): in the export with
 * the issues that went to it; deleted with the account, deliveries and all.
 */
export const newsletterPersonalData: PersonalDataProvider = {
  key: 'newsletter',
  async export(db, userId) {
    const rows = await listSubscriptionsOfAccount(db, userId, await findAccountEmail(db, userId));
    const deliveries = await listDeliveriesOfSubscribers(
      db,
      rows.map((r) => r.id),
    );
    return rows.map((r) => ({
      email: r.email,
      locale: r.locale,
      status: r.status,
      requestedAt: r.requestedAt,
      confirmedAt: r.confirmedAt,
      unsubscribedAt: r.unsubscribedAt,
      issues: deliveries.filter((d) => d.subscriber_id === r.id).map((d) => ({ subject: d.subject, sentAt: d.sent_at })),
    }));
  },
  async erase(tx, userId) {
    await deleteSubscriptionsOfAccount(tx, userId, await findAccountEmail(tx, userId));
  },
};
