import { Table } from '../../../platform/views/components/content.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import type { SubjectRanking } from '../scoring.ts';
import { scoreText } from './shared.tsx';

/** How the owning feature names a subject in the table: its title and, if it has a page, the link. */
export interface SubjectLabel {
  title: string;
  href?: string | undefined;
}

/**
 * The ranking of a process (ranking() of service.ts): rank, subject, weighted mean, spread,
 * reviews submitted and missing, recommendations. The owning feature names the subjects.
 */
export function RankingTable(props: {
  ctx: ViewContext;
  ranking: readonly SubjectRanking[];
  subjects: ReadonlyMap<string, SubjectLabel>;
  /** the heading of the subject column, in the owning feature's words; "Beitrag" if not given */
  subjectHeading?: string;
  caption?: string;
}) {
  const { ctx } = props;
  const m = ctx.t.review.ranking;
  if (props.ranking.length === 0) return <p class="kern-body">{m.none}</p>;
  const rows = props.ranking.map((r) => {
    const subject = props.subjects.get(r.subjectId) ?? { title: r.subjectId };
    return [
      r.rank === null ? m.noRank : String(r.rank),
      subject.href ? (
        <a key={r.subjectId} href={subject.href}>
          {subject.title}
        </a>
      ) : (
        subject.title
      ),
      scoreText(ctx, r.mean),
      scoreText(ctx, r.spread),
      <>
        {m.reviews(r.submitted, r.missing)}
        {r.conflicts > 0 ? <p class="kern-body kern-body--muted">{m.conflicts(r.conflicts)}</p> : null}
      </>,
      m.recommendations(r.recommendations.yes, r.recommendations.maybe, r.recommendations.no),
    ];
  });
  return (
    <>
      <Table
        caption={props.caption ?? m.caption}
        id="table-ranking"
        head={[m.head.rank, props.subjectHeading ?? m.head.subject, m.head.mean, m.head.spread, m.head.reviews, m.head.recommendations]}
        numeric={[0, 2, 3]}
        rows={rows}
      />
      <p class="kern-body kern-body--muted">{m.explanation}</p>
    </>
  );
}
