import type { ComponentChildren } from 'preact';
import type { FieldError, FormValues } from '../../../platform/http/form.ts';
import { Table, Tag } from '../../../platform/views/components/content.tsx';
import { Button, Choices, ErrorSummary, errorFor, Form, TextArea, TextField, valueOf, valuesOf } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import type { EventRow, QuestionRow } from '../event-service.ts';
import { QUESTION_KINDS } from '../tables.ts';
import { EventEditorLayout, sectionPath, type NoticeKey } from './editor-shared.tsx';

export function questionValues(q: QuestionRow): FormValues {
  return { label: q.label, hint: q.hint, kind: q.kind, options: q.options.join('\n'), required: q.required ? '1' : '' };
}

/**
 * "Nach oben" / "Nach unten" for one entry of an ordered list; each a small POST form. The
 * entry is named in aria-label: a visually hidden span inside a scrolling table would
 * widen the whole page on small screens.
 */
export function MoveButtons(props: { ctx: ViewContext; action: string; label: string; first: boolean; last: boolean }) {
  const m = props.ctx.t.events.editor.questions;
  const button = (direction: 'hoch' | 'runter', text: string) => (
    <Form ctx={props.ctx} action={props.action} class="dk-inline-form">
      <button class="dk-button dk-button--secondary" type="submit" name="direction" value={direction} aria-label={`${text}: ${props.label}`}>
        {text}
      </button>
    </Form>
  );
  return (
    <div class="dk-actions">
      {props.first ? null : button('hoch', m.up)}
      {props.last ? null : button('runter', m.down)}
    </div>
  );
}

function QuestionFields(props: { ctx: ViewContext; values: FormValues | undefined; errors: FieldError[] | undefined }) {
  const { ctx, values: v, errors } = props;
  const m = ctx.t.events.editor.questions;
  return (
    <>
      <TextField name="label" label={m.label} value={valueOf(v, 'label')} error={errorFor(errors, 'label')} maxLength={300} />
      <TextField name="hint" label={m.hint} value={valueOf(v, 'hint')} error={errorFor(errors, 'hint')} maxLength={500} />
      <Choices
        type="radio"
        name="kind"
        label={m.kind}
        error={errorFor(errors, 'kind')}
        options={QUESTION_KINDS.map((k) => ({ value: k, label: m.kinds[k] }))}
        selected={valuesOf(v, 'kind')}
      />
      <TextArea name="options" label={m.options} hint={m.optionsHint} value={valueOf(v, 'options')} error={errorFor(errors, 'options')} rows={5} />
      <Choices type="checkbox" name="required" label={ctx.t.common.required} options={[{ value: '1', label: m.required }]} selected={valuesOf(v, 'required')} />
    </>
  );
}

function QuestionText(props: { q: QuestionRow; children?: ComponentChildren }) {
  return (
    <>
      <strong>{props.q.label}</strong>
      {props.q.hint ? (
        <>
          <br />
          <span class="dk-secondary-text">{props.q.hint}</span>
        </>
      ) : null}
      {props.q.options.length > 0 ? (
        <ul class="dk-list dk-list--bullet">
          {props.q.options.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

export function QuestionsPage(props: {
  ctx: ViewContext;
  event: EventRow;
  questions: QuestionRow[];
  submissionId: string;
  notice?: NoticeKey | undefined;
  values?: FormValues;
  errors?: FieldError[];
}) {
  const { ctx, event, questions, errors } = props;
  const m = ctx.t.events.editor.questions;
  const base = sectionPath(event.id, 'questions');
  return (
    <EventEditorLayout ctx={ctx} event={event} title={m.title} section="questions" notice={props.notice} top={<ErrorSummary ctx={ctx} errors={errors} />} wide>
      <p class="dk-body">{m.lead}</p>
      {questions.length === 0 ? (
        <p class="dk-body">{m.empty}</p>
      ) : (
        <Table
          caption={ctx.t.events.editor.subnav.questions}
          captionHidden
          head={[m.columns.position, m.columns.question, m.columns.kind, m.columns.required, m.columns.actions]}
          rows={questions.map((q, i) => [
            String(i + 1),
            <QuestionText q={q} />,
            m.kinds[q.kind],
            q.required ? <Tag colour="blue">{m.requiredTag}</Tag> : <Tag colour="grey">{m.optionalTag}</Tag>,
            <>
              <p class="dk-body">
                <a href={`${base}/${q.id}`} aria-label={`${m.edit}: ${q.label}`}>
                  {m.edit}
                </a>
              </p>
              <MoveButtons ctx={ctx} action={`${base}/${q.id}/verschieben`} label={q.label} first={i === 0} last={i === questions.length - 1} />
            </>,
          ])}
        />
      )}
      <h2 class="dk-heading-l">{m.addTitle}</h2>
      <Form ctx={ctx} action={base} submissionId={props.submissionId}>
        <QuestionFields ctx={ctx} values={props.values ?? { kind: 'text' }} errors={errors} />
        <Button>{m.add}</Button>
      </Form>
    </EventEditorLayout>
  );
}

export function QuestionPage(props: { ctx: ViewContext; event: EventRow; questionId: string; values: FormValues; errors?: FieldError[] }) {
  const { ctx, event, errors } = props;
  const m = ctx.t.events.editor.questions;
  const base = `${sectionPath(event.id, 'questions')}/${props.questionId}`;
  return (
    <EventEditorLayout
      ctx={ctx}
      event={event}
      title={m.editTitle}
      parent={{ href: sectionPath(event.id, 'questions'), label: ctx.t.events.editor.subnav.questions }}
      top={<ErrorSummary ctx={ctx} errors={errors} />}
    >
      <p class="dk-body">{m.answersKept}</p>
      <Form ctx={ctx} action={base}>
        <QuestionFields ctx={ctx} values={props.values} errors={errors} />
        <Button>{ctx.t.common.save}</Button>
      </Form>
      <Form ctx={ctx} action={`${base}/loeschen`}>
        <Button variant="warning">{m.delete}</Button>
      </Form>
    </EventEditorLayout>
  );
}
