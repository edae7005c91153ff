import type { Executor } from '../../../platform/db/client.ts';
import type { SubjectRanking } from '../../review/service.ts';
import type { CompetitionCallRow } from '../core/repository.ts';
import { callRanking, type JurySubject } from '../jury/service.ts';
import { countUndecided, sumAwarded } from './repository.ts';
import { releaseProblem, type ReleaseProblem } from './rules.ts';

export interface DecisionRow {
  subject: JurySubject;
  ranking: SubjectRanking | undefined;
}

export interface DecisionsOverview {
  call: CompetitionCallRow;
  /** the reviewed applications, best weighted score first, those without a review last */
  rows: DecisionRow[];
  awardedCents: number;
  leftCents: number;
  undecided: number;
  /** why the release is not possible yet; undefined: it is */
  releaseProblem: ReleaseProblem | undefined;
}

/** The editors' page of decisions: the jury's ranking with what is asked and awarded, and the budget. */
export async function decisionsOverview(db: Executor, call: CompetitionCallRow, now: Date): Promise<DecisionsOverview> {
  const [{ subjects, ranking }, awardedCents, undecided] = await Promise.all([callRanking(db, call), sumAwarded(db, call.id), countUndecided(db, call.id)]);
  const byId = new Map(ranking.map((r) => [r.subjectId, r]));
  const rows = subjects
    .map((subject) => ({ subject, ranking: byId.get(subject.id) }))
    .sort(
      (a, b) =>
        (a.ranking?.rank ?? Number.MAX_SAFE_INTEGER) - (b.ranking?.rank ?? Number.MAX_SAFE_INTEGER) ||
        (a.subject.reference ?? '').localeCompare(b.subject.reference ?? ''),
    );
  const decided = subjects.filter((s) => s.status === 'awarded' || s.status === 'rejected').length;
  return {
    call,
    rows,
    awardedCents,
    leftCents: call.totalBudgetCents - awardedCents,
    undecided,
    releaseProblem: call.decisionsReleasedAt ? undefined : releaseProblem({ closesAt: call.closesAt, now, undecided, decided }),
  };
}
