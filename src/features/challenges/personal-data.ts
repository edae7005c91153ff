import type { PersonalDataProvider } from '../../platform/deps.ts';
import { removeSubjects } from '../review/service.ts';
import { processKey } from './core/process.ts';
import { eraseSubmissionsOf, listAnswersGivenBy, listQuestionsAskedBy, listSubmissionsOf, unlinkQuestionsOf } from './privacy-repository.ts';

/**
 * The Call for Solutions keeps of a person the questions they asked, the answers they gave as
 * an owner, and their proposals with their files. At the account's deletion the Q&A stays
 * public without the person; what only they are behind (drafts, withdrawn proposals, their own
 * proposals for undecided challenges) goes; proposals for an organisation and decided ones stay
 * with the challenge without them. The account row stays (anonymised), so "set null" never fires:
 * unlinked here.
 */
export const challengesPersonalData: PersonalDataProvider = {
  key: 'challenges',
  export: async (db, userId) => ({
    questions: await listQuestionsAskedBy(db, userId),
    answersGiven: await listAnswersGivenBy(db, userId),
    submissions: (await listSubmissionsOf(db, userId)).map(({ submission: s, challenge, files }) => ({
      challenge,
      organisationId: s.organisationId,
      status: s.status,
      title: s.title,
      summary: s.summary,
      description: s.description,
      team: s.team,
      references: s.references,
      costs: s.costs,
      winner: s.winner,
      awardNote: s.awardNote,
      solutionId: s.solutionId,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
      submittedAt: s.submittedAt,
      withdrawnAt: s.withdrawnAt,
      files,
    })),
  }),
  erase: async (tx, userId) => {
    await unlinkQuestionsOf(tx, userId);
    const { deleted } = await eraseSubmissionsOf(tx, userId);
    // what the jury wrote about a deleted proposal is about the person too
    for (const challengeId of new Set(deleted.map((d) => d.challengeId))) {
      await removeSubjects(tx, { processKey: processKey(challengeId), subjectIds: deleted.filter((d) => d.challengeId === challengeId).map((d) => d.id) });
    }
  },
};
