import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { NotificationBanner, SummaryList, type SummaryRow } from '../../../../platform/views/components/content.tsx';
import { Button, Choices, ErrorSummary, errorFor, fieldId, Form, Select, TextField, valueFor, valuesOf } from '../../../../platform/views/components/form.tsx';
import { PlainText } from '../../../../platform/views/components/plain-text.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { ModuleRow, SeriesRow } from '../../core/repository.ts';
import { moduleName } from '../format.ts';
import { FUNCTION_STATEMENT_MAX, type RegistrationInput, registrationValues } from '../schema.ts';
import type { OrganisationChoice, RegistrationPage } from '../service.ts';
import { seriesCrumbs } from './parts.tsx';

interface Common {
  ctx: ViewContext;
  series: SeriesRow;
  module: ModuleRow | undefined;
  page: RegistrationPage;
}

function ScopeLead(props: Common) {
  const m = props.ctx.t.seminarsRegistration.form;
  return (
    <>
      <p class="kern-body">{props.module ? m.forModule(moduleName(props.ctx.t, props.page.modules, props.module)) : m.forSeries}</p>
      {props.page.full ? (
        <NotificationBanner ctx={props.ctx}>
          <p class="kern-body">{m.full}</p>
        </NotificationBanner>
      ) : null}
    </>
  );
}

/** The registration form: organisation, the required function, the consent. */
export function RegistrationFormPage(props: Common & { action: string; values: FormValues; errors: FieldError[] | undefined }) {
  const { ctx, series, page, values, errors } = props;
  const m = ctx.t.seminarsRegistration.form;
  const title = m.title(series.title);
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={seriesCrumbs(ctx, series, title)}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="kern-heading-x-large">{title}</h1>
      <p class="kern-body kern-body--large">{m.lead}</p>
      <ScopeLead {...props} />
      <Form ctx={ctx} action={props.action}>
        {props.module ? <input type="hidden" name="moduleId" value={props.module.id} /> : null}
        {page.organisations.length > 0 ? (
          <Select
            name="organisationId"
            label={m.organisation}
            hint={m.organisationHint}
            optionalLabel={page.needsOrganisation ? undefined : ctx.t.common.optional}
            placeholder={m.organisationNone}
            options={page.organisations.map((o: OrganisationChoice) => ({ value: o.id, label: o.name }))}
            value={valueFor(values, 'organisationId')}
            error={errorFor(errors, 'organisationId')}
          />
        ) : null}
        {series.requiredFunction ? (
          <>
            <Choices
              name="confirmsFunction"
              type="checkbox"
              label={m.functionLegend}
              options={[{ value: '1', label: m.confirmsFunction(series.requiredFunction) }]}
              selected={valuesOf(values, 'confirmsFunction')}
              error={errorFor(errors, 'confirmsFunction')}
            />
            <TextField
              name="functionStatement"
              label={m.functionStatement}
              hint={m.functionHint}
              autocomplete="organization-title"
              maxLength={FUNCTION_STATEMENT_MAX}
              value={valueFor(values, 'functionStatement')}
              error={errorFor(errors, 'functionStatement')}
            />
          </>
        ) : null}
        <div class="dk-inset-text">
          <PlainText text={series.consentText} />
        </div>
        <Choices
          name="consent"
          type="checkbox"
          label={m.consentLegend}
          options={[{ value: '1', label: m.consent }]}
          selected={valuesOf(values, 'consent')}
          error={errorFor(errors, 'consent')}
        />
        <Button>{m.submit}</Button>
      </Form>
    </Layout>
  );
}

/** "Angaben prüfen": the answers with change links, carried on as hidden fields with a submission id. */
export function RegistrationCheckPage(
  props: Common & { input: RegistrationInput; organisation: OrganisationChoice | undefined; formPath: string; confirmPath: string; submissionId: string },
) {
  const { ctx, series, input, page } = props;
  const m = ctx.t.seminarsRegistration.check;
  const values = registrationValues(input);
  const query = new URLSearchParams(Object.entries(values).flatMap(([k, v]) => (k === 'moduleId' ? [] : [[k, String(v)]])));
  const change = (field: string) => `${props.formPath}${props.formPath.includes('?') ? '&' : '?'}${query.toString()}#${fieldId(field)}`;
  const rows: SummaryRow[] = [
    { key: m.scope, value: props.module ? moduleName(ctx.t, page.modules, props.module) : m.wholeSeries },
    ...(page.organisations.length > 0
      ? [{ key: m.organisation, value: props.organisation?.name ?? m.noOrganisation, changeHref: change('organisationId') }]
      : []),
    ...(series.requiredFunction ? [{ key: m.function, value: input.functionStatement, changeHref: change('functionStatement') }] : []),
    { key: m.consent, value: m.consentGiven, changeHref: change('consent') },
  ];
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={seriesCrumbs(ctx, series, m.title)}>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body kern-body--large">{m.lead}</p>
      <ScopeLead {...props} />
      <SummaryList ctx={ctx} rows={rows} />
      <Form ctx={ctx} action={props.confirmPath} submissionId={props.submissionId}>
        {Object.entries(values).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={String(value)} />
        ))}
        <Button>{page.full ? m.submitWaiting : m.submit}</Button>
      </Form>
    </Layout>
  );
}
