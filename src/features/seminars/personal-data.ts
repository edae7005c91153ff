import type { PersonalDataProvider } from '../../platform/deps.ts';
import {
  deleteAttendanceOfUser,
  deleteRegistrationsOfUser,
  listAttendanceOfUser,
  listFeedbackOfUser,
  listRegistrationsOfUser,
  unlinkCheckInsBy,
  unlinkFeedbackOfUser,
} from './operations/repository.ts';

/**
 * A person's registrations for seminar series, the modules they attended and the feedback they
 * gave, for the data export and the account's deletion. The account row itself stays
 * (anonymised), so nothing cascades: registrations and attendance are deleted here, feedback
 * stays with its pilot module without the person, as does a check-in the person made as an
 * editor.
 */
export const seminarsPersonalData: PersonalDataProvider = {
  key: 'seminars',
  export: async (db, userId) => ({
    registrations: (await listRegistrationsOfUser(db, userId)).map(({ registration: r, seriesTitle, moduleTitle }) => ({
      series: seriesTitle,
      module: moduleTitle,
      scope: r.scope,
      status: r.status,
      organisationId: r.organisationId,
      functionStatement: r.functionStatement,
      consentText: r.consentText,
      registeredAt: r.createdAt,
      confirmedAt: r.confirmedAt,
      cancelledAt: r.cancelledAt,
    })),
    attendance: await listAttendanceOfUser(db, userId),
    feedback: await listFeedbackOfUser(db, userId),
  }),
  erase: async (tx, userId) => {
    await deleteRegistrationsOfUser(tx, userId);
    await deleteAttendanceOfUser(tx, userId);
    await unlinkCheckInsBy(tx, userId);
    await unlinkFeedbackOfUser(tx, userId);
  },
};
