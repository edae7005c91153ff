import type { FieldError } from '../../../../../platform/http/form.ts';
import { formatCalendarDay, formatDate } from '../../../../../platform/i18n/dates.ts';
import { SummaryList, Table, Tag, Notice } from '../../../../../platform/views/components/content.tsx';
import { Button, ButtonLink, ErrorSummary, Form } from '../../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../../platform/views/context.ts';
import { formatEuro } from '../../../../../platform/text/money.ts';
import { projectPath, projectWorkspacePath } from '../../../core/paths.ts';
import type { ProjectRole } from '../../require-project.ts';
import type { MilestoneRow } from '../repository.ts';
import { isOpen, nextPaymentStatuses } from '../rules.ts';
import type { Workspace } from '../service.ts';
import { ProjectStatusTag } from '../../views/showcase.tsx';
import { PaymentStatusTag, WorkspaceLayout } from './shared.tsx';

interface WorkspaceProps {
  ctx: ViewContext;
  workspace: Workspace;
  role: ProjectRole;
  /** the Berlin calendar day, for overdue milestones */
  today: string;
  notice?: string | undefined;
  errors?: FieldError[] | undefined;
}

/** A funded project's workspace: its facts, its funds, the payment requests and the milestones. */
export function WorkspacePage(props: WorkspaceProps) {
  const { ctx, workspace, role } = props;
  const { project, call, funds } = workspace;
  const m = ctx.t.competitionProjects;
  const euro = (cents: number) => formatEuro(ctx.locale, cents);
  const day = (d: string) => formatCalendarDay(ctx.locale, d, 'long');
  return (
    <WorkspaceLayout ctx={ctx} project={project} viewer={role} title={project.title} overview wide>
      <ErrorSummary ctx={ctx} errors={props.errors} />
      <Notice ctx={ctx} notice={props.notice} />
      <p class="kern-preline">{project.municipality}</p>
      <h1 class="kern-heading-x-large">{project.title}</h1>
      <h2 class="kern-heading-medium">{m.workspace.facts}</h2>
      <SummaryList
        ctx={ctx}
        rows={[
          { key: m.workspace.municipality, value: project.municipality },
          { key: m.workspace.call, value: call.title },
          { key: m.workspace.period, value: m.workspace.periodValue(day(project.startsOn), day(project.endsOn)) },
          { key: m.workspace.status, value: <ProjectStatusTag ctx={ctx} status={project.status} /> },
          { key: m.workspace.award, value: euro(project.amountCents) },
        ]}
      />
      <h2 class="kern-heading-medium">{m.workspace.links}</h2>
      <ul class="kern-list">
        <li>
          <a href={projectWorkspacePath(project.id, 'berichte')}>{m.workspace.reports}</a>
        </li>
        {call.status === 'published' ? (
          <li>
            <a href={projectPath(project.slug)}>{m.workspace.showcase}</a>
          </li>
        ) : null}
      </ul>
      <h2 class="kern-heading-medium">{m.funds.title}</h2>
      <p class="kern-hint">{m.funds.remainingHint}</p>
      <SummaryList
        ctx={ctx}
        rows={[
          { key: m.funds.award, value: euro(funds.awardCents) },
          { key: m.funds.requested, value: euro(funds.requestedCents) },
          { key: m.funds.approved, value: euro(funds.approvedCents) },
          { key: m.funds.paid, value: euro(funds.paidCents) },
          { key: m.funds.remaining, value: <strong>{euro(funds.remainingCents)}</strong> },
        ]}
      />
      <Payments {...props} />
      <Milestones {...props} />
      {role === 'editor' ? <StatusForm ctx={ctx} workspace={workspace} /> : null}
    </WorkspaceLayout>
  );
}

