import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { NotificationBanner, Table } from '../../../../platform/views/components/content.tsx';
import type { Crumb, ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { AssignmentListRow, ReviewCriterion, ReviewView } from '../../../review/service.ts';
import { ConflictForm, ConflictTag, ReviewForm, ReviewStatusTag, ReviewSummary } from '../../../review/ui.ts';
import type { ApplicationDossier } from '../../applications/service.ts';
import { ApplicationSummary } from '../../applications/views/shared.tsx';
import { JURY_PATH, juryAssignmentPath, PUBLIC_PATH } from '../../core/paths.ts';
import type { CompetitionCallRow } from '../../core/repository.ts';

function crumbs(ctx: ViewContext, last?: string): Crumb[] {
  const m = ctx.t.competitionJury.juror;
  return [
    { href: PUBLIC_PATH, label: ctx.t.competition.public.title },
    ...(last ? [{ href: JURY_PATH, label: m.title }, { label: last }] : [{ label: m.title }]),
  ];
}

/** A juror's assignments, grouped by call. */
export function JurorListPage(props: {
  ctx: ViewContext;
  calls: { call: CompetitionCallRow; assignments: (AssignmentListRow & { reference: string; title: string })[] }[];
  notice?: string | undefined;
}) {
  const { ctx } = props;
  const m = ctx.t.competitionJury.juror;
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={crumbs(ctx)}>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead}</p>
      {props.calls.length === 0 ? <p class="kern-body">{m.none}</p> : null}
      {props.calls.map(({ call, assignments }) => (
        <Table
          key={call.id}
          caption={m.caption(call.title)}
          head={[m.head.reference, m.head.project, m.head.state]}
          rows={assignments.map((a) => [
            <a key={a.id} href={juryAssignmentPath(a.id)}>
              {a.reference}
            </a>,
            a.title,
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
 * One assignment: first the declaration of a conflict of interest; then, without one, the
 * application (blind where the call says so) and the review form, or the submitted review.
 */
export function AssignmentPage(props: {
  ctx: ViewContext;
  dossier: ApplicationDossier;
  review: ReviewView;
  criteria: ReviewCriterion[];
  open: boolean;
  others: ReviewView[];
  notice?: string | undefined;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}) {
  const { ctx, dossier, review } = props;
  const m = ctx.t.competitionJury.juror;
  const title = m.application(dossier.application.reference ?? '');
  const blind = dossier.call.blindReview;
  const action = juryAssignmentPath(review.id);
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={crumbs(ctx, dossier.application.reference ?? '')}>
      {props.notice ? (
        <NotificationBanner ctx={ctx} variant="success">
          <p class="kern-body">{props.notice}</p>
        </NotificationBanner>
      ) : null}
      <p class="kern-preline">{dossier.call.title}</p>
      <h1 class="kern-heading-x-large">{title}</h1>
      {review.conflict === null ? (
        <ConflictForm ctx={ctx} action={`${action}/konflikt`} values={props.values} errors={props.errors}>
          <p class="kern-body">
            <strong>{dossier.application.title}</strong>
            {blind ? null : ` – ${dossier.application.organisationName}`}
          </p>
        </ConflictForm>
      ) : review.conflict === 'declared' ? (
        <p class="kern-body">{m.closedConflict}</p>
      ) : (
        <>
          {blind ? <p class="kern-body">{m.blindNote}</p> : null}
          <ApplicationSummary ctx={ctx} dossier={dossier} changeLinks={false} blind={blind} />
          {review.reviewStatus === 'submitted' ? (
            <ReviewSummary ctx={ctx} criteria={props.criteria} review={review} />
          ) : props.open ? (
            <ReviewForm ctx={ctx} action={action} criteria={props.criteria} values={props.values} errors={props.errors} />
          ) : (
            <p class="kern-body">{m.notOpen}</p>
          )}
          {props.others.length > 0 ? (
            <>
              <h2 class="kern-heading-medium">{m.othersTitle}</h2>
              {props.others.map((other) => (
                <ReviewSummary key={other.id} ctx={ctx} criteria={props.criteria} review={other} />
              ))}
            </>
          ) : null}
        </>
      )}
    </Layout>
  );
}
