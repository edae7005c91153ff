import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { formatDate } from '../../../../platform/i18n/dates.ts';
import { fieldName, type FieldOfAction } from '../../../../platform/taxonomy/fields-of-action.ts';
import { euroInput } from '../../../../platform/text/money.ts';
import { NotificationBanner } from '../../../../platform/views/components/content.tsx';
import { Button, Choices, ErrorSummary, errorFor, Form, Select, TextArea, TextField, valueFor, valuesOf } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { ORGANISATION_TYPES } from '../../../organisations/service.ts';
import { editSolutionPath, LIBRARY_PATH, MY_SOLUTIONS_PATH } from '../../core/paths.ts';
import type { ProfileFields } from '../../core/profile-fields.ts';
import type { SolutionRow } from '../../core/repository.ts';
import { MATURITY_PHASES, SIZE_BANDS } from '../../core/tables.ts';
import { StatusTag, type ProfileNotice } from './shared.tsx';

/** The form's values of a saved profile, as a person would type them. */
export function solutionValues(s: ProfileFields): FormValues {
  return {
    title: s.title,
    summary: s.summary,
    problem: s.problem,
    approach: s.approach,
    fieldsOfAction: s.fieldsOfAction,
    suitableTypes: s.suitableTypes,
    sizeBands: s.sizeBands,
    maturity: s.maturity,
    costOneOff: s.costOneOffCents === null ? '' : euroInput(s.costOneOffCents),
    costYearly: s.costYearlyCents === null ? '' : euroInput(s.costYearlyCents),
    effortPersonDays: s.effortPersonDays === null ? '' : String(s.effortPersonDays),
    operatorModel: s.operatorModel,
    partners: s.partners,
    licence: s.licence,
    openSource: s.openSource ? '1' : '',
    repositoryUrl: s.repositoryUrl ?? '',
    dataUsed: s.dataUsed,
    accessibility: s.accessibility,
    dataProtection: s.dataProtection,
    contactName: s.contactName,
    contactEmail: s.contactEmail,
    projectId: s.projectId ?? '',
  };
}

export interface SolutionFormProps {
  ctx: ViewContext;
  solution: SolutionRow;
  organisationName: string;
  fields: FieldOfAction[];
  /** the owner organisation's funded projects */
  projects: { id: string; title: string }[];
  values: FormValues;
  errors?: FieldError[] | undefined;
  notice?: ProfileNotice | undefined;
  documents: number;
  versions: number;
}

const STATUS_HINTS = { draft: undefined, in_review: 'reviewHint', published: 'publishedHint', archived: 'archivedHint' } as const;

/**
 * The whole profile in one form with a section per topic, one column so that it works on a
 * phone; documents and the title picture have pages of their own, linked above the form.
 */
