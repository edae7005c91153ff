import type { ExportTable } from '../../../platform/exports/table.ts';
import type { Messages } from '../../../platform/i18n/index.ts';
import { weightedScore, type ReviewCriterion, type SubjectRanking } from '../../review/service.ts';
import type { RANKING_FILTERS } from './schema.ts';
import type { CallRanking, JurySubject } from './service.ts';
import { euroCell } from '../../../platform/text/money.ts';

export type RankingFilter = (typeof RANKING_FILTERS)[number];

/** The ranking as the filter asks: all, those still missing reviews, or those fully reviewed. */
export function filterRanking(ranking: SubjectRanking[], filter: RankingFilter): SubjectRanking[] {
  if (filter === 'missing') return ranking.filter((r) => r.missing > 0);
  if (filter === 'complete') return ranking.filter((r) => r.missing === 0 && r.submitted > 0);
  return ranking;
}

const decimal = (value: number | null) => (value === null ? '' : value.toFixed(2).replace('.', ','));

/** The ranking as a table to download, with the applicants' names: the editors' working copy. */
export function rankingTable(ranked: CallRanking, t: Messages): ExportTable {
  const m = t.competitionJury.ranking;
  const subjects = new Map(ranked.subjects.map((s) => [s.id, s]));
  return {
    title: m.sheet,
    header: [...m.header],
    rows: ranked.ranking.map((r) => {
      const s = subjects.get(r.subjectId)!;
      return [
        r.rank === null ? '' : String(r.rank),
        s.reference ?? '',
        s.organisationName,
        s.title,
        euroCell(s.requestedCents),
        decimal(r.mean),
        decimal(r.spread),
        String(r.submitted),
        String(r.missing),
        String(r.recommendations.yes),
        String(r.recommendations.maybe),
        String(r.recommendations.no),
      ];
    }),
  };
}

/** One submitted review's scores, one row per criterion, for the download of all reviews. */
export interface ReviewRow {
  subject: JurySubject;
  jurorName: string;
  status: string;
  recommendation: string;
  scores: ReadonlyMap<string, { score: number | null; comment: string }>;
}

export function reviewsTable(rows: ReviewRow[], criteria: readonly ReviewCriterion[], t: Messages): ExportTable {
  const m = t.competitionJury.ranking;
  return {
    title: m.reviewsSheet,
    header: [...m.reviewsHeader],
    rows: rows.flatMap((row) => {
      const weighted = weightedScore(criteria, new Map([...row.scores].map(([id, s]) => [id, s.score])));
      return criteria.map((c) => {
        const s = row.scores.get(c.id);
        return [
          row.subject.reference ?? '',
          row.subject.organisationName,
          row.subject.title,
          row.jurorName,
          row.status,
          row.recommendation,
          decimal(weighted ?? null),
          c.title,
          s?.score === null || s === undefined ? '' : String(s.score),
          s?.comment ?? '',
        ];
      });
    }),
  };
}
