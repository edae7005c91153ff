import type { FieldError, FormValues } from '../../../platform/http/form.ts';
import { Button, Choices, Form, errorFor, valuesOf } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import type { JurorRow } from '../repository.ts';

/**
 * The editors' assignment: every ticked juror to every ticked subject (assignJurors). The owning
 * feature names the subjects' field and its words; the jurors' field is `jurorIds`.
 */
export function AssignForm(props: {
  ctx: ViewContext;
  /** where the form is sent */
  action: string;
  subjects: { field: string; label: string; hint: string; options: { value: string; label: string }[] };
  jurors: JurorRow[];
  words: { jurors: string; jurorsHint: string; button: string };
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}) {
  const { subjects, values, errors, words } = props;
  return (
    <Form ctx={props.ctx} action={props.action}>
      <Choices
        type="checkbox"
        name={subjects.field}
        label={subjects.label}
        hint={subjects.hint}
        selected={valuesOf(values, subjects.field)}
        error={errorFor(errors, subjects.field)}
        options={subjects.options}
      />
      <Choices
        type="checkbox"
        name="jurorIds"
        label={words.jurors}
        hint={words.jurorsHint}
        selected={valuesOf(values, 'jurorIds')}
        error={errorFor(errors, 'jurorIds')}
        options={props.jurors.map((j) => ({ value: j.id, label: j.displayName }))}
      />
      <Button>{words.button}</Button>
    </Form>
  );
}
