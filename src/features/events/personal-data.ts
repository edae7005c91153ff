import type { PersonalDataProvider } from '../../platform/deps.ts';
import { messagesFor } from '../../platform/i18n/index.ts';
import { listRegistrationsOfUser, unlinkRegistrationsOfUser } from './operations/repository.ts';
import { detachContributionsOfUser, listContributionsOfUser } from './world-cafe/repository.ts';

/**
 * A person's event registrations (made while signed in, or claimed through a registration's
 * own manage link; a matching address alone proves nothing, since an account's address can
 * be changed) and World Café contributions, for the data export and the account deletion.
 */
export const eventsPersonalData: PersonalDataProvider = {
  key: 'events',
  export: async (db, userId) => {
    const registrations = await listRegistrationsOfUser(db, userId);
    const contributions = await listContributionsOfUser(db, userId);
    return {
      registrations: registrations.map((r) => ({
        reference: r.reference,
        dateId: r.dateId,
        status: r.status,
        salutation: r.salutation,
        firstName: r.firstName,
        lastName: r.lastName,
        email: r.email,
        organisation: r.organisation,
        role: r.role,
        answers: r.answers,
        accessibilityNeeds: r.accessibilityNeeds,
        worldCafeQuestionId: r.worldCafeQuestionId,
        consentText: r.consentText,
        consentVersion: r.consentVersion,
        consentedAt: r.consentedAt,
        registeredAt: r.createdAt,
        checkedInAt: r.checkedInAt,
        cancelledAt: r.cancelledAt,
      })),
      worldCafeContributions: contributions.map((c) => ({ question: c.question, text: c.body, authorName: c.authorName, createdAt: c.createdAt })),
    };
  },
  erase: async (tx, userId) => {
    // Registrations do not need an account and are deleted with their date's retention
    // period; the account's link to them goes now. Contributions stay part of the shared
    // result, without the person's name.
    await unlinkRegistrationsOfUser(tx, userId);
    await detachContributionsOfUser(tx, userId, messagesFor('de').eventOperations.personalData.deletedAuthor);
  },
};
