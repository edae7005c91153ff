import type { ComponentChildren } from 'preact';
import type { FieldError, FormValues } from '../../../platform/http/form.ts';
import { Button, Choices, ErrorSummary, Form, TextArea, errorFor, valueFor, valuesOf } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { CONFLICT_NOTE_MAX } from '../schema.ts';

/**
 * The juror's declaration before the subject is shown: is there a conflict of interest, with a
 * note. `children` says what the juror needs to know to answer (e.g. who takes part), as the
 * owning feature decides; the form sends `conflict` (yes/no) and `note` (conflictForm).
 */
export function ConflictForm(props: {
  ctx: ViewContext;
  /** where the form is sent */
  action: string;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
  headingLevel?: 2 | 3;
  children?: ComponentChildren;
}) {
  const { ctx, values, errors } = props;
  const m = ctx.t.review.conflict;
  const H = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <>
      <ErrorSummary ctx={ctx} errors={errors} />
      <H class={props.headingLevel === 3 ? 'kern-heading-medium' : 'kern-heading-large'}>{m.title}</H>
      <p class="kern-body">{m.lead}</p>
      {props.children}
      <Form ctx={ctx} action={props.action}>
        <Choices
          type="radio"
          name="conflict"
          label={m.question}
          hint={m.hint}
          selected={valuesOf(values, 'conflict')}
          error={errorFor(errors, 'conflict')}
          options={[
            { value: 'no', label: m.no, hint: m.noHint },
            { value: 'yes', label: m.yes, hint: m.yesHint },
          ]}
        />
        <TextArea
          name="note"
          label={m.note}
          hint={m.noteHint}
          optionalLabel={ctx.t.review.form.optional}
          value={valueFor(values, 'note')}
          error={errorFor(errors, 'note')}
          rows={3}
          maxLength={CONFLICT_NOTE_MAX}
        />
        <Button>{m.button}</Button>
      </Form>
    </>
  );
}
