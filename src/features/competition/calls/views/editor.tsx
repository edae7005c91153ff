import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { formatDateTime } from '../../../../platform/i18n/dates.ts';
import { fieldName, type FieldOfAction } from '../../../../platform/taxonomy/fields-of-action.ts';
import { utcToBerlin } from '../../../../platform/time/berlin-time.ts';
import { NotificationBanner, Table, Tag } from '../../../../platform/views/components/content.tsx';
import {
  Button,
  ButtonLink,
  Choices,
  errorFor,
  ErrorSummary,
  Form,
  Select,
  TextArea,
  TextField,
  valueFor,
  valuesOf,
} from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { ORGANISATION_TYPES } from '../../../organisations/service.ts';
import { euroInput } from '../../../../platform/text/money.ts';
import { callPhase } from '../../core/phase.ts';
import {
  callPath,
  EDITOR_PATH,
  EDITOR_PROJECTS_PATH,
  editorApplicationsPath,
  editorCallPath,
  editorCriteriaPath,
  editorDocumentsPath,
  editorFormPath,
  editorJuryPath,
  editorDecisionsPath,
  editorRankingPath,
} from '../../core/paths.ts';
import type { CompetitionCallRow } from '../../core/repository.ts';
import { GERMAN_STATES } from '../../core/states.ts';
import { CallFacts, PhaseTag } from '../../core/views/call-facts.tsx';

export type EditorNotice = 'created' | 'saved' | 'published' | 'unpublished';

const adminCrumb = (ctx: ViewContext) => ({ href: '/verwaltung', label: ctx.t.common.nav.admin });

export function CallEditorListPage(props: { ctx: ViewContext; calls: CompetitionCallRow[]; now: Date }) {
  const { ctx } = props;
  const m = ctx.t.competition.editor;
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[adminCrumb(ctx), { label: m.title }]} wide>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead}</p>
      <div class="dk-actions">
        <ButtonLink href={`${EDITOR_PATH}/neu`}>{m.create}</ButtonLink>
        <ButtonLink href={EDITOR_PROJECTS_PATH} variant="secondary">
          {ctx.t.competitionProjects.editor.link}
        </ButtonLink>
      </div>
      {props.calls.length === 0 ? (
        <p class="kern-body">{m.empty}</p>
      ) : (
        <Table
          caption={m.title}
          captionHidden
          head={[m.columns.title, m.columns.status, m.columns.phase, m.columns.closes]}
          rows={props.calls.map((call) => [
            <a href={editorCallPath(call.id)} key="title">
              {call.title}
            </a>,
            <Tag key="status" colour={call.status === 'published' ? 'green' : 'grey'}>
              {ctx.t.competition.status[call.status]}
            </Tag>,
            <PhaseTag key="phase" ctx={ctx} phase={callPhase(call, props.now)} />,
            formatDateTime(ctx.locale, call.closesAt),
          ])}
        />
      )}
    </Layout>
  );
}

/** How many sections, questions and criteria the call's form and evaluation have. */
export interface FormCounts {
  sections: number;
  questions: number;
  criteria: number;
}

/** Links to the builder of the application form, to the criteria and to the documents, each with what it holds. */
function FormLinks(props: { ctx: ViewContext; call: CompetitionCallRow; counts: FormCounts; documents: number }) {
  const { ctx, call, counts } = props;
  const m = ctx.t.competition.form.overview;
  const d = ctx.t.competitionDocuments.editor;
  return (
    <>
      <h2 class="kern-heading-large">{m.title}</h2>
      <ul class="kern-list">
        <li>
          <a href={editorFormPath(call.id)}>{m.form}</a>: {m.formCount(counts.sections, counts.questions)}
        </li>
        <li>
          <a href={editorCriteriaPath(call.id)}>{m.criteria}</a>: {m.criteriaCount(counts.criteria)}
        </li>
        <li>
          <a href={editorDocumentsPath(call.id)}>{d.link}</a>: {d.count(props.documents)}
        </li>
      </ul>
    </>
  );
}

