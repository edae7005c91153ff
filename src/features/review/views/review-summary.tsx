import { formatDateTime } from '../../../platform/i18n/dates.ts';
import { SummaryList, type SummaryRow } from '../../../platform/views/components/content.tsx';
import { PlainText } from '../../../platform/views/components/plain-text.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { roundScore, weightedScore } from '../scoring.ts';
import type { ReviewCriterion, ReviewView } from '../service.ts';
import { scoreText } from './shared.tsx';

/**
 * A review as it was saved, to read: each criterion's points and comment, the weighted score,
 * the recommendation and the comment on the whole. For the juror's own submitted review and,
 * where the owning feature lets them be seen, for the editors' and other jurors' pages.
 */
export function ReviewSummary(props: {
  ctx: ViewContext;
  criteria: readonly ReviewCriterion[];
  review: Pick<ReviewView, 'scores' | 'recommendation' | 'reviewComment' | 'submittedAt'>;
}) {
  const { ctx, criteria, review } = props;
  const m = ctx.t.review.summary;
  const weighted = weightedScore(criteria, new Map([...review.scores].map(([id, s]) => [id, s.score])));
  const rows: SummaryRow[] = criteria.map((c) => {
    const s = review.scores.get(c.id);
    return {
      key: m.score(c.title),
      value: (
        <>
          <p class="kern-body">{s && s.score !== null ? m.points(s.score) : m.noScore}</p>
          {s?.comment ? <PlainText text={s.comment} /> : null}
        </>
      ),
    };
  });
  rows.push({ key: m.weighted, value: scoreText(ctx, weighted === undefined ? null : roundScore(weighted)) });
  rows.push({ key: m.recommendation, value: review.recommendation ? ctx.t.review.recommendations[review.recommendation] : m.none });
  rows.push({ key: m.comment, value: review.reviewComment ? <PlainText text={review.reviewComment} /> : m.none });
  if (review.submittedAt) rows.push({ key: m.submittedAt, value: formatDateTime(ctx.locale, review.submittedAt) });
  return <SummaryList ctx={ctx} rows={rows} />;
}
