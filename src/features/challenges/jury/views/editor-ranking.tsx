import { Tag } from '../../../../platform/views/components/content.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import type { ReviewCriterion, ReviewView } from '../../../review/service.ts';
import { RankingTable, ReviewSummary } from '../../../review/ui.ts';
import { editorChallengePath } from '../../core/paths.ts';
import type { ChallengeRow } from '../../core/repository.ts';
import { ChallengeEditorLayout } from '../../core/views/challenge-editor-layout.tsx';
import type { ChallengeRanking, SubmissionDossier } from '../service.ts';
import { SubmissionDetails } from './submission-details.tsx';

function CriteriaList(props: { ctx: ViewContext; criteria: readonly ReviewCriterion[] }) {
  const { ctx } = props;
  return (
    <>
      <h2 class="kern-heading-medium">{ctx.t.challengesJury.ranking.criteria}</h2>
      <ul class="kern-list">
        {props.criteria.map((c) => (
          <li key={c.id}>
            {c.title}: {ctx.t.challenges.fields.weight(c.weight)}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The submitted submissions by the weighted mean of their submitted reviews, with the reviews' count and conflicts. */
export function RankingPage(props: { ctx: ViewContext; challenge: ChallengeRow; ranked: ChallengeRanking }) {
  const { ctx, challenge, ranked } = props;
  const m = ctx.t.challengesJury.ranking;
  const subjects = new Map(ranked.subjects.map((s) => [s.id, { title: s.title, href: editorChallengePath(challenge.id, `rangliste/${s.id}`) }]));
  return (
    <ChallengeEditorLayout ctx={ctx} challenge={challenge} title={m.title} section="ranking" wide>
      <p class="kern-body">{m.lead}</p>
      <RankingTable ctx={ctx} ranking={ranked.ranking} subjects={subjects} subjectHeading={m.subject} />
      <CriteriaList ctx={ctx} criteria={ranked.criteria} />
    </ChallengeEditorLayout>
  );
}

function ReviewState(props: { ctx: ViewContext; review: ReviewView; criteria: readonly ReviewCriterion[] }) {
  const { ctx, review } = props;
  const m = ctx.t.challengesJury.submission;
  if (review.conflict === 'declared') {
    return (
      <>
        <p class="kern-body">{m.conflict}</p>
        {review.conflictNote ? <p class="kern-body kern-body--muted">{review.conflictNote}</p> : null}
      </>
    );
  }
  if (review.conflict === null) return <p class="kern-body">{m.undeclared}</p>;
  if (review.reviewStatus === 'submitted') return <ReviewSummary ctx={ctx} criteria={props.criteria} review={review} />;
  return <p class="kern-body">{review.reviewStatus === 'draft' ? m.draft : m.notStarted}</p>;
}

/** One submission in full, for the editors (never blind), and every review of it. */
export function SubmissionReviewsPage(props: {
  ctx: ViewContext;
  challenge: ChallengeRow;
  dossier: SubmissionDossier;
  criteria: readonly ReviewCriterion[];
  reviews: readonly ReviewView[];
}) {
  const { ctx, challenge, dossier } = props;
  const m = ctx.t.challengesJury.submission;
  const s = dossier.subject;
  return (
    <ChallengeEditorLayout
      ctx={ctx}
      challenge={challenge}
      title={s.title}
      parents={[{ href: editorChallengePath(challenge.id, 'rangliste'), label: ctx.t.challengesJury.ranking.title }]}
    >
      {s.winner ? (
        <p class="kern-body">
          <Tag colour="green">{m.winner(s.awardNote)}</Tag>
        </p>
      ) : null}
      <SubmissionDetails
        ctx={ctx}
        dossier={dossier}
        blind={false}
        attachmentHref={(id) => editorChallengePath(challenge.id, `rangliste/${s.id}/anhaenge/${id}`)}
      />
      <h2 class="kern-heading-large">{m.reviews}</h2>
      {props.reviews.length === 0 ? <p class="kern-body">{m.noReviews}</p> : null}
      {props.reviews.map((review) => (
        <section key={review.id} aria-labelledby={`review-${review.id}`}>
          <h3 class="kern-heading-medium" id={`review-${review.id}`}>
            {m.reviewBy(review.jurorName ?? ctx.t.review.deletedAccount)}
          </h3>
          <ReviewState ctx={ctx} review={review} criteria={props.criteria} />
        </section>
      ))}
      <p class="kern-body">
        <a href={editorChallengePath(challenge.id, 'rangliste')}>{m.back}</a>
      </p>
    </ChallengeEditorLayout>
  );
}