function Payments(props: WorkspaceProps) {
  const { ctx, workspace, role } = props;
  const { project } = workspace;
  const m = ctx.t.competitionProjects.payments;
  const decides = role === 'editor';
  const rows = workspace.payments.map((p) => [
    formatDate(ctx.locale, p.requestedAt),
    <>
      {p.purpose}
      {p.status === 'rejected' && p.note ? <p class="kern-hint">{m.rejectedBecause(p.note)}</p> : null}
    </>,
    formatEuro(ctx.locale, p.amountCents),
    <PaymentStatusTag key="status" ctx={ctx} status={p.status} />,
    ...(decides
      ? [
          nextPaymentStatuses(p.status).length > 0 ? (
            <a key="decide" href={projectWorkspacePath(project.id, `mittelabrufe/${p.id}`)}>
              {m.decide}
              <span class="kern-sr-only"> {m.decideLabel(p.purpose)}</span>
            </a>
          ) : (
            '–'
          ),
        ]
      : []),
  ]);
  return (
    <>
      <h2 class="kern-heading-medium">{m.title}</h2>
      {role === 'manager' && isOpen(project.status) ? <ButtonLink href={projectWorkspacePath(project.id, 'mittelabruf')}>{m.request}</ButtonLink> : null}
      {rows.length === 0 ? (
        <p class="kern-body">{m.none}</p>
      ) : (
        <Table
          caption={m.caption}
          captionHidden
          head={[m.head.requestedAt, m.head.purpose, m.head.amount, m.head.status, ...(decides ? [m.head.actions] : [])]}
          rows={rows}
          numeric={[2]}
        />
      )}
    </>
  );
}

function MilestoneState(props: { ctx: ViewContext; milestone: MilestoneRow; today: string }) {
  const { ctx, milestone } = props;
  const m = ctx.t.competitionProjects.milestones;
  if (milestone.reachedOn) return <Tag colour="green">{m.reached(formatCalendarDay(ctx.locale, milestone.reachedOn, 'long'))}</Tag>;
  return milestone.dueOn < props.today ? <Tag colour="red">{m.overdue}</Tag> : <Tag colour="grey">{m.open}</Tag>;
}

function Milestones(props: WorkspaceProps) {
  const { ctx, workspace, role } = props;
  const { project } = workspace;
  const m = ctx.t.competitionProjects.milestones;
  const edits = role === 'manager' && isOpen(project.status);
  const actions = (milestone: MilestoneRow) =>
    milestone.reachedOn ? (
      '–'
    ) : (
      <>
        <p class="kern-body">
          <a href={projectWorkspacePath(project.id, `meilensteine/${milestone.id}/erreicht`)}>
            {m.reach}
            <span class="kern-sr-only"> {m.reachLabel(milestone.title)}</span>
          </a>
        </p>
        <Form ctx={ctx} action={projectWorkspacePath(project.id, `meilensteine/${milestone.id}/entfernen`)}>
          <Button variant="tertiary" ariaLabel={m.removeLabel(milestone.title)}>
            {m.remove}
          </Button>
        </Form>
      </>
    );
  const rows = workspace.milestones.map((milestone) => [
    milestone.title,
    formatCalendarDay(ctx.locale, milestone.dueOn, 'long'),
    <MilestoneState key="state" ctx={ctx} milestone={milestone} today={props.today} />,
    ...(edits ? [actions(milestone)] : []),
  ]);
  return (
    <>
      <h2 class="kern-heading-medium">{m.title}</h2>
      {edits ? (
        <ButtonLink href={projectWorkspacePath(project.id, 'meilensteine')} variant="secondary">
          {m.add}
        </ButtonLink>
      ) : null}
      {rows.length === 0 ? (
        <p class="kern-body">{m.none}</p>
      ) : (
        <Table caption={m.caption} captionHidden head={[m.head.title, m.head.due, m.head.state, ...(edits ? [m.head.actions] : [])]} rows={rows} />
      )}
    </>
  );
}

/** The editors' buttons for the project's status: completed, or back to running. */
function StatusForm(props: { ctx: ViewContext; workspace: Workspace }) {
  const { ctx, workspace } = props;
  const m = ctx.t.competitionProjects.status;
  const running = isOpen(workspace.project.status);
  return (
    <>
      <h2 class="kern-heading-medium">{m.title}</h2>
      <p class="kern-body">{running ? m.runningLead : m.completedLead}</p>
      <Form ctx={ctx} action={projectWorkspacePath(workspace.project.id, 'status')}>
        <Button variant="secondary" name="status" value={running ? 'completed' : 'running'}>
          {running ? m.complete : m.reopen}
        </Button>
      </Form>
    </>
  );
}
