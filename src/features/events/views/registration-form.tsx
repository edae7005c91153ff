import type { FieldError, FormValues } from '../../../platform/http/form.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { NotificationBanner } from '../../../platform/views/components/content.tsx';
import { Button, Choices, ErrorSummary, errorFor, Form, Select, TextArea, TextField, valueOf, valuesOf } from '../../../platform/views/components/form.tsx';
import { Layout } from '../../../platform/views/layout.tsx';
import type { EventDate, EventRow, QuestionRow, WorldCafeQuestionRow } from '../event-service.ts';
import { questionField, REGISTRATION_ROLES, SALUTATIONS, TEXT_ANSWER_MAX, YES_NO } from '../registration-schema.ts';
import { DateSummary, Paragraphs, registrationCrumbs } from './registration-parts.tsx';

export interface RegistrationFormProps {
  ctx: ViewContext;
  event: EventRow;
  date: EventDate;
  questions: QuestionRow[];
  worldCafe: WorldCafeQuestionRow[];
  /** the form's address, which is also where it posts */
  action: string;
  /** the date is full: registering puts the person on the waiting list */
  full: boolean;
  /** name and address were taken from the signed-in person's account */
  fromAccount: boolean;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}

function QuestionField(props: { ctx: ViewContext; question: QuestionRow; values?: FormValues | undefined; errors?: FieldError[] | undefined }) {
  const { ctx, question: q, values, errors } = props;
  const name = questionField(q.id);
  const common = {
    name,
    label: q.label,
    hint: q.hint || undefined,
    error: errorFor(errors, name),
    optionalLabel: q.required ? undefined : ctx.t.common.optional,
  };
  const f = ctx.t.eventRegistration.fields;
  switch (q.kind) {
    case 'text':
      return <TextArea {...common} rows={3} maxLength={TEXT_ANSWER_MAX} value={valueOf(values, name)} />;
    case 'choice':
      return <Choices {...common} type="radio" options={q.options.map((o) => ({ value: o, label: o }))} selected={valuesOf(values, name)} />;
    case 'multi':
      return <Choices {...common} type="checkbox" options={q.options.map((o) => ({ value: o, label: o }))} selected={valuesOf(values, name)} />;
    case 'yesno':
      return (
        <Choices
          {...common}
          type="radio"
          inline
          options={[
            { value: YES_NO.yes, label: f.yes },
            { value: YES_NO.no, label: f.no },
          ]}
          selected={valuesOf(values, name)}
        />
      );
  }
}

export function RegistrationFormPage(props: RegistrationFormProps) {
  const { ctx, event, date, values, errors } = props;
  const m = ctx.t.eventRegistration;
  const f = m.fields;
  const title = m.form.title(event.title);
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={registrationCrumbs(ctx, event)}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="dk-heading-xl">{title}</h1>
      <DateSummary ctx={ctx} event={event} date={date} />
      {props.full ? (
        <NotificationBanner ctx={ctx} title={m.form.fullTitle}>
          <p class="dk-body">{m.form.fullBody}</p>
        </NotificationBanner>
      ) : null}
      <p class="dk-body">{m.form.lead}</p>
      <Form ctx={ctx} action={props.action}>
        <h2 class="dk-heading-m">{m.form.personHeading}</h2>
        {props.fromAccount ? <p class="dk-inset-text">{m.form.fromAccount}</p> : null}
        <Select
          name="salutation"
          label={f.salutation}
          optionalLabel={ctx.t.common.optional}
          placeholder={f.salutationNone}
          options={SALUTATIONS.map((s) => ({ value: s, label: f.salutations[s] }))}
          value={valueOf(values, 'salutation')}
          error={errorFor(errors, 'salutation')}
        />
        <TextField name="firstName" label={f.firstName} autocomplete="given-name" maxLength={100} value={valueOf(values, 'firstName')} error={errorFor(errors, 'firstName')} />
        <TextField name="lastName" label={f.lastName} autocomplete="family-name" maxLength={100} value={valueOf(values, 'lastName')} error={errorFor(errors, 'lastName')} />
        <TextField
          name="email"
          type="email"
          label={f.email}
          hint={f.emailHint}
          autocomplete="email"
          spellcheck={false}
          value={valueOf(values, 'email')}
          error={errorFor(errors, 'email')}
        />
        <TextField
          name="organisation"
          label={f.organisation}
          hint={f.organisationHint}
          autocomplete="organization"
          maxLength={200}
          value={valueOf(values, 'organisation')}
          error={errorFor(errors, 'organisation')}
        />
        <Choices
          name="role"
          type="radio"
          label={f.role}
          options={REGISTRATION_ROLES.map((r) => ({ value: r, label: f.roles[r] }))}
          selected={valuesOf(values, 'role')}
          error={errorFor(errors, 'role')}
        />
        <TextArea
          name="accessibilityNeeds"
          label={f.accessibilityNeeds}
          hint={f.accessibilityHint}
          optionalLabel={ctx.t.common.optional}
          rows={3}
          maxLength={TEXT_ANSWER_MAX}
          value={valueOf(values, 'accessibilityNeeds')}
          error={errorFor(errors, 'accessibilityNeeds')}
        />
        {props.questions.length > 0 || props.worldCafe.length > 0 ? <h2 class="dk-heading-m">{m.form.questionsHeading}</h2> : null}
        {props.questions.map((q) => (
          <QuestionField key={q.id} ctx={ctx} question={q} values={values} errors={errors} />
        ))}
        {props.worldCafe.length > 0 ? (
          <Choices
            name="worldCafeQuestionId"
            type="radio"
            label={f.worldCafe}
            hint={f.worldCafeHint}
            options={props.worldCafe.map((w) => ({ value: w.id, label: w.question }))}
            selected={valuesOf(values, 'worldCafeQuestionId')}
            error={errorFor(errors, 'worldCafeQuestionId')}
          />
        ) : null}
        <h2 class="dk-heading-m">{m.form.consentHeading}</h2>
        <div class="dk-inset-text" id="einwilligungstext">
          <Paragraphs text={event.consentText} />
        </div>
        <Choices
          name="consent"
          type="checkbox"
          label={f.consentLegend}
          options={[{ value: '1', label: f.consent }]}
          selected={valuesOf(values, 'consent')}
          error={errorFor(errors, 'consent')}
        />
        <Button>{m.form.submit}</Button>
      </Form>
    </Layout>
  );
}
