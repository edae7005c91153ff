import { findUserById } from '../../../platform/auth/user-repository.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { getOrganisationManagers } from '../../organisations/service.ts';
import type { ApplicationRow } from './application-repository.ts';

export interface ApplicantRecipient {
  /** the person's id: one mail per person, however often the job is queued */
  userId: string;
  email: string;
  locale: Locale;
}

/**
 * Whom the platform writes to about an application, each in their language: the person who
 * submitted it (or started it). An application without that person – made by an import, or
 * its author's link removed – is the organisation's, and its managers hear of it instead.
 */
export async function applicantRecipients(db: Executor, application: ApplicationRow): Promise<ApplicantRecipient[]> {
  const userId = application.submittedBy ?? application.createdBy;
  const user = userId ? await findUserById(db, userId) : undefined;
  if (user) return [{ userId: user.id, email: user.email, locale: user.locale }];
  const managers = await getOrganisationManagers(db, application.organisationId);
  return managers.map((m) => ({ userId: m.userId, email: m.email, locale: m.locale }));
}
