import type { PersonalDataProvider } from '../../platform/deps.ts';
import { listApplicationsOfUser, unlinkApplicationsOfUser } from './applications/repository.ts';
import { listCallsCreatedBy, unlinkCallsOfUser } from './core/repository.ts';
import { listReportsSubmittedBy, unlinkReportsOfUser } from './projects/reports/repository.ts';
import { listPaymentsRequestedBy, unlinkPaymentsOfUser } from './projects/workspace/repository.ts';

/**
 * The competition keeps of a person which calls they created as an editor, which
 * applications they started or submitted for an organisation and which payment requests they
 * made and reports they submitted for a funded project. All belong to the programme and the organisation and stay when
 * the account goes, without the link to the person.
 */
export const competitionPersonalData: PersonalDataProvider = {
  key: 'competition',
  export: async (db, userId) => ({
    callsCreated: await listCallsCreatedBy(db, userId),
    applications: await listApplicationsOfUser(db, userId),
    reportsSubmitted: await listReportsSubmittedBy(db, userId),
    paymentRequests: await listPaymentsRequestedBy(db, userId),
  }),
  erase: async (tx, userId) => {
    await unlinkCallsOfUser(tx, userId);
    await unlinkApplicationsOfUser(tx, userId);
    // The user row stays (anonymised), so the foreign keys' "set null" never fires: unlink here.
    await unlinkPaymentsOfUser(tx, userId);
    await unlinkReportsOfUser(tx, userId);
  },
};
