import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { fieldName, type FieldOfAction } from '../../../../platform/taxonomy/fields-of-action.ts';
import { Button, Choices, ErrorSummary, errorFor, Form, TextArea, TextField, valueFor, valuesOf } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { EDITOR_PATH, editorEventPath } from '../../core/paths.ts';
import type { EventRow } from '../../core/event-repository.ts';
import { REGISTRATION_RETENTION_DAYS } from '../../core/retention-period.ts';
import { HOLD_MINUTES } from '../../core/rules.ts';
import { adminCrumbs, EventEditorLayout } from './shared.tsx';

/** The form values of an existing event, for the edit form. */
export function eventValues(event: EventRow): FormValues {
  return {
    title: event.title,
    summary: event.summary,
    organiser: event.organiser,
    description: event.description,
    audience: event.audience,
    notes: event.notes,
    procedure: event.procedure,
    mediaNotice: event.mediaNotice,
    contact: event.contact,
    fieldsOfAction: event.fieldsOfAction,
    retentionDays: String(event.retentionDays),
    ...(event.requiresConfirmedEmail ? { requiresConfirmedEmail: '1' } : {}),
  };
}

/** The texts of an event: the editors' forms and a municipality's proposal. */
export function EventFields(props: { ctx: ViewContext; values: FormValues; errors: FieldError[] | undefined; fields: FieldOfAction[]; withConsent: boolean }) {
  const { ctx, values: v, errors } = props;
  const m = ctx.t.events.editor.form;
  const optional = ctx.t.common.optional;
  return (
    <>
      <TextField name="title" label={m.title} hint={m.titleHint} value={valueFor(v, 'title')} error={errorFor(errors, 'title')} maxLength={200} />
      <TextArea
        name="summary"
        label={m.summary}
        hint={m.summaryHint}
        value={valueFor(v, 'summary')}
        error={errorFor(errors, 'summary')}
        rows={3}
        maxLength={400}
      />
      <TextField
        name="organiser"
        label={m.organiser}
        hint={m.organiserHint}
        value={valueFor(v, 'organiser')}
        error={errorFor(errors, 'organiser')}
        maxLength={200}
      />
      <TextArea
        name="description"
        label={m.description}
        hint={m.paragraphsHint}
        value={valueFor(v, 'description')}
        error={errorFor(errors, 'description')}
        rows={12}
      />
      <TextArea name="audience" label={m.audience} optionalLabel={optional} value={valueFor(v, 'audience')} error={errorFor(errors, 'audience')} rows={4} />
      <TextArea
        name="notes"
        label={m.notes}
        optionalLabel={optional}
        hint={m.notesHint}
        value={valueFor(v, 'notes')}
        error={errorFor(errors, 'notes')}
        rows={4}
      />
      <TextArea name="procedure" label={m.procedure} optionalLabel={optional} value={valueFor(v, 'procedure')} error={errorFor(errors, 'procedure')} rows={5} />
      <TextArea
        name="mediaNotice"
        label={m.mediaNotice}
        optionalLabel={optional}
        value={valueFor(v, 'mediaNotice')}
        error={errorFor(errors, 'mediaNotice')}
        rows={3}
      />
      <TextArea
        name="contact"
        label={m.contact}
        optionalLabel={optional}
        hint={m.contactHint}
        value={valueFor(v, 'contact')}
        error={errorFor(errors, 'contact')}
        rows={3}
      />
      <Choices
        type="checkbox"
        name="fieldsOfAction"
        label={m.fields}
        optionalLabel={optional}
        hint={m.fieldsHint}
        error={errorFor(errors, 'fieldsOfAction')}
        options={props.fields.map((f) => ({ value: f.slug, label: fieldName(f, ctx.locale) }))}
        selected={valuesOf(v, 'fieldsOfAction')}
      />
      <TextField
        name="retentionDays"
        label={m.retentionDays}
        hint={m.retentionHint}
        value={valueFor(v, 'retentionDays')}
        error={errorFor(errors, 'retentionDays')}
        width="short"
        maxLength={4}
      />
      <Choices
        type="checkbox"
        name="requiresConfirmedEmail"
        label={m.confirmedEmail}
        hint={m.confirmedEmailHint(HOLD_MINUTES)}
        options={[{ value: '1', label: m.confirmedEmailOption }]}
        selected={valuesOf(v, 'requiresConfirmedEmail')}
      />
      {props.withConsent ? (
        <TextArea
          name="consentText"
          label={m.consentText}
          hint={m.consentHint}
          value={valueFor(v, 'consentText')}
          error={errorFor(errors, 'consentText')}
          rows={6}
        />
      ) : null}
    </>
  );
}

export function NewEventPage(props: { ctx: ViewContext; submissionId: string; fields: FieldOfAction[]; values?: FormValues; errors?: FieldError[] }) {
  const { ctx } = props;
  const m = ctx.t.events.editor.form;
  const values = props.values ?? { retentionDays: String(REGISTRATION_RETENTION_DAYS.standard), consentText: ctx.t.events.defaults.consentText };
  return (
    <Layout ctx={ctx} title={m.newTitle} breadcrumbs={[...adminCrumbs(ctx), { label: m.newTitle }]}>
      <ErrorSummary ctx={ctx} errors={props.errors} />
      <h1 class="kern-heading-x-large">{m.newTitle}</h1>
      <Form ctx={ctx} action={`${EDITOR_PATH}/neu`} submissionId={props.submissionId}>
        <EventFields ctx={ctx} values={values} errors={props.errors} fields={props.fields} withConsent />
        <Button>{m.create}</Button>
      </Form>
    </Layout>
  );
}

export function EditEventPage(props: { ctx: ViewContext; event: EventRow; fields: FieldOfAction[]; values: FormValues; errors?: FieldError[] }) {
  const { ctx, event } = props;
  return (
    <EventEditorLayout
      ctx={ctx}
      event={event}
      title={ctx.t.events.editor.form.editTitle}
      section="texts"
      top={<ErrorSummary ctx={ctx} errors={props.errors} />}
    >
      <Form ctx={ctx} action={`${editorEventPath(event.id)}/bearbeiten`}>
        <EventFields ctx={ctx} values={props.values} errors={props.errors} fields={props.fields} withConsent={false} />
        <Button>{ctx.t.common.save}</Button>
      </Form>
    </EventEditorLayout>
  );
}
