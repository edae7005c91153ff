import { newSubmissionId, type FieldError, type FormValues } from '../../../../platform/http/form.ts';
import { formatDateTime } from '../../../../platform/i18n/dates.ts';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { ActionButtonForm } from '../../../../platform/views/components/inline-forms.tsx';
import { Button, ErrorSummary, Form, TextArea, errorFor, valueFor } from '../../../../platform/views/components/form.tsx';
import { PlainText } from '../../../../platform/views/components/plain-text.tsx';
import { workbenchPath } from '../../core/paths.ts';
import type { Workbench } from '../../core/require-strategy.ts';
import { canComment, canEditStrategy } from '../../core/rules.ts';
import type { StrategyStep } from '../../core/tables.ts';
import { WorkbenchLayout } from '../../core/views/workbench-layout.tsx';
import type { CommentWithAuthor } from '../repository.ts';

function CommentItem(props: { ctx: ViewContext; workbench: Workbench; step: StrategyStep; comment: CommentWithAuthor; submissionId?: string }) {
  const { ctx, comment } = props;
  const m = ctx.t.strategyPlan.comments;
  const author = comment.authorName ?? m.formerAccount;
  return (
    <li>
      <p class="kern-body kern-body--small kern-body--muted">{m.by(author, formatDateTime(ctx.locale, comment.createdAt))}</p>
      <PlainText text={comment.body} />
      {props.submissionId ? (
        <ActionButtonForm
          ctx={ctx}
          action={workbenchPath(props.workbench.organisation.slug, props.step, `kommentare/${comment.id}/erledigt`)}
          label={m.resolve}
          about={m.by(author, formatDateTime(ctx.locale, comment.createdAt))}
          submissionId={props.submissionId}
        />
      ) : null}
    </li>
  );
}

/** The form for a comment on a step; the field is named so that it never clashes with the step's own forms. */
export function CommentForm(props: {
  ctx: ViewContext;
  workbench: Workbench;
  step: StrategyStep;
  submissionId: string;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}) {
  const m = props.ctx.t.strategyPlan.comments;
  return (
    <Form ctx={props.ctx} action={workbenchPath(props.workbench.organisation.slug, props.step, 'kommentare')} submissionId={props.submissionId}>
      <TextArea
        name="body"
        label={m.label}
        hint={m.hint}
        rows={4}
        maxLength={2_000}
        value={valueFor(props.values, 'body')}
        error={errorFor(props.errors, 'body')}
      />
      <Button variant="secondary">{m.send}</Button>
    </Form>
  );
}

/**
 * The comments of one step, at the foot of its page: open ones in full (managers can mark them
 * resolved), resolved ones folded away, and the form for a new one.
 */
export function StepComments(props: { ctx: ViewContext; workbench: Workbench; step: StrategyStep; comments: CommentWithAuthor[] }) {
  const { ctx, workbench, step } = props;
  if (!canComment(workbench.access)) return null;
  const m = ctx.t.strategyPlan.comments;
  const open = props.comments.filter((c) => !c.resolvedAt);
  const resolved = props.comments.filter((c) => c.resolvedAt);
  const manager = canEditStrategy(workbench.access);
  return (
    <section aria-labelledby="comments-title">
      <h2 class="kern-heading-medium" id="comments-title">
        {m.title}
      </h2>
      {open.length === 0 ? <p class="kern-body">{m.empty}</p> : null}
      {open.length > 0 ? (
        <ul>
          {open.map((c) => (
            <CommentItem key={c.id} ctx={ctx} workbench={workbench} step={step} comment={c} submissionId={manager ? newSubmissionId() : undefined} />
          ))}
        </ul>
      ) : null}
      {resolved.length > 0 ? (
        <details class="kern-accordion">
          <summary class="kern-accordion__header">{m.resolvedTitle(resolved.length)}</summary>
          <div class="kern-accordion__body">
            <ul>
              {resolved.map((c) => (
                <CommentItem key={c.id} ctx={ctx} workbench={workbench} step={step} comment={c} />
              ))}
            </ul>
          </div>
        </details>
      ) : null}
      <CommentForm ctx={ctx} workbench={workbench} step={step} submissionId={newSubmissionId()} />
    </section>
  );
}

/** A comment that could not be saved, shown again with its error on a page of its own: any step's page may place the form. */
export function CommentPage(props: {
  ctx: ViewContext;
  workbench: Workbench;
  step: StrategyStep;
  submissionId: string;
  values: FormValues;
  errors: FieldError[];
}) {
  const { ctx, workbench, step } = props;
  return (
    <WorkbenchLayout
      ctx={ctx}
      workbench={workbench}
      step={step}
      title={ctx.t.strategyPlan.comments.writeTitle}
      top={<ErrorSummary ctx={ctx} errors={props.errors} />}
    >
      <CommentForm ctx={ctx} workbench={workbench} step={step} submissionId={props.submissionId} values={props.values} errors={props.errors} />
      <p class="kern-body">
        <a class="kern-link" href={workbenchPath(workbench.organisation.slug, step)}>
          {ctx.t.strategyPlan.list.cancel}
        </a>
      </p>
    </WorkbenchLayout>
  );
}
