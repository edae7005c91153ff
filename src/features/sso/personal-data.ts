import type { PersonalDataProvider } from '../../platform/deps.ts';
import { deleteIdentitiesOfUser, deletePendingLinksOfUser, listIdentitiesOfUser } from './repository.ts';

/**
 * The person's links to the provider. The rows would go with the user row's cascade, but the
 * account is anonymised rather than deleted, so they are removed here.
 */
export const ssoPersonalData: PersonalDataProvider = {
  key: 'singleSignOn',
  export: async (db, userId) =>
    (await listIdentitiesOfUser(db, userId)).map((i) => ({
      issuer: i.issuer,
      subject: i.subject,
      email: i.email,
      createdAt: i.createdAt,
      lastLoginAt: i.lastLoginAt,
    })),
  erase: async (tx, userId) => {
    await deletePendingLinksOfUser(tx, userId);
    await deleteIdentitiesOfUser(tx, userId);
  },
};
