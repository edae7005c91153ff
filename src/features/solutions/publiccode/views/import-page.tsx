import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { FileField } from '../../../../platform/views/components/file-field.tsx';
import { Button, ErrorSummary, errorFor, Form, Select, TextArea, valueFor } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { IMPORT_PATH, LIBRARY_PATH, MY_SOLUTIONS_PATH } from '../../core/paths.ts';

export interface ImportPageProps {
  ctx: ViewContext;
  /** the organisations the person manages */
  organisations: { id: string; name: string }[];
  submissionId: string;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
  /** the file chosen before the form came back with errors; browsers do not keep it */
  chooseAgain?: string | undefined;
}

/** The import of a publiccode.yml as a new draft: whose solution it becomes, and the file or its pasted text. */
export function ImportPage(props: ImportPageProps) {
  const { ctx, values: v, errors } = props;
  const m = ctx.t.solutionsPublicCode.import;
  const err = (name: string) => errorFor(errors, name);
  // one organisation needs no choice, but is named so that the person knows whose solution it becomes
  const only = props.organisations.length === 1 ? props.organisations[0] : undefined;
  return (
    <Layout
      ctx={ctx}
      title={m.title}
      breadcrumbs={[
        { href: LIBRARY_PATH, label: ctx.t.solutions.nav },
        { href: MY_SOLUTIONS_PATH, label: ctx.t.solutionsProfiles.mine.title },
        { label: m.title },
      ]}
    >
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="kern-body">{m.lead}</p>
      <p class="kern-body">{m.takenOver}</p>
      <Form ctx={ctx} action={IMPORT_PATH} submissionId={props.submissionId} multipart>
        <Select
          name="organisationId"
          label={m.organisation}
          hint={m.organisationHint}
          value={valueFor(v, 'organisationId') || (only?.id ?? '')}
          error={err('organisationId')}
          options={props.organisations.map((o) => ({ value: o.id, label: o.name }))}
          {...(only ? {} : { placeholder: m.choose })}
        />
        <FileField
          name="file"
          label={m.file}
          hint={m.fileHint}
          notes={[props.chooseAgain === undefined ? undefined : m.chooseAgain(props.chooseAgain)]}
          error={err('file')}
          accept=".yml,.yaml"
        />
        <TextArea name="text" label={m.text} hint={m.textHint} value={valueFor(v, 'text')} error={err('text')} rows={12} />
        <Button>{m.submit}</Button>
      </Form>
    </Layout>
  );
}