export function CallOverviewPage(props: {
  ctx: ViewContext;
  call: CompetitionCallRow;
  fields: FieldOfAction[];
  counts: FormCounts;
  /** how many documents the call has to download */
  documents: number;
  now: Date;
  notice?: EditorNotice | undefined;
}) {
  const { ctx, call } = props;
  const m = ctx.t.competition.editor;
  const published = call.status === 'published';
  return (
    <Layout ctx={ctx} title={call.title} breadcrumbs={[adminCrumb(ctx), { href: EDITOR_PATH, label: m.title }, { label: call.title }]}>
      {props.notice ? (
        <NotificationBanner ctx={ctx} variant="success">
          <p class="kern-body">{m.notices[props.notice]}</p>
        </NotificationBanner>
      ) : null}
      <h1 class="kern-heading-x-large">{call.title}</h1>
      <p class="kern-body">
        <Tag colour={published ? 'green' : 'grey'}>{ctx.t.competition.status[call.status]}</Tag>
      </p>
      <div class="dk-actions">
        <ButtonLink href={`${editorCallPath(call.id)}/bearbeiten`} variant="secondary">
          {m.edit}
        </ButtonLink>
        {published ? (
          <ButtonLink href={callPath(call.slug)} variant="tertiary">
            {m.view}
          </ButtonLink>
        ) : null}
        {published ? (
          <ButtonLink href={editorApplicationsPath(call.id)} variant="secondary">
            {ctx.t.competitionApplications.screening.link}
          </ButtonLink>
        ) : null}
        {published ? (
          <ButtonLink href={editorJuryPath(call.id)} variant="secondary">
            {ctx.t.competitionJury.editor.link}
          </ButtonLink>
        ) : null}
        {published ? (
          <ButtonLink href={editorRankingPath(call.id)} variant="tertiary">
            {ctx.t.competitionJury.editor.rankingLink}
          </ButtonLink>
        ) : null}
        {published ? (
          <ButtonLink href={editorDecisionsPath(call.id)} variant="secondary">
            {ctx.t.competitionDecisions.link}
          </ButtonLink>
        ) : null}
      </div>
      <FormLinks ctx={ctx} call={call} counts={props.counts} documents={props.documents} />
      <h2 class="kern-heading-large">{m.overview}</h2>
      <CallFacts ctx={ctx} call={call} fields={props.fields} now={props.now} />
      <Form ctx={ctx} action={`${editorCallPath(call.id)}/status`}>
        <input type="hidden" name="transition" value={published ? 'unpublish' : 'publish'} />
        {published ? null : <p class="kern-hint">{m.publishHint}</p>}
        <Button variant={published ? 'secondary' : 'primary'}>{published ? m.unpublish : m.publish}</Button>
      </Form>
    </Layout>
  );
}

const count = (n: number | null) => (n === null ? '' : n.toLocaleString('de-DE'));

/** The form's values of an existing call, as a person would type them. */
export function callValues(call: CompetitionCallRow): FormValues {
  const opens = utcToBerlin(call.opensAt);
  const closes = utcToBerlin(call.closesAt);
  return {
    title: call.title,
    summary: call.summary,
    description: call.description,
    eligibleTypes: call.eligibleTypes,
    agsPrefix: call.agsPrefix ?? '',
    populationMin: count(call.populationMin),
    populationMax: count(call.populationMax),
    jointApplications: call.jointApplications ? '1' : '',
    opensDate: opens.date,
    opensTime: opens.time,
    closesDate: closes.date,
    closesTime: closes.time,
    maxAmount: euroInput(call.maxAmountCents),
    totalBudget: euroInput(call.totalBudgetCents),
    ownSharePercent: String(call.ownSharePercent),
    fundingStart: call.fundingStart,
    fundingEnd: call.fundingEnd,
    blindReview: call.blindReview ? '1' : '',
    fieldsOfAction: call.fieldsOfAction,
    contact: call.contact,
  };
}

