import type { ComponentChild } from 'preact';
import { fileTypeLabel, formatFileSize } from '../../../../platform/files/index.ts';
import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { formatDate } from '../../../../platform/i18n/dates.ts';
import { fieldName, type FieldOfAction } from '../../../../platform/taxonomy/fields-of-action.ts';
import { Markdown } from '../../../../platform/markdown/markdown.tsx';
import { formatEuro } from '../../../../platform/text/money.ts';
import { NotificationBanner, SummaryList, Table } from '../../../../platform/views/components/content.tsx';
import { Button, ButtonLink, ErrorSummary, errorFor, Form, TextArea, valueFor } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { EDITOR_PATH, editSolutionPath, solutionPath } from '../../core/paths.ts';
import { changedProfileFields, type ProfileFields, profileFieldsOf } from '../../core/profile-fields.ts';
import type { SolutionRow } from '../../core/repository.ts';
import type { SolutionDocument } from '../repository.ts';
import { waitsForReview } from '../review-queue.ts';
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
        <StatusTag key="status" ctx={ctx} status={s.status} pending={s.pendingSince !== null} />,
        formatDate(ctx.locale, s.updatedAt),
      ])}
    />
  );
}

/** The editors' queue: solutions in review first, then all others. */
export function ReviewListPage(props: { ctx: ViewContext; solutions: SolutionRow[]; names: Map<string, string> }) {
  const { ctx, solutions, names } = props;
  const m = ctx.t.solutionsProfiles.review;
  const waiting = solutions.filter(waitsForReview);
  const others = solutions.filter((s) => !waitsForReview(s));
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
  /** the funded projects the profile and its pending changes name, by id */
  projects: ReadonlyMap<string, { title: string; href: string | undefined }>;
  documents: SolutionDocument[];
  transitions: ReviewTransition[];
  notice?: ProfileNotice | undefined;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}

/** The facts in the order the editor reads them; the title is the page's heading. */
const FACTS = [
  'summary',
  'problem',
  'approach',
  'maturity',
  'fieldsOfAction',
  'suitableTypes',
  'sizeBands',
  'costOneOffCents',
  'costYearlyCents',
  'effortPersonDays',
  'licence',
  'openSource',
  'repositoryUrl',
  'dataUsed',
  'accessibility',
  'dataProtection',
  'operatorModel',
  'partners',
  'contactName',
  'contactEmail',
  'projectId',
] as const satisfies readonly (keyof ProfileFields)[];

/** Each profile field's label and how the editor reads its value. */
function factRenderer(props: ReviewPageProps) {
  const { ctx } = props;
  const f = ctx.t.solutionsProfiles.fields;
  const r = ctx.t.solutionsProfiles.review;
  const text = (value: string | null) => (value ? value : r.none);
  const list = (values: string[]) => (values.length > 0 ? values.join(', ') : r.none);
  const euros = (cents: number | null) => (cents === null ? r.none : formatEuro(ctx.locale, cents));
  const names = new Map(props.fields.map((fa) => [fa.slug, fieldName(fa, ctx.locale)]));
  const project = (id: string | null) => {
    const found = id ? props.projects.get(id) : undefined;
    if (!found) return r.none;
    return found.href ? <a href={found.href}>{found.title}</a> : found.title;
  };
  const labels: Record<keyof ProfileFields, string> = {
    title: f.title,
    summary: f.summary,
    problem: f.problem,
    approach: f.approach,
    maturity: f.maturity,
    fieldsOfAction: f.fieldsOfAction,
    suitableTypes: f.suitableTypes,
    sizeBands: f.sizeBands,
    costOneOffCents: f.costOneOff,
    costYearlyCents: f.costYearly,
    effortPersonDays: f.effort,
    licence: f.licence,
    openSource: f.openSource,
    repositoryUrl: f.repositoryUrl,
    dataUsed: f.dataUsed,
    accessibility: f.accessibility,
    dataProtection: f.dataProtection,
    operatorModel: f.operatorModel,
    partners: f.partners,
    contactName: f.contactName,
    contactEmail: f.contactEmail,
    projectId: f.project,
  };
  const value = (p: ProfileFields, field: keyof ProfileFields): ComponentChild => {
    switch (field) {
      case 'maturity':
        return ctx.t.solutions.maturity[p.maturity];
      case 'fieldsOfAction':
        return list(p.fieldsOfAction.map((slug) => names.get(slug) ?? slug));
      case 'suitableTypes':
        return list(p.suitableTypes.map((t) => (ctx.t.organisations.types as Record<string, string>)[t] ?? t));
      case 'sizeBands':
        return list(p.sizeBands.map((b) => ctx.t.solutions.sizeBands[b]));
      case 'costOneOffCents':
      case 'costYearlyCents':
        return euros(p[field]);
      case 'effortPersonDays':
        return p.effortPersonDays === null ? r.none : String(p.effortPersonDays);
      case 'openSource':
        return p.openSource ? r.yes : r.no;
      case 'repositoryUrl':
        return p.repositoryUrl ? <a href={p.repositoryUrl}>{p.repositoryUrl}</a> : r.none;
      case 'projectId':
        return project(p.projectId);
      default:
        return text(p[field]);
    }
  };
  return { label: (field: keyof ProfileFields) => labels[field], value };
}

