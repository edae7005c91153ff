import type { ComponentChildren } from 'preact';
import { formatDateTime } from '../../../../platform/i18n/dates.ts';
import { formatFileSize } from '../../../../platform/files/index.ts';
import { SummaryList, Table, Tag, type SummaryRow } from '../../../../platform/views/components/content.tsx';
import { PlainText } from '../../../../platform/views/components/plain-text.tsx';
import type { Crumb, ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { TaskState } from '../../core/application-rules.ts';
import { applicantStatus } from '../../core/application-states.ts';
import type { ApplicationStatus } from '../../core/application-tables.ts';
import { formatEuro } from '../../../../platform/text/money.ts';
import { APPLICATIONS_PATH, applicationPath, PUBLIC_PATH } from '../../core/paths.ts';
import type { ApplicationDossier } from '../service.ts';

const STATUS_COLOURS = {
  draft: 'grey',
  submitted: 'blue',
  queried: 'yellow',
  eligible: 'green',
  ineligible: 'red',
  withdrawn: 'grey',
  awarded: 'green',
  rejected: 'red',
} as const;

export function StatusTag(props: { ctx: ViewContext; status: ApplicationStatus }) {
  return <Tag colour={STATUS_COLOURS[props.status]}>{props.ctx.t.competitionApplications.status[props.status]}</Tag>;
}

const TASK_COLOURS = { notStarted: 'grey', inProgress: 'yellow', done: 'green' } as const;

export function TaskTag(props: { ctx: ViewContext; state: TaskState }) {
  return <Tag colour={TASK_COLOURS[props.state]}>{props.ctx.t.competitionApplications.taskStates[props.state]}</Tag>;
}

/** The frame of an application's pages: the way back to the task list and to the person's applications. */
export function ApplicationLayout(props: {
  ctx: ViewContext;
  dossier: ApplicationDossier;
  title: string;
  children: ComponentChildren;
  /** the application's own page (the task list), which the trail ends with */
  overview?: boolean;
}) {
  const { ctx, dossier } = props;
  const m = ctx.t.competitionApplications;
  const name = dossier.application.title || m.mine.untitled;
  const crumbs: Crumb[] = [
    { href: PUBLIC_PATH, label: ctx.t.competition.public.title },
    { href: APPLICATIONS_PATH, label: m.mine.title },
    ...(props.overview ? [{ label: name }] : [{ href: applicationPath(dossier.application.id), label: name }, { label: props.title }]),
  ];
  return (
    <Layout ctx={ctx} title={props.title} breadcrumbs={crumbs}>
      {props.children}
    </Layout>
  );
}

/** The cost items and the sums, with a column of actions while the plan can be changed. */
export function BudgetTable(props: {
  ctx: ViewContext;
  dossier: ApplicationDossier;
  actions?: (itemId: string, description: string) => ComponentChildren;
  /** under a heading that names the plan already */
  captionHidden?: boolean;
}) {
  const { ctx, dossier } = props;
  const b = ctx.t.competitionApplications.budget;
  const euro = (cents: number) => formatEuro(ctx.locale, cents);
  const head = [b.head.year, b.head.category, b.head.description, b.head.amount, ...(props.actions ? [b.head.actions] : [])];
  const rows = dossier.budget.map((item) => [
    String(item.year),
    b.categories[item.category],
    item.description,
    euro(item.amountCents),
    ...(props.actions ? [props.actions(item.id, item.description)] : []),
  ]);
  const totals: SummaryRow[] = [
    { key: b.total, value: euro(dossier.totals.totalCents) },
    { key: b.ownShare(dossier.call.ownSharePercent), value: euro(dossier.totals.ownShareCents) },
    { key: b.requested, value: <strong>{euro(dossier.totals.requestedCents)}</strong> },
    { key: b.max, value: euro(dossier.call.maxAmountCents) },
  ];
  return (
    <>
      {rows.length === 0 ? (
        <p class="kern-body">{b.none}</p>
      ) : (
        <Table caption={b.caption} captionHidden={props.captionHidden} head={head} rows={rows} numeric={[3]} />
      )}
      <h3 class="kern-heading-small">{b.totals}</h3>
      <SummaryList ctx={ctx} rows={totals} />
    </>
  );
}

/**
 * The whole application as answered: the check page (with change links while it is a draft),
 * the editors' page and the jury's later read the same.
 */
export function ApplicationSummary(props: {
  ctx: ViewContext;
  dossier: ApplicationDossier;
  changeLinks: boolean;
  headingLevel?: 2 | 3;
  /** for a blind review: partners without their names, attachments without their file names */
  blind?: boolean;
}) {
  const { ctx, dossier, changeLinks } = props;
  const m = ctx.t.competitionApplications;
  const s = m.summary;
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  const headingClass = props.headingLevel === 3 ? 'kern-heading-small' : 'kern-heading-medium';
  const change = (page: string) => (changeLinks ? applicationPath(dossier.application.id, page) : undefined);
  const missing = <span class="kern-hint">{m.check.missing}</span>;
  const answered = (value: string | undefined) => (value && value.trim() !== '' ? <PlainText text={value} /> : missing);
  const answerText = (kind: string, value: string | undefined) => (kind === 'yesNo' && value ? (value === 'ja' ? m.section.yes : m.section.no) : value);
  return (
    <>
      <Heading class={headingClass}>{s.project}</Heading>
      <SummaryList
        ctx={ctx}
        rows={[
          { key: m.project.name, value: answered(dossier.application.title), changeHref: change('vorhaben') },
          { key: m.project.summary, value: answered(dossier.application.summary), changeHref: change('vorhaben') },
        ]}
      />
      {dossier.form.map((section) => (
        <div key={section.id}>
          <Heading class={headingClass}>{section.title}</Heading>
          <SummaryList
            ctx={ctx}
            rows={section.questions.map((q) => ({
              key: q.label,
              value: answered(answerText(q.kind, dossier.answers.get(q.id))),
              changeHref: change(`abschnitt/${section.id}`),
            }))}
          />
        </div>
      ))}
      <Heading class={headingClass}>{s.budget}</Heading>
      <BudgetTable ctx={ctx} dossier={dossier} captionHidden />
      {changeLinks ? (
        <p class="kern-body">
          <a href={applicationPath(dossier.application.id, 'finanzplan')}>
            {ctx.t.common.change}
            <span class="kern-sr-only"> {s.budget}</span>
          </a>
        </p>
      ) : null}
      <Heading class={headingClass}>{s.partners}</Heading>
      {dossier.partners.length === 0 ? (
        <p class="kern-body">{m.check.partnersNone}</p>
      ) : (
        <SummaryList
          ctx={ctx}
          rows={dossier.partners.map((p, i) => ({
            key: props.blind ? ctx.t.competitionJury.juror.blindPartner(i + 1) : p.organisationName,
            value: `${p.part} – ${m.partners.states[p.status]}`,
            changeHref: change('partner'),
          }))}
        />
      )}
      <Heading class={headingClass}>{s.attachments}</Heading>
      {dossier.attachments.length === 0 ? (
        <p class="kern-body">{m.check.attachmentsNone}</p>
      ) : (
        <SummaryList
          ctx={ctx}
          rows={dossier.attachments.map((a) => ({
            key: m.attachments.kinds[a.kind],
            value: props.blind ? formatFileSize(ctx.locale, a.size) : `${a.originalName} (${formatFileSize(ctx.locale, a.size)})`,
            changeHref: change('anlagen'),
          }))}
        />
      )}
    </>
  );
}

/**
 * The facts of a submitted application: reference, when, by which organisation. The applicant
 * sees a decision only once the call's decisions are released; the editors see it at once.
 */
export function SubmissionFacts(props: { ctx: ViewContext; dossier: ApplicationDossier; for: 'applicant' | 'editors' }) {
  const { ctx, dossier } = props;
  const s = ctx.t.competitionApplications.summary;
  const a = dossier.application;
  const status = props.for === 'applicant' ? applicantStatus(a.status, dossier.call.decisionsReleasedAt !== null) : a.status;
  const rows: SummaryRow[] = [
    { key: s.organisation, value: a.organisationName },
    { key: s.call, value: dossier.call.title },
    { key: s.status, value: <StatusTag ctx={ctx} status={status} /> },
    ...(a.reference ? [{ key: s.reference, value: a.reference }] : []),
    ...(a.submittedAt ? [{ key: s.submittedAt, value: formatDateTime(ctx.locale, a.submittedAt) }] : []),
  ];
  return <SummaryList ctx={ctx} rows={rows} />;
}
