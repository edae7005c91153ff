import type { PersonalDataProvider } from '../../platform/deps.ts';
import { listAdoptionsAnsweredBy, listAdoptionsRequestedBy, unlinkAdoptionsOfUser } from './adoptions/repository.ts';
import { listSolutionsCreatedBy, unlinkSolutionCreator } from './profiles/repository.ts';

/**
 * The solution library keeps of a person which adoptions they asked for on behalf of an
 * organisation and which requests they answered for the owner. The adoptions belong to the
 * two organisations and stay when the account goes, without the link to the person.
 */
export const solutionsPersonalData: PersonalDataProvider = {
  key: 'solutions',
  export: async (db, userId) => ({
    adoptionRequests: await listAdoptionsRequestedBy(db, userId),
    adoptionAnswers: await listAdoptionsAnsweredBy(db, userId),
    // who started a solution; its contact name and address are the organisation's public contact and stay with it
    solutionsCreated: await listSolutionsCreatedBy(db, userId),
  }),
  erase: async (tx, userId) => {
    // The user row stays (anonymised), so the foreign keys' "set null" never fires: unlink here.
    await unlinkAdoptionsOfUser(tx, userId);
    await unlinkSolutionCreator(tx, userId);
  },
};
