import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { Markdown } from '../../../../platform/markdown/markdown.tsx';
import { fieldName } from '../../../../platform/taxonomy/fields-of-action.ts';
import { SummaryList } from '../../../../platform/views/components/content.tsx';
import { Button, ButtonLink, ErrorSummary, errorFor, Form, TextArea, valueFor } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { editorChallengePath, ownerChallengePath } from '../../core/paths.ts';
import { ChallengeEditorLayout } from '../../core/views/challenge-editor-layout.tsx';
import type { ChallengeOverview } from '../authoring-service.ts';
import { CriteriaTable, MissingList } from './shared.tsx';
import { PhaseTag, TimelineList } from '../../core/views/phase-and-timeline.tsx';

const TEXTS = ['problem', 'context', 'affected', 'dataAvailable', 'constraints', 'success'] as const;

/**
 * The editors' page of one challenge: the whole text as the public will read it, its criteria
 * and timeline, and while it awaits approval the two decisions: publish, or return it with a note.
 */
export function EditorOverviewPage(props: {
  ctx: ViewContext;
  overview: ChallengeOverview;
  approveSubmissionId: string;
  returnSubmissionId: string;
  notice?: string | undefined;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}) {
  const { ctx, overview } = props;
  const { challenge } = overview;
  const m = ctx.t.challengesAuthoring.editor;
  const f = ctx.t.challenges.fields;
  const fields = overview.fields.filter((field) => challenge.fieldsOfAction.includes(field.slug)).map((field) => fieldName(field, ctx.locale));
  return (
    <ChallengeEditorLayout
      ctx={ctx}
      challenge={challenge}
      title={challenge.title}
      section="overview"
      notice={props.notice}
      top={<ErrorSummary ctx={ctx} errors={props.errors} />}
    >
      <SummaryList
        ctx={ctx}
        rows={[
          { key: f.organisation, value: overview.organisation },
          { key: ctx.t.challengesAuthoring.overview.phase, value: <PhaseTag ctx={ctx} phase={overview.phase} /> },
          { key: m.summary, value: challenge.summary },
          { key: f.prize, value: challenge.prize },
          { key: f.eligibility, value: ctx.t.challenges.eligibility[challenge.eligibility] },
          { key: m.fieldsOfAction, value: fields.join(', ') },
          { key: m.blindReview, value: challenge.blindReview ? m.yes : m.no },
          { key: f.contact, value: challenge.contact },
          { key: m.retention, value: m.retentionDays(challenge.retentionDays) },
        ]}
      />
      <div class="dk-actions">
        <ButtonLink href={ownerChallengePath(challenge.id, 'bearbeiten')} variant="secondary">
          {m.edit}
        </ButtonLink>
      </div>
      <h2 class="kern-heading-medium">{m.texts}</h2>
      {TEXTS.filter((name) => challenge[name] !== '').map((name) => (
        <section key={name} aria-labelledby={`text-${name}`}>
          <h3 class="kern-heading-small" id={`text-${name}`}>
            {f[name]}
          </h3>
          <Markdown text={challenge[name]} headingLevel={3} idPrefix={`${name}-`} />
        </section>
      ))}
      <h2 class="kern-heading-medium">{f.criteria}</h2>
      {overview.criteria.length === 0 ? (
        <p class="kern-body">{ctx.t.challengesAuthoring.overview.noCriteria}</p>
      ) : (
        <CriteriaTable ctx={ctx} criteria={overview.criteria} />
      )}
      <h2 class="kern-heading-medium">{f.timeline}</h2>
      <TimelineList ctx={ctx} challenge={challenge} />
      <h2 class="kern-heading-medium">{m.decision}</h2>
      {challenge.status === 'in_review' ? (
        <>
          {overview.missing.length > 0 ? (
            <>
              <p class="kern-body">{m.missingLead}</p>
              <MissingList ctx={ctx} missing={overview.missing} />
            </>
          ) : null}
          <p class="kern-body">{m.approveLead}</p>
          <Form ctx={ctx} action={editorChallengePath(challenge.id, 'freigeben')} submissionId={props.approveSubmissionId}>
            <Button>{m.approve}</Button>
          </Form>
          <Form ctx={ctx} action={editorChallengePath(challenge.id, 'zurueckgeben')} submissionId={props.returnSubmissionId}>
            <TextArea name="note" label={m.note} hint={m.noteHint} rows={4} value={valueFor(props.values, 'note')} error={errorFor(props.errors, 'note')} />
            <Button variant="secondary">{m.return}</Button>
          </Form>
        </>
      ) : (
        <p class="kern-body">{m.notInReview}</p>
      )}
    </ChallengeEditorLayout>
  );
}