export function CallFormPage(props: {
  ctx: ViewContext;
  call?: CompetitionCallRow | undefined;
  fields: FieldOfAction[];
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
  submissionId?: string | undefined;
}) {
  const { ctx, call, values: v, errors } = props;
  const m = ctx.t.competition.editor;
  const f = m.fields;
  const s = m.sections;
  const err = (name: string) => errorFor(errors, name);
  const title = call ? m.editTitle(call.title) : m.createTitle;
  const action = call ? `${editorCallPath(call.id)}/bearbeiten` : `${EDITOR_PATH}/neu`;
  const optional = ctx.t.common.optional;
  const crumbs = [
    adminCrumb(ctx),
    { href: EDITOR_PATH, label: m.title },
    ...(call ? [{ href: editorCallPath(call.id), label: call.title }] : []),
    { label: title },
  ];
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={crumbs}>
      <h1 class="kern-heading-x-large">{title}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Form ctx={ctx} action={action} submissionId={props.submissionId}>
        <h2 class="kern-heading-medium">{s.basics}</h2>
        <TextField name="title" label={f.title} hint={f.titleHint} value={valueFor(v, 'title')} error={err('title')} maxLength={200} />
        <TextArea name="summary" label={f.summary} hint={f.summaryHint} value={valueFor(v, 'summary')} error={err('summary')} rows={3} maxLength={500} />
        <TextArea name="description" label={f.description} hint={f.descriptionHint} value={valueFor(v, 'description')} error={err('description')} rows={16} />
        <Choices
          type="checkbox"
          name="fieldsOfAction"
          label={f.fieldsOfAction}
          optionalLabel={optional}
          selected={valuesOf(v, 'fieldsOfAction')}
          error={err('fieldsOfAction')}
          options={props.fields.map((fa) => ({ value: fa.slug, label: fieldName(fa, ctx.locale) }))}
        />
        <TextArea
          name="contact"
          label={f.contact}
          optionalLabel={optional}
          hint={f.contactHint}
          value={valueFor(v, 'contact')}
          error={err('contact')}
          rows={3}
          maxLength={1000}
        />

        <h2 class="kern-heading-medium">{s.eligibility}</h2>
        <Choices
          type="checkbox"
          name="eligibleTypes"
          label={f.eligibleTypes}
          hint={f.eligibleTypesHint}
          selected={valuesOf(v, 'eligibleTypes')}
          error={err('eligibleTypes')}
          options={ORGANISATION_TYPES.map((t) => ({ value: t, label: ctx.t.organisations.types[t] }))}
        />
        <Select
          name="agsPrefix"
          label={f.state}
          hint={f.stateHint}
          value={valueFor(v, 'agsPrefix')}
          error={err('agsPrefix')}
          options={[{ value: '', label: f.anyState }, ...GERMAN_STATES.map((st) => ({ value: st, label: ctx.t.competition.states[st] ?? st }))]}
        />
        <TextField
          name="populationMin"
          label={f.populationMin}
          optionalLabel={optional}
          hint={f.populationHint}
          inputMode="numeric"
          value={valueFor(v, 'populationMin')}
          error={err('populationMin')}
          width="short"
          maxLength={12}
        />
        <TextField
          name="populationMax"
          label={f.populationMax}
          optionalLabel={optional}
          inputMode="numeric"
          value={valueFor(v, 'populationMax')}
          error={err('populationMax')}
          width="short"
          maxLength={12}
        />
        <Choices
          type="checkbox"
          name="jointApplications"
          label={ctx.t.competition.public.facts.joint}
          selected={valuesOf(v, 'jointApplications')}
          options={[{ value: '1', label: f.jointApplications }]}
        />

        <h2 class="kern-heading-medium">{s.period}</h2>
        <p class="kern-hint">{f.timesHint}</p>
        <TextField name="opensDate" type="date" label={f.opensDate} value={valueFor(v, 'opensDate')} error={err('opensDate')} width="half" />
        <TextField name="opensTime" type="time" label={f.opensTime} value={valueFor(v, 'opensTime')} error={err('opensTime')} width="short" />
        <TextField name="closesDate" type="date" label={f.closesDate} value={valueFor(v, 'closesDate')} error={err('closesDate')} width="half" />
        <TextField name="closesTime" type="time" label={f.closesTime} value={valueFor(v, 'closesTime')} error={err('closesTime')} width="short" />

        <h2 class="kern-heading-medium">{s.money}</h2>
        <TextField
          name="maxAmount"
          label={f.maxAmount}
          hint={f.amountHint}
          inputMode="decimal"
          value={valueFor(v, 'maxAmount')}
          error={err('maxAmount')}
          width="half"
          maxLength={30}
        />
        <TextField
          name="totalBudget"
          label={f.totalBudget}
          hint={f.amountHint}
          inputMode="decimal"
          value={valueFor(v, 'totalBudget')}
          error={err('totalBudget')}
          width="half"
          maxLength={30}
        />
        <TextField
          name="ownSharePercent"
          label={f.ownSharePercent}
          hint={f.ownShareHint}
          inputMode="numeric"
          value={valueFor(v, 'ownSharePercent')}
          error={err('ownSharePercent')}
          width="short"
          maxLength={3}
        />
        <TextField name="fundingStart" type="date" label={f.fundingStart} value={valueFor(v, 'fundingStart')} error={err('fundingStart')} width="half" />
        <TextField name="fundingEnd" type="date" label={f.fundingEnd} value={valueFor(v, 'fundingEnd')} error={err('fundingEnd')} width="half" />

        <Choices type="checkbox" name="blindReview" label={s.review} selected={valuesOf(v, 'blindReview')} options={[{ value: '1', label: f.blindReview }]} />
        <Button>{ctx.t.common.save}</Button>
      </Form>
    </Layout>
  );
}
