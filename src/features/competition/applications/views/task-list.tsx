import { formatDateTime } from '../../../../platform/i18n/dates.ts';
import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { NotificationBanner, SummaryList, Tag, Notice } from '../../../../platform/views/components/content.tsx';
import { Button, ButtonLink, ErrorSummary, Form, TextArea, errorFor, valueFor } from '../../../../platform/views/components/form.tsx';
import { PlainText } from '../../../../platform/views/components/plain-text.tsx';
import { TaskList, type Task } from '../../../../platform/views/components/task-list.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import type { TaskState } from '../../core/application-rules.ts';
import { canWithdraw, isDecided } from '../../core/application-states.ts';
import { callPhase } from '../../core/phase.ts';
import { formatEuro } from '../../../../platform/text/money.ts';
import { applicationPath, projectWorkspacePath } from '../../core/paths.ts';
import { Deadline } from '../../core/views/call-facts.tsx';
import type { ApplicationDossier } from '../service.ts';
import { ApplicationLayout, SubmissionFacts, TaskTag } from './shared.tsx';

/** The task list of a draft: what is done, what is left, and the way to submit. */
function DraftTasks(props: { ctx: ViewContext; dossier: ApplicationDossier; open: boolean }) {
  const { ctx, dossier, open } = props;
  const m = ctx.t.competitionApplications;
  const { tasks } = dossier;
  const id = dossier.application.id;
  const href = (page: string) => (open ? applicationPath(id, page) : undefined);
  const task = (key: string, title: string, page: string, state: TaskState, optional = false): Task => ({
    id: key,
    title,
    href: href(page),
    status: optional && state === 'notStarted' ? <Tag colour="grey">{m.taskStates.optional}</Tag> : <TaskTag ctx={ctx} state={state} />,
  });
  const finance: Task[] = [task('budget', m.taskList.budget, 'finanzplan', tasks.budget)];
  if (dossier.call.jointApplications) finance.push(task('partners', m.taskList.partners, 'partner', tasks.partners, true));
  finance.push(task('attachments', m.taskList.attachments, 'anlagen', tasks.attachments, true));
  const ready = dossier.blockers.length === 0;
  const groups = [
    {
      title: m.taskList.groups.describe,
      tasks: [
        task('project', m.taskList.project, 'vorhaben', tasks.project),
        ...tasks.sections.map((s) => task(`section-${s.id}`, s.title, `abschnitt/${s.id}`, s.state)),
      ],
    },
    { title: m.taskList.groups.finance, tasks: finance },
    {
      title: m.taskList.groups.submit,
      tasks: [
        {
          id: 'check',
          title: m.taskList.check,
          href: ready ? href('pruefen') : undefined,
          status: ready ? <TaskTag ctx={ctx} state="notStarted" /> : <Tag colour="grey">{m.taskStates.cannotStart}</Tag>,
        },
      ],
    },
  ];
  const required = [tasks.project, ...tasks.sections.map((s) => s.state), tasks.budget];
  return (
    <>
      <p class="kern-body">
        <strong>{m.taskList.progress(required.filter((s) => s === 'done').length, required.length)}</strong>
      </p>
      <TaskList groups={groups} />
    </>
  );
}

/** The reply form to the editors' question. */
function QueryReply(props: { ctx: ViewContext; dossier: ApplicationDossier; values?: FormValues | undefined; errors?: FieldError[] | undefined }) {
  const { ctx, dossier } = props;
  const m = ctx.t.competitionApplications.taskList;
  return (
    <>
      <h2 class="kern-heading-medium">{m.query}</h2>
      <p class="kern-body">{m.queryLead}</p>
      <blockquote class="kern-body">
        <PlainText text={dossier.application.screeningNote ?? ''} />
      </blockquote>
      <Form ctx={ctx} action={applicationPath(dossier.application.id, 'rueckfrage')}>
        <TextArea name="reply" label={m.reply} value={valueFor(props.values, 'reply')} error={errorFor(props.errors, 'reply')} rows={6} maxLength={5000} />
        <Button>{m.replySend}</Button>
      </Form>
    </>
  );
}

