import type { PersonalDataProvider } from '../../platform/deps.ts';
import { listApplicationsOfUser, unlinkApplicationsOfUser } from './applications/repository.ts';
import { listCallsCreatedBy, unlinkCallsOfUser } from './core/repository.ts';

/**
 * The competition keeps of a person which calls they created as an editor and which
 * applications they started or submitted for an organisation. Both belong to the programme
 * and the organisation and stay when the account goes, without the link to the person.
 */
export const competitionPersonalData: PersonalDataProvider = {
  key: 'competition',
  export: async (db, userId) => ({
    callsCreated: await listCallsCreatedBy(db, userId),
    applications: await listApplicationsOfUser(db, userId),
  }),
  erase: async (tx, userId) => {
    await unlinkCallsOfUser(tx, userId);
    await unlinkApplicationsOfUser(tx, userId);
  },
};
