import { findUserById } from '../../../platform/auth/user-repository.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import type { ApplicationRow } from './application-repository.ts';

/** Whom the platform writes to about an application: the person who submitted it, in their language. */
export async function applicantRecipient(db: Executor, application: ApplicationRow): Promise<{ email: string; locale: Locale } | undefined> {
  const userId = application.submittedBy ?? application.createdBy;
  const user = userId ? await findUserById(db, userId) : undefined;
  return user ? { email: user.email, locale: user.locale } : undefined;
}
