import type { Executor } from '../../../platform/db/client.ts';
import { getOrganisationsByIds } from '../../organisations/service.ts';
import {
  assignmentsOfProcess,
  jurorAssignments,
  jurorChoices,
  ranking,
  type AssignmentListRow,
  type JurorRow,
  type ReviewCriterion,
  type SubjectRanking,
} from '../../review/service.ts';
import { processKey, reviewCriteria } from '../core/process.ts';
import type { ChallengeRow, SubmissionRow } from '../core/repository.ts';
import { listAttachments, listPeople, listPublishedChallenges, listSubmissionsByIds, listSubmittedSubmissions, type AttachmentRow } from './repository.ts';

/** A submission as the editors' pages name it: with the person and the organisation behind it. */
export interface JurySubject extends SubmissionRow {
  /** null once the account was deleted */
  submitterName: string | null;
  /** null for a person on their own */
  organisationName: string | null;
}

/** The challenge's submitted submissions with who is behind them. */
export async function jurySubjects(db: Executor, challenge: Pick<ChallengeRow, 'id'>): Promise<JurySubject[]> {
  const submissions = await listSubmittedSubmissions(db, challenge.id);
  return named(db, submissions);
}

async function named(db: Executor, submissions: SubmissionRow[]): Promise<JurySubject[]> {
  const people = await listPeople(
    db,
    submissions.flatMap((s) => (s.submitterId ? [s.submitterId] : [])),
  );
  const organisations = await getOrganisationsByIds(
    db,
    submissions.flatMap((s) => (s.organisationId ? [s.organisationId] : [])),
  );
  return submissions.map((s) => ({
    ...s,
    submitterName: people.find((p) => p.id === s.submitterId)?.displayName ?? null,
    organisationName: organisations.find((o) => o.id === s.organisationId)?.name ?? null,
  }));
}

export interface JuryOverview {
  subjects: JurySubject[];
  assignments: AssignmentListRow[];
  jurors: JurorRow[];
}

/** The editors' jury page: what is reviewed, who is assigned to what, who could be. */
export async function juryOverview(db: Executor, challenge: Pick<ChallengeRow, 'id'>): Promise<JuryOverview> {
  const [subjects, assignments, jurors] = await Promise.all([
    jurySubjects(db, challenge),
    assignmentsOfProcess(db, processKey(challenge.id)),
    jurorChoices(db),
  ]);
  return { subjects, assignments, jurors };
}

export interface ChallengeRanking {
  subjects: JurySubject[];
  criteria: ReviewCriterion[];
  /** every submitted submission, the best mean first; those without a submitted review last */
  ranking: SubjectRanking[];
}

/** The ranking of the challenge's submitted submissions by the weighted scores of the submitted reviews. */
export async function challengeRanking(db: Executor, challenge: Pick<ChallengeRow, 'id'>): Promise<ChallengeRanking> {
  const [subjects, criteria] = await Promise.all([jurySubjects(db, challenge), reviewCriteria(db, challenge.id)]);
  const rows = await ranking(db, { processKey: processKey(challenge.id), subjectIds: subjects.map((s) => s.id), criteria });
  return { subjects, criteria, ranking: rows };
}

/** A submission in full, as the editors and (blind or not) its jurors read it. */
export interface SubmissionDossier {
  subject: JurySubject;
  attachments: AttachmentRow[];
}

export async function submissionDossier(db: Executor, submission: SubmissionRow): Promise<SubmissionDossier> {
  const [[subject], attachments] = await Promise.all([named(db, [submission]), listAttachments(db, submission.id)]);
  return { subject: subject!, attachments };
}

/** One of the juror's assignments with the submission it is about. */
export interface JurorTask extends AssignmentListRow {
  submission: SubmissionRow;
}

/**
 * The juror's assignments in the Call for Solutions, by challenge. The engine lists a juror's
 * assignments one process at a time, so each published challenge is asked; a subject that is
 * no submitted submission of that challenge (any more) is left out.
 */
export async function jurorTasks(db: Executor, jurorId: string): Promise<{ challenge: ChallengeRow; tasks: JurorTask[] }[]> {
  const result: { challenge: ChallengeRow; tasks: JurorTask[] }[] = [];
  for (const challenge of await listPublishedChallenges(db)) {
    const assignments = await jurorAssignments(db, jurorId, processKey(challenge.id));
    if (assignments.length === 0) continue;
    const submissions = await listSubmissionsByIds(
      db,
      assignments.map((a) => a.subjectId),
    );
    const tasks = assignments.flatMap((a) => {
      const submission = submissions.find((s) => s.id === a.subjectId && s.challengeId === challenge.id && s.status === 'submitted');
      return submission ? [{ ...a, submission }] : [];
    });
    if (tasks.length > 0) result.push({ challenge, tasks });
  }
  return result;
}