/** A published solution's pending changes beside what the public sees, field by field. */
function PendingChanges(props: { ctx: ViewContext; solution: SolutionRow; facts: ReturnType<typeof factRenderer> }) {
  const { ctx, solution, facts } = props;
  const r = ctx.t.solutionsProfiles.review;
  const pending = solution.pendingChanges;
  if (!pending) return null;
  const live = profileFieldsOf(solution);
  return (
    <>
      <h2 class="kern-heading-large">{r.changesTitle}</h2>
      {solution.pendingSince ? (
        <p class="kern-body">{r.changesLead(formatDate(ctx.locale, solution.pendingSince))}</p>
      ) : (
        <p class="kern-body">{r.changesReturned}</p>
      )}
      <Table
        caption={r.changesCaption}
        captionHidden
        head={[r.changesHead.field, r.changesHead.public, r.changesHead.changed]}
        rows={changedProfileFields(live, pending).map((field) => [facts.label(field), facts.value(live, field), facts.value(pending, field)])}
      />
    </>
  );
}

/** What the editor reads before deciding: every field of the profile, its pending changes, its documents, and the decision. */
export function ReviewPage(props: ReviewPageProps) {
  const { ctx, solution: s } = props;
  const m = ctx.t.solutionsProfiles;
  const r = m.review;
  const facts = factRenderer(props);
  const live = profileFieldsOf(s);
  // The two long texts are Markdown, read as the public page shows them; the changes table compares their source.
  const rich = (field: (typeof FACTS)[number]) =>
    (field === 'problem' || field === 'approach') && live[field] ? (
      <Markdown text={live[field]} headingLevel={3} idPrefix={`${field}-`} />
    ) : (
      facts.value(live, field)
    );
  const rows = FACTS.map((field) => ({ key: facts.label(field), value: rich(field) }));
  const buttons: Record<ReviewTransition, { label: string; variant: 'primary' | 'secondary' }> = {
    publish: { label: r.publish, variant: 'primary' },
    publishChanges: { label: r.publishChanges, variant: 'primary' },
    returnChanges: { label: r.returnChanges, variant: 'secondary' },
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
        <StatusTag ctx={ctx} status={s.status} pending={s.pendingSince !== null} />
      </p>
      <div class="dk-actions">
        {s.status === 'published' ? (
          <ButtonLink href={solutionPath(s.slug)} variant="tertiary">
            {r.view}
          </ButtonLink>
        ) : null}
        <ButtonLink href={editSolutionPath(s.id, 'versionen')} variant="tertiary">
          {m.edit.versionsLink}
        </ButtonLink>
      </div>
      <PendingChanges ctx={ctx} solution={s} facts={facts} />
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
