import type { ViewContext } from '../../../../platform/views/context.ts';
import { SummaryList, type SummaryRow } from '../../../../platform/views/components/content.tsx';
import { Button, fieldId, Form, optionId } from '../../../../platform/views/components/form.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { EventDate } from '../../core/event-lookups.ts';
import type { EventRow, QuestionRow, WorldCafeQuestionRow } from '../../core/event-repository.ts';
import { salutationWord } from '../format.ts';
import { questionField, REGISTRATION_ROLES, YES_NO, type RegistrationAnswers } from '../schema.ts';
import { DateSummary, Paragraphs, registrationCrumbs } from './parts.tsx';

export interface RegistrationCheckProps {
  ctx: ViewContext;
  event: EventRow;
  date: EventDate;
  questions: QuestionRow[];
  worldCafe: WorldCafeQuestionRow[];
  answers: RegistrationAnswers;
  /** the sealed answers: the only place they exist until the person confirms */
  token: string;
  formPath: string;
  confirmPath: string;
  full: boolean;
  /** minutes a seat is held until the address is confirmed; undefined when the event does not ask for it */
  holdMinutes: number | undefined;
}

/** Where a change link lands: the field itself, or for radios and checkboxes the option that was chosen. */
function anchor(name: string, options?: string[], chosen?: string): string {
  if (!options) return fieldId(name);
  return optionId(name, Math.max(0, chosen === undefined ? 0 : options.indexOf(chosen)));
}

export function RegistrationCheckPage(props: RegistrationCheckProps) {
  const { ctx, event, answers: a } = props;
  const m = ctx.t.eventRegistration;
  const f = m.fields;
  const none = m.check.notAnswered;
  const change = (target: string) => `${props.formPath}?token=${encodeURIComponent(props.token)}#${target}`;

  const personRows: SummaryRow[] = [
    { key: f.salutation, value: salutationWord(ctx.t, a.salutation) ?? none, changeHref: change(anchor('salutation')) },
    { key: f.firstName, value: a.firstName, changeHref: change(anchor('firstName')) },
    { key: f.lastName, value: a.lastName, changeHref: change(anchor('lastName')) },
    { key: f.email, value: a.email, changeHref: change(anchor('email')) },
    { key: f.organisation, value: a.organisation, changeHref: change(anchor('organisation')) },
    { key: f.role, value: f.roles[a.role], changeHref: change(anchor('role', [...REGISTRATION_ROLES], a.role)) },
    { key: f.accessibilityNeeds, value: a.accessibilityNeeds ?? none, changeHref: change(anchor('accessibilityNeeds')) },
  ];

  const questionRows: SummaryRow[] = props.questions.map((q) => {
    const answer = a.answers[q.id];
    const name = questionField(q.id);
    let value: string = none;
    let target = anchor(name);
    if (typeof answer === 'boolean') {
      value = answer ? f.yes : f.no;
      target = anchor(name, [YES_NO.yes, YES_NO.no], answer ? YES_NO.yes : YES_NO.no);
    } else if (Array.isArray(answer)) {
      value = answer.length > 0 ? answer.join(', ') : none;
      target = anchor(name, q.options, answer[0]);
    } else if (answer !== undefined) {
      value = answer;
      if (q.kind === 'choice') target = anchor(name, q.options, answer);
    } else if (q.kind !== 'text') {
      target = anchor(name, q.kind === 'yesno' ? [YES_NO.yes, YES_NO.no] : q.options);
    }
    return { key: q.label, value, changeHref: change(target) };
  });
  const chosenTable = props.worldCafe.find((w) => w.id === a.worldCafeQuestionId);
  if (props.worldCafe.length > 0) {
    const ids = props.worldCafe.map((w) => w.id);
    questionRows.push({
      key: f.worldCafe,
      value: chosenTable?.question ?? none,
      changeHref: change(anchor('worldCafeQuestionId', ids, a.worldCafeQuestionId ?? undefined)),
    });
  }

  return (
    <Layout ctx={ctx} title={m.check.title} breadcrumbs={registrationCrumbs(ctx, event)}>
      <h1 class="kern-heading-x-large">{m.check.title}</h1>
      <p class="kern-body kern-body--large">{m.check.lead}</p>
      {props.full ? <p class="dk-inset-text">{m.check.waitingNotice}</p> : null}
      <h2 class="kern-heading-medium">{m.form.dateHeading}</h2>
      <DateSummary ctx={ctx} event={event} date={props.date} />
      <h2 class="kern-heading-medium">{m.check.answersHeading}</h2>
      <SummaryList ctx={ctx} rows={personRows} />
      {questionRows.length > 0 ? (
        <>
          <h2 class="kern-heading-medium">{m.check.questionsHeading}</h2>
          <SummaryList ctx={ctx} rows={questionRows} />
        </>
      ) : null}
      <h2 class="kern-heading-medium">{m.check.consentHeading}</h2>
      <p class="kern-body">{m.check.consentGiven}</p>
      <div class="dk-inset-text">
        <Paragraphs text={event.consentText} />
      </div>
      <h2 class="kern-heading-medium">{m.check.confirmHeading}</h2>
      <p class="kern-body">{props.holdMinutes !== undefined && !props.full ? m.check.confirmLeadHeld(props.holdMinutes) : m.check.confirmLead}</p>
      <Form ctx={ctx} action={props.confirmPath}>
        <input type="hidden" name="token" value={props.token} />
        <Button>{props.full ? m.check.submitWaiting : m.check.submit}</Button>
      </Form>
      <p class="kern-body kern-body--small kern-body--muted">{m.check.expiry}</p>
    </Layout>
  );
}
