import type { FieldError, FormValues } from '../../../platform/http/form.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { NotificationBanner } from '../../../platform/views/components/content.tsx';
import { Button, Choices, ErrorSummary, errorFor, Form, TextField, valueFor } from '../../../platform/views/components/form.tsx';
import { Layout } from '../../../platform/views/layout.tsx';

export function SettingsPage(props: { ctx: ViewContext; values: FormValues; errors?: FieldError[] | undefined; saved?: boolean }) {
  const { ctx, values, errors } = props;
  const m = ctx.t.admin.settings;
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[{ href: '/verwaltung', label: ctx.t.admin.title }, { label: m.title }]}>
      {props.saved ? (
        <NotificationBanner ctx={ctx} variant="success">
          <p class="kern-body">{m.saved}</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <Form ctx={ctx} action="/verwaltung/einstellungen">
        <TextField
          name="siteName"
          label={m.siteName}
          hint={m.siteNameHint}
          value={valueFor(values, 'siteName')}
          error={errorFor(errors, 'siteName')}
          maxLength={120}
        />
        <TextField
          name="contactEmail"
          type="email"
          label={m.contactEmail}
          value={valueFor(values, 'contactEmail')}
          error={errorFor(errors, 'contactEmail')}
          optionalLabel={ctx.t.common.optional}
        />
        <Choices type="checkbox" name="demo" label={m.demo} hint={m.demoHint} options={[{ value: '1', label: m.demo }]} selected={values.demo ? ['1'] : []} />
        <Button>{ctx.t.common.save}</Button>
      </Form>
    </Layout>
  );
}
