import { fileTypeLabel, formatFileSize } from '../../../../platform/files/index.ts';
import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { formatDate } from '../../../../platform/i18n/dates.ts';
import { fieldName, type FieldOfAction } from '../../../../platform/taxonomy/fields-of-action.ts';
import { formatEuro } from '../../../../platform/text/money.ts';
import { NotificationBanner, SummaryList, Table } from '../../../../platform/views/components/content.tsx';
import { Button, ButtonLink, ErrorSummary, errorFor, Form, TextArea, valueFor } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { EDITOR_PATH, solutionPath } from '../../core/paths.ts';
import type { SolutionRow } from '../../core/repository.ts';
import type { SolutionDocument } from '../repository.ts';
import type { ReviewTransition } from '../schema.ts';
import { ownerDocumentPath } from '../paths.ts';
import { StatusTag, type ProfileNotice } from './shared.tsx';

const adminCrumb = (ctx: ViewContext) => ({ href: '/verwaltung', label: ctx.t.common.nav.admin });

function SolutionTable(props: { ctx: ViewContext; caption: string; solutions: SolutionRow[]; names: Map<string, string> }) {
  const { ctx } = props;
  const c = ctx.t.solutionsProfiles.review.columns;
  return (
    <Table
      caption={props.caption}
      captionHidden
      head={[c.title, c.organisation, c.status, c.updated]}
      rows={props.solutions.map((s) => [
        <a key="title" href={`${EDITOR_PATH}/${s.id}`}>
          {s.title}
        </a>,
        props.names.get(s.ownerOrganisationId) ?? '',
        <StatusTag key="status" ctx={ctx} status={s.status} />,
        formatDate(ctx.locale, s.updatedAt),
      ])}
    />
  );
}

/** The editors' queue: solutions in review first, then all others. */
export function ReviewListPage(props: { ctx: ViewContext; solutions: SolutionRow[]; names: Map<string, string> }) {
  const { ctx, solutions, names } = props;
  const m = ctx.t.solutionsProfiles.review;
  const waiting = solutions.filter((s) => s.status === 'in_review');
  const others = solutions.filter((s) => s.status !== 'in_review');
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[adminCrumb(ctx), { label: m.title }]} wide>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead}</p>
      <h2 class="kern-heading-large">{m.inReview}</h2>
      {waiting.length === 0 ? <p class="kern-body">{m.emptyReview}</p> : <SolutionTable ctx={ctx} caption={m.inReview} solutions={waiting} names={names} />}
      <h2 class="kern-heading-large">{m.all}</h2>
      {others.length === 0 ? <p class="kern-body">{m.empty}</p> : <SolutionTable ctx={ctx} caption={m.all} solutions={others} names={names} />}
    </Layout>
  );
}

export interface ReviewPageProps {
  ctx: ViewContext;
  solution: SolutionRow;
  organisationName: string;
  fields: FieldOfAction[];
  project: { title: string; href: string | undefined } | undefined;
  documents: SolutionDocument[];
  transitions: ReviewTransition[];
  notice?: ProfileNotice | undefined;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}

