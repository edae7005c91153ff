import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { formatDate, formatDateTime } from '../../../../platform/i18n/dates.ts';
import { Markdown } from '../../../../platform/markdown/markdown.tsx';
import { Tag } from '../../../../platform/views/components/content.tsx';
import { Button, ErrorSummary, fieldId, Form, valueOf } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { editorEventPath } from '../../core/paths.ts';
import type { EventRow, WorldCafeQuestionRow } from '../../core/event-repository.ts';
import type { ContributionRow } from '../repository.ts';
import { RESULT_MAX } from '../schema.ts';
import { operationsCrumbs, SuccessNotice } from '../../operations/views/shared.tsx';

export function worldCafeEditorPath(eventId: string): string {
  return `${editorEventPath(eventId)}/world-cafe`;
}

/** Error fields are named per question, so the summary links to the right text area. */
export function resultField(questionId: string): string {
  return `result-${questionId}`;
}

export interface WorldCafeEditorProps {
  ctx: ViewContext;
  event: EventRow;
  questions: WorldCafeQuestionRow[];
  contributions: ContributionRow[];
  notice?: string | undefined;
  /** the text typed for one question when it could not be published */
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}

function ResultForm(props: { ctx: ViewContext; event: EventRow; question: WorldCafeQuestionRow; value: string; error: string | undefined }) {
  const { ctx, event, question } = props;
  const m = ctx.t.eventOperations.worldCafe.editor;
  const id = fieldId(resultField(question.id));
  return (
    <Form ctx={ctx} action={`${worldCafeEditorPath(event.id)}/${question.id}`}>
      <div class={`dk-field${props.error ? ' dk-field--error' : ''}`}>
        <label class="dk-label" for={id}>
          {m.resultLabel}
        </label>
        <div class="dk-hint" id={`${id}-hint`}>
          {m.resultHint}
        </div>
        {props.error ? (
          <p class="dk-error-message" id={`${id}-error`}>
            {props.error}
          </p>
        ) : null}
        <textarea
          class="dk-textarea"
          id={id}
          name="result"
          rows={10}
          maxLength={RESULT_MAX}
          aria-describedby={props.error ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={props.error ? 'true' : undefined}
        >
          {props.value}
        </textarea>
      </div>
      <Button>{question.resultPublishedAt ? m.update : m.publish}</Button>
    </Form>
  );
}

/** Editors publish the result of each World Café question and look after the contributions. */
export function WorldCafeEditorPage(props: WorldCafeEditorProps) {
  const { ctx, event, questions, errors } = props;
  const m = ctx.t.eventOperations.worldCafe.editor;
  const title = m.pageTitle(event.title);
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={operationsCrumbs(ctx, event, undefined, m.title)}>
      <SuccessNotice ctx={ctx} text={props.notice} />
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="dk-heading-xl">{title}</h1>
      <p class="dk-lead">{m.lead}</p>
      <p class="dk-body">
        <a href={`${editorEventPath(event.id)}/world-cafe-fragen`}>{m.editQuestions}</a>
      </p>
      {questions.length === 0 ? <p class="dk-body">{m.noQuestions}</p> : null}
      {questions.map((q, i) => {
        const error = errors?.find((e) => e.field === resultField(q.id))?.message;
        const typed = props.values && error ? valueOf(props.values, 'result') : undefined;
        const contributions = props.contributions.filter((c) => c.questionId === q.id);
        return (
          <section key={q.id} aria-labelledby={`question-${q.id}`} class="dk-section-break dk-section-break--l">
            <h2 class="dk-heading-l" id={`question-${q.id}`}>
              {m.question(i + 1)}: {q.question}
            </h2>
            <p class="dk-body">
              {q.resultPublishedAt ? <Tag colour="green">{m.published(formatDateTime(ctx.locale, q.resultPublishedAt))}</Tag> : <Tag colour="grey">{m.notPublished}</Tag>}
            </p>
            <ResultForm ctx={ctx} event={event} question={q} value={typed ?? q.result ?? ''} error={error} />
            {q.resultPublishedAt ? (
              <Form ctx={ctx} action={`${worldCafeEditorPath(event.id)}/${q.id}/zuruecknehmen`}>
                <Button variant="secondary">{m.unpublish}</Button>
              </Form>
            ) : null}
            {q.result && q.resultPublishedAt ? (
              <details class="dk-details">
                <summary>{m.preview}</summary>
                <div class="dk-details__text">
                  <Markdown text={q.result} headingLevel={2} idPrefix={`vorschau-${i + 1}-`} />
                </div>
              </details>
            ) : null}
            <h3 class="dk-heading-m">{m.contributions(contributions.length)}</h3>
            <ul class="dk-list">
              {contributions.map((c) => (
                <li key={c.id} class="dk-inset-text">
                  <p class="dk-body">{c.body}</p>
                  <p class="dk-body-s dk-secondary-text">{ctx.t.eventOperations.worldCafe.by(c.authorName, formatDate(ctx.locale, c.createdAt))}</p>
                  <Form ctx={ctx} action={`${worldCafeEditorPath(event.id)}/beitraege/${c.id}/entfernen`} class="dk-inline-form">
                    <Button variant="warning">
                      {m.remove}
                      <span class="dk-visually-hidden"> {c.authorName}</span>
                    </Button>
                  </Form>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </Layout>
  );
}
