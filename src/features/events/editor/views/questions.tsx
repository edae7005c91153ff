import type { ComponentChildren } from 'preact';
import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { Table, Tag } from '../../../../platform/views/components/content.tsx';
import { Choices, errorFor, TextArea, TextField, valueFor, valuesOf } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import type { QuestionRow } from '../../core/event-repository.ts';
import { QUESTION_KINDS } from '../../core/tables.ts';
import { EditorEntryPage, EditorListPage, OrderedEntryActions, type EventEntryPageProps, type EventListPageProps } from './ordered-list.tsx';

export function questionValues(q: QuestionRow): FormValues {
  return { label: q.label, hint: q.hint, kind: q.kind, options: q.options.join('\n'), required: q.required ? '1' : '' };
}

function QuestionFields(props: { ctx: ViewContext; values: FormValues | undefined; errors: FieldError[] | undefined }) {
  const { ctx, values: v, errors } = props;
  const m = ctx.t.events.editor.questions;
  return (
    <>
      <TextField name="label" label={m.label} value={valueFor(v, 'label')} error={errorFor(errors, 'label')} maxLength={300} />
      <TextField name="hint" label={m.hint} value={valueFor(v, 'hint')} error={errorFor(errors, 'hint')} maxLength={500} />
      <Choices
        type="radio"
        name="kind"
        label={m.kind}
        error={errorFor(errors, 'kind')}
        options={QUESTION_KINDS.map((k) => ({ value: k, label: m.kinds[k] }))}
        selected={valuesOf(v, 'kind')}
      />
      <TextArea name="options" label={m.options} hint={m.optionsHint} value={valueFor(v, 'options')} error={errorFor(errors, 'options')} rows={5} />
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
          <span class="kern-body--muted">{props.q.hint}</span>
        </>
      ) : null}
      {props.q.options.length > 0 ? (
        <ul class="kern-list kern-list--bullet">
          {props.q.options.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

export function QuestionsPage(props: EventListPageProps<QuestionRow[]>) {
  const { ctx, owner: event, list: questions } = props;
  const m = ctx.t.events.editor.questions;
  return (
    <EditorListPage
      {...props}
      section="questions"
      m={m}
      empty={questions.length === 0}
      table={
        <Table
          caption={ctx.t.events.editor.subnav.questions}
          captionHidden
          head={[m.columns.position, m.columns.question, m.columns.kind, m.columns.required, m.columns.actions]}
          rows={questions.map((q, i) => [
            String(i + 1),
            <QuestionText q={q} />,
            m.kinds[q.kind],
            q.required ? <Tag colour="blue">{m.requiredTag}</Tag> : <Tag colour="grey">{m.optionalTag}</Tag>,
            <OrderedEntryActions ctx={ctx} event={event} section="questions" entryId={q.id} label={q.label} index={i} count={questions.length} />,
          ])}
        />
      }
      fields={<QuestionFields ctx={ctx} values={props.values ?? { kind: 'text' }} errors={props.errors} />}
    />
  );
}

export function QuestionPage(props: EventEntryPageProps<QuestionRow[]>) {
  const { ctx, errors } = props;
  const m = ctx.t.events.editor.questions;
  return (
    <EditorEntryPage {...props} section="questions" m={m} intro={m.answersKept} fields={<QuestionFields ctx={ctx} values={props.values} errors={errors} />} />
  );
}
