import { findUserById } from '../../platform/auth/user-repository.ts';
import type { PersonalDataProvider } from '../../platform/deps.ts';
import { deleteInvitationsToEmail, deleteMembershipsOfUser, listMembershipsOfUser, listOpenInvitationsForEmail } from './repository.ts';

/**
 * A person's memberships and the invitations to their address, for the data export and
 * the account deletion. Organisations themselves are not personal data and stay.
 */
export const organisationsPersonalData: PersonalDataProvider = {
  key: 'organisations',
  export: async (db, userId) => {
    const user = await findUserById(db, userId);
    const memberships = await listMembershipsOfUser(db, userId);
    const invitations = user ? await listOpenInvitationsForEmail(db, user.email) : [];
    return {
      memberships: memberships.map((m) => ({
        organisation: m.name,
        role: m.role,
        status: m.status,
        requestedAt: m.createdAt,
        decidedAt: m.decidedAt,
      })),
      openInvitations: invitations.map((i) => ({ organisation: i.organisationName, role: i.role, invitedAt: i.createdAt })),
    };
  },
  erase: async (tx, userId) => {
    // Runs before the account is anonymised, so the address is still the real one.
    const user = await findUserById(tx, userId);
    await deleteMembershipsOfUser(tx, userId);
    if (user) await deleteInvitationsToEmail(tx, user.email);
  },
};
