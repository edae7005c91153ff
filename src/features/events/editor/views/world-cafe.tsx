import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { Table } from '../../../../platform/views/components/content.tsx';
import { errorFor, TextArea, valueFor } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import type { WorldCafeQuestionRow } from '../../core/event-repository.ts';
import { EditorEntryPage, EditorListPage, OrderedEntryActions, type EventEntryPageProps, type EventListPageProps } from './ordered-list.tsx';

function QuestionField(props: { ctx: ViewContext; values: FormValues | undefined; errors: FieldError[] | undefined }) {
  return (
    <TextArea
      name="question"
      label={props.ctx.t.events.editor.worldCafe.question}
      value={valueFor(props.values, 'question')}
      error={errorFor(props.errors, 'question')}
      rows={2}
      maxLength={500}
    />
  );
}

export function WorldCafeQuestionsPage(props: EventListPageProps<WorldCafeQuestionRow[]>) {
  const { ctx, owner: event, list: questions } = props;
  const m = ctx.t.events.editor.worldCafe;
  return (
    <EditorListPage
      {...props}
      section="worldCafe"
      m={m}
      empty={questions.length === 0}
      table={
        <Table
          caption={ctx.t.events.editor.subnav.worldCafe}
          captionHidden
          head={[m.columns.position, m.columns.question, m.columns.actions]}
          rows={questions.map((q, i) => [
            String(i + 1),
            q.question,
            <OrderedEntryActions ctx={ctx} event={event} section="worldCafe" entryId={q.id} label={q.question} index={i} count={questions.length} />,
          ])}
        />
      }
      fields={<QuestionField ctx={ctx} values={props.values} errors={props.errors} />}
    />
  );
}

export function WorldCafeQuestionPage(props: EventEntryPageProps<WorldCafeQuestionRow[]>) {
  const { ctx, errors } = props;
  const m = ctx.t.events.editor.worldCafe;
  return (
    <EditorEntryPage
      {...props}
      section="worldCafe"
      m={m}
      deleteHint={m.deleteHint}
      fields={<QuestionField ctx={ctx} values={props.values} errors={errors} />}
    />
  );
}
