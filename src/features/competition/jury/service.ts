import type { Executor } from '../../../platform/db/client.ts';
import {
  assignmentsOfProcess,
  jurorChoices,
  ranking,
  type AssignmentListRow,
  type JurorRow,
  type ReviewCriterion,
  type SubjectRanking,
} from '../../review/service.ts';
import { budgetTotals } from '../core/application-rules.ts';
import type { CompetitionCallRow } from '../core/repository.ts';
import { listSubmittedApplications, sumBudgetsOfCall, type ApplicationListRow } from '../applications/repository.ts';
import { processKey, REVIEWED_STATUSES, reviewCriteria } from './process.ts';

/** An application the jury reviews, with what it asks for. */
export interface JurySubject extends ApplicationListRow {
  requestedCents: number;
}

/** The call's applications the jury reviews, by reference. */
export async function jurySubjects(db: Executor, call: CompetitionCallRow): Promise<JurySubject[]> {
  const [applications, sums] = await Promise.all([listSubmittedApplications(db, call.id), sumBudgetsOfCall(db, call.id)]);
  return applications
    .filter((a) => REVIEWED_STATUSES.includes(a.status))
    .map((a) => ({ ...a, requestedCents: budgetTotals([{ amountCents: sums.get(a.id) ?? 0 }], call.ownSharePercent).requestedCents }));
}

export interface JuryOverview {
  subjects: JurySubject[];
  assignments: AssignmentListRow[];
  jurors: JurorRow[];
}

/** The editors' jury page: what is reviewed, who is assigned to what, who could be. */
export async function juryOverview(db: Executor, call: CompetitionCallRow): Promise<JuryOverview> {
  const [subjects, assignments, jurors] = await Promise.all([jurySubjects(db, call), assignmentsOfProcess(db, processKey(call.id)), jurorChoices(db)]);
  return { subjects, assignments, jurors };
}

export interface CallRanking {
  subjects: JurySubject[];
  criteria: ReviewCriterion[];
  ranking: SubjectRanking[];
}

/** The ranking of the call's reviewed applications by the weighted scores of their reviews. */
export async function callRanking(db: Executor, call: CompetitionCallRow): Promise<CallRanking> {
  const [subjects, criteria] = await Promise.all([jurySubjects(db, call), reviewCriteria(db, call.id)]);
  const rows = await ranking(db, { processKey: processKey(call.id), subjectIds: subjects.map((s) => s.id), criteria });
  return { subjects, criteria, ranking: rows };
}
