import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { formatDate, formatDateTime } from '../../../../platform/i18n/dates.ts';
import { Markdown } from '../../../../platform/markdown/markdown.tsx';
import { Tag } from '../../../../platform/views/components/content.tsx';
import { Button, ErrorSummary, Form, TextArea, valueFor } from '../../../../platform/views/components/form.tsx';
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
  return (
    <Form ctx={ctx} action={`${worldCafeEditorPath(event.id)}/${question.id}`}>
      <TextArea
        name={resultField(question.id)}
        submitAs="result"
        label={m.resultLabel}
        hint={m.resultHint}
        error={props.error}
        value={props.value}
        rows={10}
        maxLength={RESULT_MAX}
      />
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
      <h1 class="kern-heading-x-large">{title}</h1>
      <p class="kern-body kern-body--large">{m.lead}</p>
      <p class="kern-body">
        <a href={`${editorEventPath(event.id)}/world-cafe-fragen`}>{m.editQuestions}</a>
      </p>
      {questions.length === 0 ? <p class="kern-body">{m.noQuestions}</p> : null}
      {questions.map((q, i) => {
        const error = errors?.find((e) => e.field === resultField(q.id))?.message;
        const typed = props.values && error ? valueFor(props.values, 'result') : undefined;
        const contributions = props.contributions.filter((c) => c.questionId === q.id);
        return (
          <section key={q.id} aria-labelledby={`question-${q.id}`} class="dk-section-break dk-section-break--l">
            <h2 class="kern-heading-large" id={`question-${q.id}`}>
              {m.question(i + 1)}: {q.question}
            </h2>
            <p class="kern-body">
              {q.resultPublishedAt ? (
                <Tag colour="green">{m.published(formatDateTime(ctx.locale, q.resultPublishedAt))}</Tag>
              ) : (
                <Tag colour="grey">{m.notPublished}</Tag>
              )}
            </p>
            <ResultForm ctx={ctx} event={event} question={q} value={typed ?? q.result ?? ''} error={error} />
            {q.resultPublishedAt ? (
              <Form ctx={ctx} action={`${worldCafeEditorPath(event.id)}/${q.id}/zuruecknehmen`}>
                <Button variant="secondary">{m.unpublish}</Button>
              </Form>
            ) : null}
            {q.result && q.resultPublishedAt ? (
              <details class="kern-accordion">
                <summary class="kern-accordion__header">
                  <span class="kern-title">{m.preview}</span>
                </summary>
                <div class="kern-accordion__body">
                  <Markdown text={q.result} headingLevel={2} idPrefix={`vorschau-${i + 1}-`} />
                </div>
              </details>
            ) : null}
            <h3 class="kern-heading-medium">{m.contributions(contributions.length)}</h3>
            <ul class="kern-list">
              {contributions.map((c) => (
                <li key={c.id} class="dk-inset-text">
                  <p class="kern-body">{c.body}</p>
                  <p class="kern-body kern-body--small kern-body--muted">
                    {ctx.t.eventOperations.worldCafe.by(c.authorName, formatDate(ctx.locale, c.createdAt))}
                  </p>
                  <Form ctx={ctx} action={`${worldCafeEditorPath(event.id)}/beitraege/${c.id}/entfernen`} class="dk-inline-form">
                    <Button variant="warning">
                      {m.remove}
                      <span class="kern-sr-only"> {c.authorName}</span>
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