export function TaskListPage(props: {
  ctx: ViewContext;
  dossier: ApplicationDossier;
  now: Date;
  notice?: string | undefined;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}) {
  const { ctx, dossier, now } = props;
  const m = ctx.t.competitionApplications;
  const a = dossier.application;
  const open = callPhase(dossier.call, now) === 'open';
  const title = m.taskList.title(dossier.call.title);
  return (
    <ApplicationLayout ctx={ctx} dossier={dossier} title={title} overview>
      <ErrorSummary ctx={ctx} errors={props.errors} />
      <Notice ctx={ctx} notice={props.notice} />
      <p class="kern-preline">{a.organisationName}</p>
      <h1 class="kern-heading-x-large">{title}</h1>
      {a.status === 'draft' ? (
        <>
          <p class="kern-body">{m.taskList.lead(a.organisationName)}</p>
          {open ? (
            <Deadline ctx={ctx} call={dossier.call} now={now} />
          ) : (
            <NotificationBanner ctx={ctx} variant="warning">
              <p class="kern-body">{m.taskList.closed}</p>
            </NotificationBanner>
          )}
          <DraftTasks ctx={ctx} dossier={dossier} open={open} />
        </>
      ) : (
        <>
          <SubmissionFacts ctx={ctx} dossier={dossier} for="applicant" />
          {a.reference ? (
            <p class="kern-body">
              <a href={applicationPath(a.id, 'eingangsbestaetigung.pdf')} download>
                {m.taskList.receipt}
              </a>
            </p>
          ) : null}
          {a.status === 'queried' ? <QueryReply ctx={ctx} dossier={dossier} values={props.values} errors={props.errors} /> : null}
          {a.applicantReply && a.status !== 'queried' ? (
            <>
              <h2 class="kern-heading-medium">{m.taskList.replied}</h2>
              <PlainText text={a.applicantReply} />
            </>
          ) : null}
          {a.status === 'ineligible' && a.screeningNote ? (
            <>
              <h2 class="kern-heading-medium">{m.taskList.ineligibleReason}</h2>
              <PlainText text={a.screeningNote} />
            </>
          ) : null}
          {dossier.call.decisionsReleasedAt && isDecided(a.status) ? <DecisionNotice ctx={ctx} dossier={dossier} /> : null}
          {a.withdrawnAt ? <p class="kern-body">{m.taskList.withdrawn(formatDateTime(ctx.locale, a.withdrawnAt))}</p> : null}
          <p class="kern-body">
            <a href={applicationPath(a.id, 'angaben')}>{m.taskList.view}</a>
          </p>
          {canWithdraw(a.status, dossier.call.decisionsReleasedAt !== null) ? (
            <ButtonLink href={applicationPath(a.id, 'zurueckziehen')} variant="secondary">
              {m.taskList.withdraw}
            </ButtonLink>
          ) : null}
        </>
      )}
    </ApplicationLayout>
  );
}

/** The released decision: the award with the way into the project, or the rejection with its reason. */
function DecisionNotice(props: { ctx: ViewContext; dossier: ApplicationDossier }) {
  const { ctx, dossier } = props;
  const m = ctx.t.competitionDecisions.applicant;
  const a = dossier.application;
  if (a.status === 'awarded') {
    return (
      <NotificationBanner ctx={ctx} variant="success" title={m.awardedHeading} id="decision-title">
        <p class="kern-body">{m.awarded(formatEuro(ctx.locale, a.awardedCents ?? 0))}</p>
        {dossier.projectId ? (
          <p class="kern-body">
            <a href={projectWorkspacePath(dossier.projectId)}>{m.workspace}</a>
          </p>
        ) : null}
      </NotificationBanner>
    );
  }
  return (
    <>
      <h2 class="kern-heading-medium">{m.rejectedHeading}</h2>
      <p class="kern-body">{m.rejected}</p>
      {a.decisionReason ? <SummaryList ctx={ctx} rows={[{ key: m.reason, value: <PlainText text={a.decisionReason} /> }]} /> : null}
    </>
  );
}
