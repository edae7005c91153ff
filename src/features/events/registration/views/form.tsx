import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { NotificationBanner } from '../../../../platform/views/components/content.tsx';
import { Button, ErrorSummary, Form } from '../../../../platform/views/components/form.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { EventDate } from '../../core/event-lookups.ts';
import type { EventRow, QuestionRow, WorldCafeQuestionRow } from '../../core/event-repository.ts';
import { AnswerFields, ConsentChoice, PersonFields } from './fields.tsx';
import { DateSummary, Paragraphs, registrationCrumbs } from './parts.tsx';

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

export function RegistrationFormPage(props: RegistrationFormProps) {
  const { ctx, event, date, values, errors } = props;
  const m = ctx.t.eventRegistration;
  const f = m.fields;
  const title = m.form.title(event.title);
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={registrationCrumbs(ctx, event)}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="kern-heading-x-large">{title}</h1>
      <DateSummary ctx={ctx} event={event} date={date} />
      {props.full ? (
        <NotificationBanner ctx={ctx} title={m.form.fullTitle}>
          <p class="kern-body">{m.form.fullBody}</p>
        </NotificationBanner>
      ) : null}
      <p class="kern-body">{m.form.lead}</p>
      <Form ctx={ctx} action={props.action}>
        <h2 class="kern-heading-medium">{m.form.personHeading}</h2>
        {props.fromAccount ? <p class="dk-inset-text">{m.form.fromAccount}</p> : null}
        <PersonFields ctx={ctx} by="person" values={values} errors={errors} />
        {props.questions.length > 0 || props.worldCafe.length > 0 ? <h2 class="kern-heading-medium">{m.form.questionsHeading}</h2> : null}
        <AnswerFields ctx={ctx} by="person" questions={props.questions} worldCafe={props.worldCafe} values={values} errors={errors} />
        <h2 class="kern-heading-medium">{m.form.consentHeading}</h2>
        <div class="dk-inset-text" id="einwilligungstext">
          <Paragraphs text={event.consentText} />
        </div>
        <ConsentChoice ctx={ctx} label={f.consent} values={values} errors={errors} />
        <Button>{m.form.submit}</Button>
      </Form>
    </Layout>
  );
}
