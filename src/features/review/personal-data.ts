import type { PersonalDataProvider } from '../../platform/deps.ts';
import { listAssignmentsOfJuror, listScores, unlinkAssigner, unlinkJuror } from './repository.ts';

/**
 * A juror's assignments, declarations and reviews, for the data export and the account deletion.
 *
 * On deletion, what the juror had not submitted goes: assignments without a submitted review,
 * with their drafts and declarations (a deleted account cannot be assigned again, so a declared
 * conflict has nothing left to refuse). Submitted reviews belong to the process and stay, with
 * their scores and comments, but without the juror: juror_id becomes null (the column is
 * nullable for this, and ON DELETE SET NULL does the same should an account row ever be
 * removed), the note of the declaration is emptied, and pages show "Gelöschtes Konto". An
 * editor's assignments stay without the link to the editor.
 */
export const reviewPersonalData: PersonalDataProvider = {
  key: 'review',
  export: async (db, userId) => {
    const assignments = await listAssignmentsOfJuror(db, userId);
    const scores = await listScores(
      db,
      assignments.map((a) => a.id),
    );
    return {
      assignments: assignments.map((a) => ({
        process: a.processKey,
        subject: a.subjectId,
        assignedAt: a.assignedAt,
        conflict: a.conflict,
        conflictNote: a.conflictNote,
        declaredAt: a.declaredAt,
        review: a.reviewStatus && {
          status: a.reviewStatus,
          recommendation: a.recommendation,
          comment: a.reviewComment,
          updatedAt: a.updatedAt,
          submittedAt: a.submittedAt,
          scores: scores.filter((s) => s.assignmentId === a.id).map((s) => ({ criterion: s.criterionId, score: s.score, comment: s.comment })),
        },
      })),
    };
  },
  erase: async (tx, userId) => {
    await unlinkJuror(tx, userId);
    await unlinkAssigner(tx, userId);
  },
};
