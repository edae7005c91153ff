import type { PersonalDataProvider } from '../../platform/deps.ts';
import { listCallsCreatedBy, unlinkCallsOfUser } from './core/repository.ts';

/**
 * The competition keeps of a person, so far, which calls they created as an editor; the calls
 * stay when the account goes, without the link to it.
 */
export const competitionPersonalData: PersonalDataProvider = {
  key: 'competition',
  export: async (db, userId) => ({ callsCreated: await listCallsCreatedBy(db, userId) }),
  erase: async (tx, userId) => unlinkCallsOfUser(tx, userId),
};
