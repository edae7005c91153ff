import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { Choices, errorFor, Select, TextArea, TextField, valueFor, valuesOf } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import type { QuestionRow, WorldCafeQuestionRow } from '../../core/event-repository.ts';
import { questionField, REGISTRATION_ROLES, SALUTATIONS, TEXT_ANSWER_MAX, YES_NO } from '../schema.ts';

/*
 * The fields of a registration, shared by the public form and the editors' form to register
 * someone by hand; the same schema checks both.
 */

/**
 * Who fills in the fields. The person themselves gets hints and their browser's
 * autocomplete; an editor, typing someone else's details, gets compact fields and no
 * autocomplete with the editor's own name and address.
 */
export type FilledInBy = 'person' | 'editor';

interface FieldsProps {
  ctx: ViewContext;
  by: FilledInBy;
  values: FormValues | undefined;
  errors: FieldError[] | undefined;
}

/** Who registers: name, address, organisation, role and accessibility needs. */
export function PersonFields(props: FieldsProps) {
  const { ctx, values, errors } = props;
  const f = ctx.t.eventRegistration.fields;
  const person = props.by === 'person';
  const optional = ctx.t.common.optional;
  return (
    <>
      <Select
        name="salutation"
        label={f.salutation}
        optionalLabel={optional}
        placeholder={f.salutationNone}
        options={SALUTATIONS.map((s) => ({ value: s, label: f.salutations[s] }))}
        value={valueFor(values, 'salutation')}
        error={errorFor(errors, 'salutation')}
      />
      <TextField
        name="firstName"
        label={f.firstName}
        autocomplete={person ? 'given-name' : undefined}
        maxLength={100}
        value={valueFor(values, 'firstName')}
        error={errorFor(errors, 'firstName')}
      />
      <TextField
        name="lastName"
        label={f.lastName}
        autocomplete={person ? 'family-name' : undefined}
        maxLength={100}
        value={valueFor(values, 'lastName')}
        error={errorFor(errors, 'lastName')}
      />
      <TextField
        name="email"
        type="email"
        label={f.email}
        hint={person ? f.emailHint : undefined}
        autocomplete={person ? 'email' : 'off'}
        spellcheck={false}
        value={valueFor(values, 'email')}
        error={errorFor(errors, 'email')}
      />
      <TextField
        name="organisation"
        label={f.organisation}
        hint={person ? f.organisationHint : undefined}
        autocomplete={person ? 'organization' : undefined}
        maxLength={200}
        value={valueFor(values, 'organisation')}
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
        hint={person ? f.accessibilityHint : undefined}
        optionalLabel={optional}
        rows={person ? 3 : 2}
        maxLength={TEXT_ANSWER_MAX}
        value={valueFor(values, 'accessibilityNeeds')}
        error={errorFor(errors, 'accessibilityNeeds')}
      />
    </>
  );
}

function QuestionField(props: FieldsProps & { question: QuestionRow }) {
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
      return <TextArea {...common} rows={props.by === 'person' ? 3 : 2} maxLength={TEXT_ANSWER_MAX} value={valueFor(values, name)} />;
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

/** The event's own questions and the choice of a World Café table. */
export function AnswerFields(props: FieldsProps & { questions: QuestionRow[]; worldCafe: WorldCafeQuestionRow[] }) {
  const { ctx, values, errors } = props;
  const f = ctx.t.eventRegistration.fields;
  return (
    <>
      {props.questions.map((q) => (
        <QuestionField key={q.id} ctx={ctx} by={props.by} question={q} values={values} errors={errors} />
      ))}
      {props.worldCafe.length > 0 ? (
        <Choices
          name="worldCafeQuestionId"
          type="radio"
          label={f.worldCafe}
          hint={props.by === 'person' ? f.worldCafeHint : undefined}
          options={props.worldCafe.map((w) => ({ value: w.id, label: w.question }))}
          selected={valuesOf(values, 'worldCafeQuestionId')}
          error={errorFor(errors, 'worldCafeQuestionId')}
        />
      ) : null}
    </>
  );
}

/** The consent checkbox; `label` is what the box confirms (the person's own consent, or the editor's word for it). */
export function ConsentChoice(props: { ctx: ViewContext; label: string; values: FormValues | undefined; errors: FieldError[] | undefined }) {
  return (
    <Choices
      name="consent"
      type="checkbox"
      label={props.ctx.t.eventRegistration.fields.consentLegend}
      options={[{ value: '1', label: props.label }]}
      selected={valuesOf(props.values, 'consent')}
      error={errorFor(props.errors, 'consent')}
    />
  );
}
