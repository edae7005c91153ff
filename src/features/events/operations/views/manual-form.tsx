import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { Button, Form } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import type { EventRow, QuestionRow, WorldCafeQuestionRow } from '../../core/event-repository.ts';
import { AnswerFields, ConsentChoice, PersonFields } from '../../registration/views/fields.tsx';
import { Paragraphs } from '../../registration/views/parts.tsx';

/*
 * The editors' form to register someone by hand. It asks what the public form asks (the
 * same fields, checked by the same schema), with the consent confirmed by the editor on
 * the person's behalf.
 */

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
  return (
    <Form ctx={ctx} action={props.action}>
      <PersonFields ctx={ctx} by="editor" values={values} errors={errors} />
      <AnswerFields ctx={ctx} by="editor" questions={props.questions} worldCafe={props.worldCafe} values={values} errors={errors} />
      <details class="kern-accordion">
        <summary class="kern-accordion__header">
          <span class="kern-title">{f.consentLegend}</span>
        </summary>
        <div class="kern-accordion__body">
          <Paragraphs text={props.event.consentText} />
        </div>
      </details>
      <ConsentChoice ctx={ctx} label={m.manualConsent} values={values} errors={errors} />
      <Button>{m.manualSubmit}</Button>
    </Form>
  );
}
