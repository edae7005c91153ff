import type { FieldError, FormValues } from '../../../../../platform/http/form.ts';
import { formatCalendarDay, formatDate } from '../../../../../platform/i18n/dates.ts';
import { SummaryList } from '../../../../../platform/views/components/content.tsx';
import { Button, Choices, ErrorSummary, Form, TextArea, TextField, errorFor, valueFor, valuesOf } from '../../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../../platform/views/context.ts';
import { formatEuro } from '../../../../../platform/text/money.ts';
import { projectWorkspacePath } from '../../../core/paths.ts';
import type { ProjectRow } from '../../../core/project-repository.ts';
import type { MilestoneRow, PaymentRow } from '../repository.ts';
import { nextPaymentStatuses } from '../rules.ts';
import { PaymentStatusTag, WorkspaceLayout } from './shared.tsx';

interface FormPageProps {
  ctx: ViewContext;
  project: ProjectRow;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}

function BackLink(props: { ctx: ViewContext; project: ProjectRow }) {
  return (
    <p class="kern-body">
      <a href={projectWorkspacePath(props.project.id)}>{props.project.title}</a>
    </p>
  );
}

/** A manager adds a milestone. */
export function MilestonePage(props: FormPageProps & { submissionId: string }) {
  const { ctx, project, values, errors } = props;
  const m = ctx.t.competitionProjects.milestones;
  const day = (d: string) => formatCalendarDay(ctx.locale, d, 'long');
  return (
    <WorkspaceLayout ctx={ctx} project={project} viewer="manager" title={m.addTitle}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="kern-preline">{project.title}</p>
      <h1 class="kern-heading-x-large">{m.addTitle}</h1>
      <p class="kern-body">{m.addLead}</p>
      <Form ctx={ctx} action={projectWorkspacePath(project.id, 'meilensteine')} submissionId={props.submissionId}>
        <TextField name="title" label={m.name} hint={m.nameHint} value={valueFor(values, 'title')} error={errorFor(errors, 'title')} maxLength={200} />
        <TextField
          name="dueOn"
          type="date"
          width="half"
          label={m.dueOn}
          hint={m.dueOnHint(day(project.startsOn), day(project.endsOn))}
          value={valueFor(values, 'dueOn')}
          error={errorFor(errors, 'dueOn')}
        />
        <Button>{m.addButton}</Button>
      </Form>
      <BackLink ctx={ctx} project={project} />
    </WorkspaceLayout>
  );
}

/** A manager records the day a milestone was reached. */
export function ReachPage(props: FormPageProps & { milestone: MilestoneRow }) {
  const { ctx, project, milestone, values, errors } = props;
  const m = ctx.t.competitionProjects.milestones;
  return (
    <WorkspaceLayout ctx={ctx} project={project} viewer="manager" title={m.reachTitle}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="kern-preline">{project.title}</p>
      <h1 class="kern-heading-x-large">{m.reachTitle}</h1>
      <SummaryList
        ctx={ctx}
        rows={[
          { key: m.name, value: milestone.title },
          { key: m.dueOn, value: formatCalendarDay(ctx.locale, milestone.dueOn, 'long') },
        ]}
      />
      <Form ctx={ctx} action={projectWorkspacePath(project.id, `meilensteine/${milestone.id}/erreicht`)}>
        <TextField
          name="reachedOn"
          type="date"
          width="half"
          label={m.reachedOn}
          hint={m.reachedOnHint}
          value={valueFor(values, 'reachedOn')}
          error={errorFor(errors, 'reachedOn')}
        />
        <Button>{m.reachButton}</Button>
      </Form>
      <BackLink ctx={ctx} project={project} />
    </WorkspaceLayout>
  );
}

/** A manager requests funds, up to what is still available. */
export function PaymentRequestPage(props: FormPageProps & { submissionId: string; remainingCents: number }) {
  const { ctx, project, values, errors } = props;
  const m = ctx.t.competitionProjects.payments;
  return (
    <WorkspaceLayout ctx={ctx} project={project} viewer="manager" title={m.requestTitle}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="kern-preline">{project.title}</p>
      <h1 class="kern-heading-x-large">{m.requestTitle}</h1>
      <p class="kern-body">{m.requestLead(formatEuro(ctx.locale, props.remainingCents))}</p>
      <Form ctx={ctx} action={projectWorkspacePath(project.id, 'mittelabruf')} submissionId={props.submissionId}>
        <TextField
          name="amount"
          label={m.amount}
          hint={m.amountHint}
          inputMode="decimal"
          width="half"
          value={valueFor(values, 'amount')}
          error={errorFor(errors, 'amount')}
          maxLength={30}
        />
        <TextField
          name="purpose"
          label={m.purpose}
          hint={m.purposeHint}
          value={valueFor(values, 'purpose')}
          error={errorFor(errors, 'purpose')}
          maxLength={300}
        />
        <Button>{m.requestButton}</Button>
      </Form>
      <BackLink ctx={ctx} project={project} />
    </WorkspaceLayout>
  );
}

/** An editor moves a payment request on: approve, record as paid, or reject with a reason. */
export function PaymentDecisionPage(props: FormPageProps & { payment: PaymentRow }) {
  const { ctx, project, payment, values, errors } = props;
  const m = ctx.t.competitionProjects.payments;
  const next = nextPaymentStatuses(payment.status);
  return (
    <WorkspaceLayout ctx={ctx} project={project} viewer="editor" title={m.decideTitle}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="kern-preline">{project.title}</p>
      <h1 class="kern-heading-x-large">{m.decideTitle}</h1>
      <SummaryList
        ctx={ctx}
        rows={[
          { key: m.head.requestedAt, value: formatDate(ctx.locale, payment.requestedAt) },
          { key: m.head.purpose, value: payment.purpose },
          { key: m.head.amount, value: formatEuro(ctx.locale, payment.amountCents) },
          { key: m.head.status, value: <PaymentStatusTag ctx={ctx} status={payment.status} /> },
          ...(payment.note ? [{ key: m.note, value: payment.note }] : []),
        ]}
      />
      {next.length === 0 ? (
        <p class="kern-body">{m.final}</p>
      ) : (
        <Form ctx={ctx} action={projectWorkspacePath(project.id, `mittelabrufe/${payment.id}`)}>
          <Choices
            type="radio"
            name="status"
            label={m.next}
            selected={valuesOf(values, 'status')}
            error={errorFor(errors, 'status')}
            options={next.map((s) => ({ value: s, label: m.transitions[s] }))}
          />
          <TextArea name="note" label={m.note} hint={m.noteHint} value={valueFor(values, 'note')} error={errorFor(errors, 'note')} rows={4} maxLength={2000} />
          <Button>{m.decideButton}</Button>
        </Form>
      )}
      <BackLink ctx={ctx} project={project} />
    </WorkspaceLayout>
  );
}