export function SolutionFormPage(props: SolutionFormProps) {
  const { ctx, solution, values: v, errors } = props;
  const m = ctx.t.solutionsProfiles;
  const f = m.fields;
  const s = m.sections;
  const optional = ctx.t.common.optional;
  const err = (name: string) => errorFor(errors, name);
  const title = m.edit.title(solution.title);
  const statusHint = STATUS_HINTS[solution.status];
  const area = (name: string, label: string, hint?: string) => (
    <TextArea name={name} label={label} optionalLabel={optional} hint={hint} value={valueFor(v, name)} error={err(name)} rows={4} maxLength={5000} />
  );
  return (
    <Layout
      ctx={ctx}
      title={title}
      breadcrumbs={[{ href: LIBRARY_PATH, label: ctx.t.solutions.nav }, { href: MY_SOLUTIONS_PATH, label: m.mine.title }, { label: solution.title }]}
    >
      {props.notice ? (
        <NotificationBanner ctx={ctx} variant={props.notice === 'notAllowed' ? 'info' : 'success'}>
          <p class="kern-body">{m.notices[props.notice]}</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="kern-body kern-body--muted">{props.organisationName}</p>
      <h1 class="kern-heading-x-large">{title}</h1>
      <p class="kern-body">
        {m.edit.status}: <StatusTag ctx={ctx} status={solution.status} />
      </p>
      {statusHint ? <p class="kern-hint">{m.edit[statusHint]}</p> : null}
      {solution.pendingSince ? (
        <p class="kern-hint">{m.edit.pendingHint(formatDate(ctx.locale, solution.pendingSince))}</p>
      ) : solution.pendingChanges ? (
        <p class="kern-hint">{m.edit.pendingReturnedHint}</p>
      ) : null}
      <h2 class="kern-heading-medium">{m.edit.more}</h2>
      <ul class="kern-list">
        <li>
          <a href={editSolutionPath(solution.id, 'dokumente')}>{m.edit.documentsLink}</a>: {m.edit.documentsCount(props.documents)}
        </li>
        <li>
          <a href={editSolutionPath(solution.id, 'bild')}>{m.edit.pictureLink}</a>: {solution.pictureId ? m.edit.pictureSet : m.edit.pictureNone}
        </li>
        <li>
          <a href={editSolutionPath(solution.id, 'versionen')}>{m.edit.versionsLink}</a>: {m.edit.versionsCount(props.versions)}
        </li>
      </ul>
      <Form ctx={ctx} action={editSolutionPath(solution.id)}>
        <h2 class="kern-heading-medium">{s.basics}</h2>
        <TextField name="title" label={f.title} hint={f.titleHint} value={valueFor(v, 'title')} error={err('title')} maxLength={200} />
        <TextArea name="summary" label={f.summary} hint={f.summaryHint} value={valueFor(v, 'summary')} error={err('summary')} rows={3} maxLength={500} />
        <TextArea
          name="problem"
          label={f.problem}
          optionalLabel={optional}
          hint={f.problemHint}
          value={valueFor(v, 'problem')}
          error={err('problem')}
          rows={8}
        />
        <TextArea name="approach" label={f.approach} optionalLabel={optional} value={valueFor(v, 'approach')} error={err('approach')} rows={8} />
        <Choices
          type="radio"
          name="maturity"
          label={f.maturity}
          selected={valuesOf(v, 'maturity')}
          error={err('maturity')}
          options={MATURITY_PHASES.map((p) => ({ value: p, label: ctx.t.solutions.maturity[p] }))}
        />
        <Choices
          type="checkbox"
          name="fieldsOfAction"
          label={f.fieldsOfAction}
          optionalLabel={optional}
          selected={valuesOf(v, 'fieldsOfAction')}
          error={err('fieldsOfAction')}
          options={props.fields.map((fa) => ({ value: fa.slug, label: fieldName(fa, ctx.locale) }))}
        />

        <h2 class="kern-heading-medium">{s.suits}</h2>
        <Choices
          type="checkbox"
          name="suitableTypes"
          label={f.suitableTypes}
          optionalLabel={optional}
          selected={valuesOf(v, 'suitableTypes')}
          error={err('suitableTypes')}
          options={ORGANISATION_TYPES.map((t) => ({ value: t, label: ctx.t.organisations.types[t] }))}
        />
        <Choices
          type="checkbox"
          name="sizeBands"
          label={f.sizeBands}
          optionalLabel={optional}
          selected={valuesOf(v, 'sizeBands')}
          error={err('sizeBands')}
          options={SIZE_BANDS.map((b) => ({ value: b, label: ctx.t.solutions.sizeBands[b] }))}
        />

        <h2 class="kern-heading-medium">{s.costs}</h2>
        {(['costOneOff', 'costYearly'] as const).map((name) => (
          <TextField
            key={name}
            name={name}
            label={f[name]}
            optionalLabel={optional}
            hint={f.costHint}
            inputMode="decimal"
            value={valueFor(v, name)}
            error={err(name)}
            width="half"
            maxLength={30}
          />
        ))}
        <TextField
          name="effortPersonDays"
          label={f.effort}
          optionalLabel={optional}
          hint={f.effortHint}
          inputMode="numeric"
          value={valueFor(v, 'effortPersonDays')}
          error={err('effortPersonDays')}
          width="short"
          maxLength={12}
        />

        <h2 class="kern-heading-medium">{s.licence}</h2>
        <TextField
          name="licence"
          label={f.licence}
          optionalLabel={optional}
          hint={f.licenceHint}
          value={valueFor(v, 'licence')}
          error={err('licence')}
          maxLength={200}
        />
        <Choices
          type="checkbox"
          name="openSource"
          label={f.openSource}
          selected={valuesOf(v, 'openSource')}
          options={[{ value: '1', label: f.openSourceLabel }]}
        />
        <TextField
          name="repositoryUrl"
          type="url"
          label={f.repositoryUrl}
          optionalLabel={optional}
          hint={f.repositoryUrlHint}
          value={valueFor(v, 'repositoryUrl')}
          error={err('repositoryUrl')}
          maxLength={500}
        />

        <h2 class="kern-heading-medium">{s.notes}</h2>
        {area('dataUsed', f.dataUsed)}
        {area('accessibility', f.accessibility)}
        {area('dataProtection', f.dataProtection)}

        <h2 class="kern-heading-medium">{s.operation}</h2>
        {area('operatorModel', f.operatorModel, f.operatorModelHint)}
        {area('partners', f.partners)}

        <h2 class="kern-heading-medium">{s.contact}</h2>
        <TextField
          name="contactName"
          label={f.contactName}
          optionalLabel={optional}
          value={valueFor(v, 'contactName')}
          error={err('contactName')}
          maxLength={200}
        />
        <TextField
          name="contactEmail"
          type="email"
          label={f.contactEmail}
          optionalLabel={optional}
          value={valueFor(v, 'contactEmail')}
          error={err('contactEmail')}
          maxLength={254}
        />
        <Select
          name="projectId"
          label={f.project}
          optionalLabel={optional}
          value={valueFor(v, 'projectId')}
          error={err('projectId')}
          placeholder={f.noProject}
          options={props.projects.map((p) => ({ value: p.id, label: p.title }))}
        />
        <Button>{m.edit.save}</Button>
      </Form>
      {solution.status === 'draft' ? (
        <Form ctx={ctx} action={editSolutionPath(solution.id, 'einreichen')}>
          <h2 class="kern-heading-medium">{m.edit.submitTitle}</h2>
          <p class="kern-body">{m.edit.submitLead}</p>
          <Button variant="secondary">{m.edit.submit}</Button>
        </Form>
      ) : null}
    </Layout>
  );
}
