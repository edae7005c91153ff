import type { PersonalDataProvider } from '../../platform/deps.ts';
import {
  deleteCommentsBy,
  listAnswersBy,
  listCommentsBy,
  listCommentsResolvedBy,
  listUpdatesBy,
  unlinkPersonFromStrategies,
} from './personal-data-repository.ts';

/**
 * A strategy belongs to its organisation, not to the people who wrote it: the export lists what
 * the person did in it (answers given, comments written or resolved, progress reported), and
 * the deletion of the account leaves answers and progress with the strategy without the person.
 * Comments go: a comment is the person's own opinion in their own words, addressed to the
 * managers while they worked on a step, and not part of the strategy the organisation decided.
 */
export const strategyPersonalData: PersonalDataProvider = {
  key: 'strategy',
  export: async (db, userId) => ({
    answers: await listAnswersBy(db, userId),
    comments: await listCommentsBy(db, userId),
    commentsResolved: await listCommentsResolvedBy(db, userId),
    progressUpdates: await listUpdatesBy(db, userId),
  }),
  erase: async (tx, userId) => {
    await deleteCommentsBy(tx, userId);
    await unlinkPersonFromStrategies(tx, userId);
  },
};
