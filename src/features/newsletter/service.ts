import type { Executor } from '../../platform/db/client.ts';
import { countActiveSubscribers, deliveryProgress, findNewsletter, listNewsletters, type DeliveryProgress, type NewsletterRow } from './repository.ts';
import { countSubscribersByStatus, findSubscriberByEmail, type SubscriberRow } from './subscriber-repository.ts';

export { listNewsletters, countSubscribersByStatus };

export interface NewsletterOverview {
  newsletter: NewsletterRow;
  progress: DeliveryProgress;
  /** who would get it if it were sent now */
  activeSubscribers: number;
}

export async function loadNewsletterOverview(db: Executor, newsletter: NewsletterRow): Promise<NewsletterOverview> {
  return { newsletter, progress: await deliveryProgress(db, newsletter.id), activeSubscribers: await countActiveSubscribers(db) };
}

export async function findNewsletterById(db: Executor, id: string): Promise<NewsletterRow | undefined> {
  return findNewsletter(db, id);
}

/** The subscription of a signed-in person's address, for the newsletter page; pending ones are not shown. */
export async function activeSubscriptionOf(db: Executor, email: string): Promise<SubscriberRow | undefined> {
  const row = await findSubscriberByEmail(db, email);
  return row?.status === 'active' ? row : undefined;
}
