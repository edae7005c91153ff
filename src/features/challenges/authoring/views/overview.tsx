import type { FieldError } from '../../../../platform/http/form.ts';
import { NotificationBanner, Notice, SummaryList } from '../../../../platform/views/components/content.tsx';
import { Button, ButtonLink, ErrorSummary, Form } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { challengePath, ownerChallengePath } from '../../core/paths.ts';
import type { ChallengeOverview } from '../authoring-service.ts';
import { CriteriaTable, MissingList, ownerCrumbs } from './shared.tsx';
import { PhaseTag, TimelineList } from '../../core/views/phase-and-timeline.tsx';

/**
 * The owners' overview of one challenge: where it stands (with the editors' note when they gave
 * it back), the preview of its public page, its criteria and timeline, and what is missing before
 * it can be sent to the editors.
 */
export function OwnerOverviewPage(props: {
  ctx: ViewContext;
  overview: ChallengeOverview;
  mayEdit: boolean;
  submissionId: string;
  notice?: string | undefined;
  errors?: FieldError[] | undefined;
}) {
  const { ctx, overview } = props;
  const { challenge } = overview;
  const m = ctx.t.challengesAuthoring.overview;
  const draft = challenge.status === 'draft';
  return (
    <Layout ctx={ctx} title={challenge.title} breadcrumbs={[...ownerCrumbs(ctx), { label: challenge.title }]}>
      <ErrorSummary ctx={ctx} errors={props.errors} />
      <Notice ctx={ctx} notice={props.notice} />
      <h1 class="kern-heading-x-large">{challenge.title}</h1>
      {draft && challenge.reviewNote ? (
        <NotificationBanner ctx={ctx} variant="warning" title={m.returnedTitle}>
          <p class="kern-body">{challenge.reviewNote}</p>
        </NotificationBanner>
      ) : null}
      <SummaryList
        ctx={ctx}
        rows={[
          { key: m.organisation, value: overview.organisation },
          { key: m.status, value: ctx.t.challenges.status[challenge.status] },
          { key: m.phase, value: <PhaseTag ctx={ctx} phase={overview.phase} /> },
        ]}
      />
      <p class="kern-body">
        <a href={challengePath(challenge.slug)}>{m.preview}</a>
      </p>
      {challenge.status === 'published' ? null : <p class="kern-hint">{m.previewHint}</p>}
      {props.mayEdit ? (
        <div class="dk-actions">
          <ButtonLink href={ownerChallengePath(challenge.id, 'bearbeiten')} variant="secondary">
            {m.edit}
          </ButtonLink>
          <ButtonLink href={ownerChallengePath(challenge.id, 'kriterien')} variant="secondary">
            {m.editCriteria}
          </ButtonLink>
        </div>
      ) : null}
      <h2 class="kern-heading-medium">{m.criteria}</h2>
      {overview.criteria.length === 0 ? <p class="kern-body">{m.noCriteria}</p> : <CriteriaTable ctx={ctx} criteria={overview.criteria} />}
      <h2 class="kern-heading-medium">{ctx.t.challenges.fields.timeline}</h2>
      <TimelineList ctx={ctx} challenge={challenge} />
      {draft ? (
        <section aria-labelledby="f-send">
          <h2 class="kern-heading-medium" id="f-send" tabindex={-1}>
            {m.checklist}
          </h2>
          {overview.missing.length === 0 ? (
            <p class="kern-body">{m.ready}</p>
          ) : (
            <>
              <p class="kern-body">{m.missingLead}</p>
              <MissingList ctx={ctx} missing={overview.missing} />
            </>
          )}
          <Form ctx={ctx} action={ownerChallengePath(challenge.id, 'freigabe')} submissionId={props.submissionId}>
            <Button>{m.send}</Button>
          </Form>
        </section>
      ) : (
        <p class="kern-body">{challenge.status === 'in_review' ? m.inReview : m.published}</p>
      )}
    </Layout>
  );
}
