import type { FieldError, FormValues } from '../../../platform/http/form.ts';
import { Button, Choices, errorFor, Form, Select, TextArea, TextField, valueOf, valuesOf } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import type { EventRow, QuestionRow, WorldCafeQuestionRow } from '../event-service.ts';
import { questionField, REGISTRATION_ROLES, SALUTATIONS, TEXT_ANSWER_MAX, YES_NO } from '../registration-schema.ts';
import { Paragraphs } from './registration-parts.tsx';

/*
 * The editors' form to register someone by hand. It asks what the public form asks (the
 * same schema checks it), with the consent confirmed by the editor on the person's behalf.
 */

function QuestionInput(props: { ctx: ViewContext; question: QuestionRow; values: FormValues | undefined; errors: FieldError[] | undefined }) {
  const { ctx, question: q, values, errors } = props;
  const name = questionField(q.id);
  const shared = { name, label: q.label, hint: q.hint || undefined, error: errorFor(errors, name), optionalLabel: q.required ? undefined : ctx.t.common.optional };
  const options = q.options.map((o) => ({ value: o, label: o }));
  switch (q.kind) {
    case 'text':
      return <TextArea {...shared} rows={2} maxLength={TEXT_ANSWER_MAX} value={valueOf(values, name)} />;
    case 'choice':
      return <Choices {...shared} type="radio" options={options} selected={valuesOf(values, name)} />;
    case 'multi':
      return <Choices {...shared} type="checkbox" options={options} selected={valuesOf(values, name)} />;
    case 'yesno': {
      const f = ctx.t.eventRegistration.fields;
      const yesNo = [
        { value: YES_NO.yes, label: f.yes },
        { value: YES_NO.no, label: f.no },
      ];
      return <Choices {...shared} type="radio" inline options={yesNo} selected={valuesOf(values, name)} />;
    }
  }
}

export function ManualRegistrationForm(props: {
  ctx: ViewContext;
  event: EventRow;
  action: string;
  questions: QuestionRow[];
  worldCafe: WorldCafeQuestionRow[];
  values: FormValues | undefined;
  errors: FieldError[] | undefined;
}) {
  const { ctx, values, errors } = props;
  const f = ctx.t.eventRegistration.fields;
  const m = ctx.t.eventOperations.registrations;
  const optional = ctx.t.common.optional;
  return (
    <Form ctx={ctx} action={props.action}>
      <Select
        name="salutation"
        label={f.salutation}
        optionalLabel={optional}
        placeholder={f.salutationNone}
        options={SALUTATIONS.map((s) => ({ value: s, label: f.salutations[s] }))}
        value={valueOf(values, 'salutation')}
        error={errorFor(errors, 'salutation')}
      />
      <TextField name="firstName" label={f.firstName} maxLength={100} value={valueOf(values, 'firstName')} error={errorFor(errors, 'firstName')} />
      <TextField name="lastName" label={f.lastName} maxLength={100} value={valueOf(values, 'lastName')} error={errorFor(errors, 'lastName')} />
      <TextField name="email" type="email" label={f.email} spellcheck={false} autocomplete="off" value={valueOf(values, 'email')} error={errorFor(errors, 'email')} />
      <TextField name="organisation" label={f.organisation} maxLength={200} value={valueOf(values, 'organisation')} error={errorFor(errors, 'organisation')} />
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
        optionalLabel={optional}
        rows={2}
        maxLength={TEXT_ANSWER_MAX}
        value={valueOf(values, 'accessibilityNeeds')}
        error={errorFor(errors, 'accessibilityNeeds')}
      />
      {props.questions.map((q) => (
        <QuestionInput key={q.id} ctx={ctx} question={q} values={values} errors={errors} />
      ))}
      {props.worldCafe.length > 0 ? (
        <Choices
          name="worldCafeQuestionId"
          type="radio"
          label={f.worldCafe}
          options={props.worldCafe.map((w) => ({ value: w.id, label: w.question }))}
          selected={valuesOf(values, 'worldCafeQuestionId')}
          error={errorFor(errors, 'worldCafeQuestionId')}
        />
      ) : null}
      <details class="dk-details">
        <summary>{f.consentLegend}</summary>
        <div class="dk-details__text">
          <Paragraphs text={props.event.consentText} />
        </div>
      </details>
      <Choices
        name="consent"
        type="checkbox"
        label={f.consentLegend}
        options={[{ value: '1', label: m.manualConsent }]}
        selected={valuesOf(values, 'consent')}
        error={errorFor(errors, 'consent')}
      />
      <Button>{m.manualSubmit}</Button>
    </Form>
  );
}
