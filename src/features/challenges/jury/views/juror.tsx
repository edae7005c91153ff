import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { NotificationBanner, Table } from '../../../../platform/views/components/content.tsx';
import type { Crumb, ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { ReviewCriterion, ReviewView } from '../../../review/service.ts';
import { ConflictForm, ConflictTag, ReviewForm, ReviewStatusTag, ReviewSummary } from '../../../review/ui.ts';
import { CHALLENGES_PATH, JURY_PATH, juryAssignmentPath } from '../../core/paths.ts';
import type { ChallengeRow } from '../../core/repository.ts';
import type { JurorTask, SubmissionDossier } from '../service.ts';
import { SubmissionDetails } from './submission-details.tsx';

function crumbs(ctx: ViewContext, last?: string): Crumb[] {
  const m = ctx.t.challengesJury.juror;
  return [{ href: CHALLENGES_PATH, label: ctx.t.challenges.nav }, ...(last ? [{ href: JURY_PATH, label: m.title }, { label: last }] : [{ label: m.title }])];
}

function Banner(props: { ctx: ViewContext; notice: string | undefined }) {
  return props.notice ? (
    <NotificationBanner ctx={props.ctx} variant="success">
      <p class="kern-body">{props.notice}</p>
    </NotificationBanner>
  ) : null;
}

/** A juror's assignments, by challenge: the submission and where the declaration and the review stand. */
export function JurorListPage(props: { ctx: ViewContext; challenges: { challenge: ChallengeRow; tasks: JurorTask[] }[]; notice?: string | undefined }) {
  const { ctx } = props;
  const m = ctx.t.challengesJury.juror;
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={crumbs(ctx)}>
      <Banner ctx={ctx} notice={props.notice} />
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead}</p>
      {props.challenges.length === 0 ? <p class="kern-body">{m.none}</p> : null}
      {props.challenges.map(({ challenge, tasks }) => (
        <Table
          key={challenge.id}
          id={`table-${challenge.id}`}
          caption={m.caption(challenge.title)}
          head={[m.head.submission, m.head.state]}
          rows={tasks.map((a) => [
            <a key={a.id} href={juryAssignmentPath(a.id)}>
              {a.submission.title}
            </a>,
            a.conflict === null || a.conflict === 'declared' ? (
              <ConflictTag key="c" ctx={ctx} conflict={a.conflict} />
            ) : (
              <ReviewStatusTag key="r" ctx={ctx} status={a.reviewStatus} />
            ),
          ])}
        />
      ))}
    </Layout>
  );
}

/**
 * One assignment: first the declaration of a conflict of interest, showing only the title;
 * then, without a conflict, the submission (blind where the challenge says so) and the review
 * form while the jury works, or the submitted review; the others' reviews once decided.
 */
export function AssignmentPage(props: {
  ctx: ViewContext;
  challenge: ChallengeRow;
  dossier: SubmissionDossier;
  review: ReviewView;
  criteria: ReviewCriterion[];
  open: boolean;
  others: ReviewView[];
  notice?: string | undefined;
  /** why what the juror sent was not stored, e.g. the review phase closed meanwhile */
  problem?: string | undefined;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}) {
  const { ctx, challenge, dossier, review } = props;
  const m = ctx.t.challengesJury.juror;
  const title = dossier.subject.title;
  const blind = challenge.blindReview;
  const action = juryAssignmentPath(review.id);
  return (
    <Layout ctx={ctx} title={`${title}: ${challenge.title}`} breadcrumbs={crumbs(ctx, title)}>
      <Banner ctx={ctx} notice={props.notice} />
      {props.problem ? (
        <NotificationBanner ctx={ctx} variant="warning">
          <p class="kern-body">{props.problem}</p>
        </NotificationBanner>
      ) : null}
      <p class="kern-body kern-body--muted">{challenge.title}</p>
      <h1 class="kern-heading-x-large">{title}</h1>
      {review.conflict === null ? (
        <ConflictForm ctx={ctx} action={juryAssignmentPath(review.id, 'konflikt')} values={props.values} errors={props.errors}>
          {blind ? <p class="kern-body">{m.blindNote}</p> : null}
        </ConflictForm>
      ) : review.conflict === 'declared' ? (
        <p class="kern-body">{m.closedConflict}</p>
      ) : (
        <>
          {blind ? <p class="kern-body">{m.blindNote}</p> : null}
          <SubmissionDetails ctx={ctx} dossier={dossier} blind={blind} attachmentHref={(id) => juryAssignmentPath(review.id, `anhaenge/${id}`)} />
          {review.reviewStatus === 'submitted' ? (
            <>
              <h2 class="kern-heading-large">{ctx.t.review.form.title}</h2>
              <ReviewSummary ctx={ctx} criteria={props.criteria} review={review} />
            </>
          ) : props.open ? (
            <ReviewForm ctx={ctx} action={action} criteria={props.criteria} values={props.values} errors={props.errors} />
          ) : (
            <p class="kern-body">{m.notOpen}</p>
          )}
          {props.others.length > 0 ? (
            <>
              <h2 class="kern-heading-large">{m.othersTitle}</h2>
              {props.others.map((other, i) => (
                <section key={other.id} aria-labelledby={`other-${other.id}`}>
                  <h3 class="kern-heading-medium" id={`other-${other.id}`}>
                    {m.otherReview(i + 1)}
                  </h3>
                  <ReviewSummary ctx={ctx} criteria={props.criteria} review={other} />
                </section>
              ))}
            </>
          ) : null}
        </>
      )}
    </Layout>
  );
}
