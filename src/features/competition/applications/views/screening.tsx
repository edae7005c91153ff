import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { formatDateTime } from '../../../../platform/i18n/dates.ts';
import { SummaryList, Table, Notice } from '../../../../platform/views/components/content.tsx';
import { Button, Choices, ErrorSummary, Form, TextArea, errorFor, valueFor, valuesOf } from '../../../../platform/views/components/form.tsx';
import { PlainText } from '../../../../platform/views/components/plain-text.tsx';
import type { Crumb, ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { canTransition } from '../../core/application-states.ts';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../core/application-tables.ts';
import { EDITOR_PATH, editorApplicationsPath, editorCallPath } from '../../core/paths.ts';
import type { CompetitionCallRow } from '../../core/repository.ts';
import type { ApplicationListRow } from '../repository.ts';
import type { ApplicationDossier } from '../service.ts';
import { ApplicationSummary, StatusTag, SubmissionFacts } from './shared.tsx';

function crumbs(ctx: ViewContext, call: CompetitionCallRow, last?: string): Crumb[] {
  const m = ctx.t.competitionApplications.screening;
  return [
    { href: '/verwaltung', label: ctx.t.common.nav.admin },
    { href: EDITOR_PATH, label: ctx.t.competition.editor.title },
    { href: editorCallPath(call.id), label: call.title },
    ...(last ? [{ href: editorApplicationsPath(call.id), label: m.title }, { label: last }] : [{ label: m.title }]),
  ];
}

export function ScreeningListPage(props: {
  ctx: ViewContext;
  call: CompetitionCallRow;
  applications: ApplicationListRow[];
  counts: Map<ApplicationStatus, number>;
}) {
  const { ctx, call } = props;
  const m = ctx.t.competitionApplications;
  const s = m.screening;
  const counted = APPLICATION_STATUSES.filter((st) => st !== 'draft' && (props.counts.get(st) ?? 0) > 0);
  const rows = props.applications.map((a) => [
    <a key={a.id} href={editorApplicationsPath(call.id, a.id)}>
      {a.reference}
    </a>,
    a.organisationName,
    a.title,
    a.submittedAt ? formatDateTime(ctx.locale, a.submittedAt) : '',
    <StatusTag key={`s-${a.id}`} ctx={ctx} status={a.status} />,
  ]);
  return (
    <Layout ctx={ctx} title={`${s.title}: ${call.title}`} breadcrumbs={crumbs(ctx, call)} wide>
      <p class="kern-preline">{call.title}</p>
      <h1 class="kern-heading-x-large">{s.title}</h1>
      <p class="kern-body">{s.lead}</p>
      <h2 class="kern-heading-medium">{s.counts}</h2>
      <ul class="kern-list">
        {counted.map((st) => (
          <li key={st}>{`${m.status[st]}: ${props.counts.get(st)}`}</li>
        ))}
        <li>{s.drafts(props.counts.get('draft') ?? 0)}</li>
      </ul>
      {rows.length === 0 ? (
        <p class="kern-body">{s.none}</p>
      ) : (
        <>
          <Table caption={s.caption} head={[s.head.reference, s.head.organisation, s.head.project, s.head.submitted, s.head.status]} rows={rows} />
          <h2 class="kern-heading-medium">{s.download}</h2>
          <ul class="kern-list">
            <li>
              <a href={`${editorApplicationsPath(call.id)}.csv`}>{s.csv}</a>
            </li>
            <li>
              <a href={`${editorApplicationsPath(call.id)}.xlsx`}>{s.xlsx}</a>
            </li>
          </ul>
        </>
      )}
    </Layout>
  );
}

export function ScreeningPage(props: {
  ctx: ViewContext;
  dossier: ApplicationDossier;
  notice?: string | undefined;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}) {
  const { ctx, dossier, values, errors } = props;
  const s = ctx.t.competitionApplications.screening;
  const a = dossier.application;
  const title = s.applicationTitle(a.reference ?? '');
  const outcomes = (['eligible', 'queried', 'ineligible'] as const).filter((o) => canTransition(a.status, o));
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={crumbs(ctx, dossier.call, a.reference ?? '')}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Notice ctx={ctx} notice={props.notice} />
      <p class="kern-preline">{a.organisationName}</p>
      <h1 class="kern-heading-x-large">{title}</h1>
      <SubmissionFacts ctx={ctx} dossier={dossier} for="editors" />
      {a.screeningNote ? (
        <SummaryList
          ctx={ctx}
          rows={[
            { key: s.note, value: <PlainText text={a.screeningNote} /> },
            ...(a.applicantReply ? [{ key: s.reply, value: <PlainText text={a.applicantReply} /> }] : []),
          ]}
        />
      ) : null}
      <h2 class="kern-heading-large">{s.decide}</h2>
      {outcomes.length === 0 ? (
        <p class="kern-body">{s.notScreenable}</p>
      ) : (
        <Form ctx={ctx} action={editorApplicationsPath(dossier.call.id, a.id)}>
          <Choices
            type="radio"
            name="outcome"
            label={s.outcome}
            selected={valuesOf(values, 'outcome')}
            error={errorFor(errors, 'outcome')}
            options={outcomes.map((o) => ({ value: o, label: s.outcomes[o] }))}
          />
          <TextArea name="note" label={s.note} hint={s.noteHint} value={valueFor(values, 'note')} error={errorFor(errors, 'note')} rows={5} maxLength={5000} />
          <Button>{s.save}</Button>
        </Form>
      )}
      <h2 class="kern-heading-large">{ctx.t.competitionApplications.summary.project}</h2>
      <ApplicationSummary ctx={ctx} dossier={dossier} changeLinks={false} headingLevel={3} />
    </Layout>
  );
}
