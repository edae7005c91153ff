import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { formatDate } from '../../../../platform/i18n/dates.ts';
import { Table } from '../../../../platform/views/components/content.tsx';
import { Button, ButtonLink, ErrorSummary, errorFor, Form, Select, TextArea, TextField, valueFor } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { editSolutionPath, IMPORT_PATH, LIBRARY_PATH, MY_SOLUTIONS_PATH, NEW_SOLUTION_PATH } from '../../core/paths.ts';
import type { SolutionRow } from '../../core/repository.ts';
import { StatusTag } from './shared.tsx';

export interface OrganisationChoice {
  id: string;
  name: string;
}

const libraryCrumb = (ctx: ViewContext) => ({ href: LIBRARY_PATH, label: ctx.t.solutions.nav });

/** The solutions of the organisations the person manages, each with its status. */
export function MySolutionsPage(props: { ctx: ViewContext; solutions: SolutionRow[]; organisations: OrganisationChoice[] }) {
  const { ctx, organisations } = props;
  const m = ctx.t.solutionsProfiles.mine;
  const names = new Map(organisations.map((o) => [o.id, o.name]));
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[libraryCrumb(ctx), { label: m.title }]} wide>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      {organisations.length === 0 ? (
        <p class="kern-body">{m.noOrganisation}</p>
      ) : (
        <>
          <p class="kern-body">{m.lead}</p>
          <div class="dk-actions">
            <ButtonLink href={NEW_SOLUTION_PATH}>{m.create}</ButtonLink>
            <ButtonLink href={IMPORT_PATH} variant="secondary">
              {ctx.t.solutionsPublicCode.mineLink}
            </ButtonLink>
          </div>
          {props.solutions.length === 0 ? (
            <p class="kern-body">{m.empty}</p>
          ) : (
            <Table
              caption={m.title}
              captionHidden
              head={[m.columns.title, m.columns.organisation, m.columns.status, m.columns.updated]}
              rows={props.solutions.map((s) => [
                <a key="title" href={editSolutionPath(s.id)}>
                  {s.title}
                </a>,
                names.get(s.ownerOrganisationId) ?? '',
                <StatusTag key="status" ctx={ctx} status={s.status} pending={s.pendingSince !== null} />,
                formatDate(ctx.locale, s.updatedAt),
              ])}
            />
          )}
        </>
      )}
    </Layout>
  );
}

/** The first form of a solution: whose it is, its title and summary. */
export function NewSolutionPage(props: {
  ctx: ViewContext;
  organisations: OrganisationChoice[];
  submissionId: string;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}) {
  const { ctx, values: v, errors } = props;
  const m = ctx.t.solutionsProfiles;
  const f = m.fields;
  const err = (name: string) => errorFor(errors, name);
  // one organisation needs no choice, but is named so that the person knows whose solution it is
  const only = props.organisations.length === 1 ? props.organisations[0] : undefined;
  return (
    <Layout ctx={ctx} title={m.create.title} breadcrumbs={[libraryCrumb(ctx), { href: MY_SOLUTIONS_PATH, label: m.mine.title }, { label: m.create.title }]}>
      <h1 class="kern-heading-x-large">{m.create.title}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="kern-body">{m.create.lead}</p>
      <Form ctx={ctx} action={NEW_SOLUTION_PATH} submissionId={props.submissionId}>
        <Select
          name="organisationId"
          label={f.organisation}
          hint={f.organisationHint}
          value={valueFor(v, 'organisationId') || (only?.id ?? '')}
          error={err('organisationId')}
          options={props.organisations.map((o) => ({ value: o.id, label: o.name }))}
          {...(only ? {} : { placeholder: f.choose })}
        />
        <TextField name="title" label={f.title} hint={f.titleHint} value={valueFor(v, 'title')} error={err('title')} maxLength={200} />
        <TextArea name="summary" label={f.summary} hint={f.summaryHint} value={valueFor(v, 'summary')} error={err('summary')} rows={3} maxLength={500} />
        <Button>{m.create.submit}</Button>
      </Form>
    </Layout>
  );
}
