import type { FieldError, FormValues } from '../../../platform/http/form.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Button, ErrorSummary, Form } from '../../../platform/views/components/form.tsx';
import { Layout } from '../../../platform/views/layout.tsx';
import { organisationPath } from '../paths.ts';
import type { OrganisationRow } from '../service.ts';
import { OrganisationFields } from './organisation-fields.tsx';
import { listCrumb, organisationCrumb } from './shared.tsx';

export function CreateOrganisationPage(props: { ctx: ViewContext; submissionId: string; values?: FormValues; errors?: FieldError[] }) {
  const { ctx, errors } = props;
  const m = ctx.t.organisations.create;
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[listCrumb(ctx), { label: m.title }]}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead}</p>
      <Form ctx={ctx} action="/netzwerk/organisationen/neu" submissionId={props.submissionId}>
        <OrganisationFields ctx={ctx} values={props.values} errors={errors} />
        <Button>{m.submit}</Button>
      </Form>
    </Layout>
  );
}

export function EditOrganisationPage(props: { ctx: ViewContext; organisation: OrganisationRow; values: FormValues; errors?: FieldError[] }) {
  const { ctx, organisation, errors } = props;
  const m = ctx.t.organisations.edit;
  return (
    <Layout
      ctx={ctx}
      title={m.title(organisation.name)}
      breadcrumbs={[listCrumb(ctx), organisationCrumb(organisation), { label: ctx.t.organisations.profile.edit }]}
    >
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="kern-heading-x-large">{m.title(organisation.name)}</h1>
      <Form ctx={ctx} action={`${organisationPath(organisation.slug)}/bearbeiten`}>
        <OrganisationFields ctx={ctx} values={props.values} errors={errors} />
        <div class="dk-actions">
          <Button>{m.submit}</Button>
          <a class="kern-body" href={organisationPath(organisation.slug)}>
            {ctx.t.common.cancel}
          </a>
        </div>
      </Form>
    </Layout>
  );
}
