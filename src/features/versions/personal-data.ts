import type { PersonalDataProvider } from '../../platform/deps.ts';
import { listVersionsSavedBy, unlinkSavedBy } from './repository.ts';

/**
 * Who saved a version is personal. The export lists the versions the person saved (which
 * record, which number, when), not their texts: those belong to the records. On deletion the
 * versions stay with their records without the link to the person.
 */
export const versionsPersonalData: PersonalDataProvider = {
  key: 'versions',
  export: async (db, userId) => ({ saved: await listVersionsSavedBy(db, userId) }),
  erase: async (tx, userId) => {
    await unlinkSavedBy(tx, userId);
  },
};
