import type { FieldError, FormValues } from '../../../platform/http/form.ts';
import { Table } from '../../../platform/views/components/content.tsx';
import { Button, ErrorSummary, errorFor, Form, TextArea, valueOf } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import type { EventRow, WorldCafeQuestionRow } from '../event-service.ts';
import { MoveButtons } from './editor-questions.tsx';
import { EventEditorLayout, sectionPath, type NoticeKey } from './editor-shared.tsx';

function QuestionField(props: { ctx: ViewContext; values: FormValues | undefined; errors: FieldError[] | undefined }) {
  return (
    <TextArea
      name="question"
      label={props.ctx.t.events.editor.worldCafe.question}
      value={valueOf(props.values, 'question')}
      error={errorFor(props.errors, 'question')}
      rows={2}
      maxLength={500}
    />
  );
}

export function WorldCafeQuestionsPage(props: {
  ctx: ViewContext;
  event: EventRow;
  questions: WorldCafeQuestionRow[];
  submissionId: string;
  notice?: NoticeKey | undefined;
  values?: FormValues;
  errors?: FieldError[];
}) {
  const { ctx, event, questions, errors } = props;
  const m = ctx.t.events.editor.worldCafe;
  const base = sectionPath(event.id, 'worldCafe');
  return (
    <EventEditorLayout ctx={ctx} event={event} title={m.title} section="worldCafe" notice={props.notice} top={<ErrorSummary ctx={ctx} errors={errors} />} wide>
      <p class="dk-body">{m.lead}</p>
      {questions.length === 0 ? (
        <p class="dk-body">{m.empty}</p>
      ) : (
        <Table
          caption={ctx.t.events.editor.subnav.worldCafe}
          captionHidden
          head={[m.columns.position, m.columns.question, m.columns.actions]}
          rows={questions.map((q, i) => [
            String(i + 1),
            q.question,
            <>
              <p class="dk-body">
                <a href={`${base}/${q.id}`} aria-label={`${ctx.t.events.editor.questions.edit}: ${q.question}`}>
                  {ctx.t.events.editor.questions.edit}
                </a>
              </p>
              <MoveButtons ctx={ctx} action={`${base}/${q.id}/verschieben`} label={q.question} first={i === 0} last={i === questions.length - 1} />
            </>,
          ])}
        />
      )}
      <h2 class="dk-heading-l">{m.addTitle}</h2>
      <Form ctx={ctx} action={base} submissionId={props.submissionId}>
        <QuestionField ctx={ctx} values={props.values} errors={errors} />
        <Button>{m.add}</Button>
      </Form>
    </EventEditorLayout>
  );
}

export function WorldCafeQuestionPage(props: { ctx: ViewContext; event: EventRow; questionId: string; values: FormValues; errors?: FieldError[] }) {
  const { ctx, event, errors } = props;
  const m = ctx.t.events.editor.worldCafe;
  const base = `${sectionPath(event.id, 'worldCafe')}/${props.questionId}`;
  return (
    <EventEditorLayout
      ctx={ctx}
      event={event}
      title={m.editTitle}
      parent={{ href: sectionPath(event.id, 'worldCafe'), label: ctx.t.events.editor.subnav.worldCafe }}
      top={<ErrorSummary ctx={ctx} errors={errors} />}
    >
      <Form ctx={ctx} action={base}>
        <QuestionField ctx={ctx} values={props.values} errors={errors} />
        <Button>{ctx.t.common.save}</Button>
      </Form>
      <p class="dk-body">{m.deleteHint}</p>
      <Form ctx={ctx} action={`${base}/loeschen`}>
        <Button variant="warning">{m.delete}</Button>
      </Form>
    </EventEditorLayout>
  );
}