/** What the editor reads before deciding: every field of the profile, its documents, and the decision. */
export function ReviewPage(props: ReviewPageProps) {
  const { ctx, solution: s } = props;
  const m = ctx.t.solutionsProfiles;
  const f = m.fields;
  const r = m.review;
  const text = (value: string | null) => (value ? value : r.none);
  const list = (values: string[]) => (values.length > 0 ? values.join(', ') : r.none);
  const euros = (cents: number | null) => (cents === null ? r.none : formatEuro(ctx.locale, cents));
  const names = new Map(props.fields.map((fa) => [fa.slug, fieldName(fa, ctx.locale)]));
  const rows = [
    { key: f.summary, value: s.summary },
    { key: f.problem, value: text(s.problem) },
    { key: f.approach, value: text(s.approach) },
    { key: f.maturity, value: ctx.t.solutions.maturity[s.maturity] },
    { key: f.fieldsOfAction, value: list(s.fieldsOfAction.map((slug) => names.get(slug) ?? slug)) },
    { key: f.suitableTypes, value: list(s.suitableTypes.map((t) => (ctx.t.organisations.types as Record<string, string>)[t] ?? t)) },
    { key: f.sizeBands, value: list(s.sizeBands.map((b) => ctx.t.solutions.sizeBands[b])) },
    { key: f.costOneOff, value: euros(s.costOneOffCents) },
    { key: f.costYearly, value: euros(s.costYearlyCents) },
    { key: f.effort, value: s.effortPersonDays === null ? r.none : String(s.effortPersonDays) },
    { key: f.licence, value: text(s.licence) },
    { key: f.openSource, value: s.openSource ? r.yes : r.no },
    { key: f.repositoryUrl, value: s.repositoryUrl ? <a href={s.repositoryUrl}>{s.repositoryUrl}</a> : r.none },
    { key: f.dataUsed, value: text(s.dataUsed) },
    { key: f.accessibility, value: text(s.accessibility) },
    { key: f.dataProtection, value: text(s.dataProtection) },
    { key: f.operatorModel, value: text(s.operatorModel) },
    { key: f.partners, value: text(s.partners) },
    { key: f.contactName, value: text(s.contactName) },
    { key: f.contactEmail, value: text(s.contactEmail) },
    { key: f.project, value: props.project ? props.project.href ? <a href={props.project.href}>{props.project.title}</a> : props.project.title : r.none },
  ];
  const buttons: Record<ReviewTransition, { label: string; variant: 'primary' | 'secondary' }> = {
    publish: { label: r.publish, variant: 'primary' },
    archive: { label: r.archive, variant: 'secondary' },
    draft: { label: r.toDraft, variant: 'secondary' },
  };
  return (
    <Layout ctx={ctx} title={s.title} breadcrumbs={[adminCrumb(ctx), { href: EDITOR_PATH, label: r.title }, { label: s.title }]}>
      {props.notice ? (
        <NotificationBanner ctx={ctx} variant={props.notice === 'notAllowed' ? 'info' : 'success'}>
          <p class="kern-body">{m.notices[props.notice]}</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary ctx={ctx} errors={props.errors} />
      <p class="kern-body kern-body--muted">{props.organisationName}</p>
      <h1 class="kern-heading-x-large">{s.title}</h1>
      <p class="kern-body">
        <StatusTag ctx={ctx} status={s.status} />
      </p>
      {s.status === 'published' ? (
        <div class="dk-actions">
          <ButtonLink href={solutionPath(s.slug)} variant="tertiary">
            {r.view}
          </ButtonLink>
        </div>
      ) : null}
      <h2 class="kern-heading-large">{r.facts}</h2>
      <SummaryList ctx={ctx} rows={rows} />
      <h2 class="kern-heading-large">{m.documents.title}</h2>
      {props.documents.length === 0 ? (
        <p class="kern-body">{m.documents.empty}</p>
      ) : (
        <ul class="kern-list">
          {props.documents.map((d) => (
            <li key={d.id}>
              <a href={ownerDocumentPath(s.id, d.id)}>{d.title}</a> ({m.documents.file(fileTypeLabel(d.contentType), formatFileSize(ctx.locale, d.size))})
            </li>
          ))}
        </ul>
      )}
      {props.transitions.length > 0 ? (
        <Form ctx={ctx} action={`${EDITOR_PATH}/${s.id}`}>
          <h2 class="kern-heading-large">{r.actions}</h2>
          <TextArea
            name="note"
            label={r.note}
            optionalLabel={ctx.t.common.optional}
            hint={r.noteHint}
            value={valueFor(props.values, 'note')}
            error={errorFor(props.errors, 'note')}
            rows={4}
            maxLength={2000}
          />
          <div class="dk-actions">
            {props.transitions.map((t) => (
              <Button key={t} name="transition" value={t} variant={buttons[t].variant}>
                {buttons[t].label}
              </Button>
            ))}
          </div>
        </Form>
      ) : null}
    </Layout>
  );
}
