import { findUserById } from '../../../platform/auth/user-repository.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { Recipient } from './mails.ts';

/** The person a mail goes to; none for an account that is disabled or deleted. */
export async function findRecipient(db: Executor, userId: string): Promise<Recipient | undefined> {
  const user = await findUserById(db, userId);
  if (!user || user.disabledAt || user.deletedAt) return undefined;
  return { id: user.id, email: user.email, displayName: user.displayName, locale: user.locale };
}
