import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { formatDate } from '../../../../platform/i18n/dates.ts';
import { Markdown } from '../../../../platform/markdown/markdown.tsx';
import { Button, ErrorSummary, errorFor, Form, TextArea, valueFor } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { CATALOGUE_PATH, eventPath } from '../../core/paths.ts';
import type { EventRow, WorldCafeQuestionRow } from '../../core/event-repository.ts';
import type { ContributionRow } from '../repository.ts';
import { CONTRIBUTION_MAX } from '../schema.ts';

/** Where a member's contribution to a question is posted. */
export function contributionPath(slug: string, questionId: string): string {
  return `${eventPath(slug)}/world-cafe/${questionId}/beitraege`;
}

/** The anchor of a question on the event page. */
export function questionAnchor(questionId: string): string {
  return `world-cafe-${questionId}`;
}

/** A contribution is plain text: blank lines make paragraphs, single line breaks stay. */
function ContributionText(props: { text: string }) {
  const blocks = props.text
    .replace(/\r\n/g, '\n')
    .split(/\n{2,}/)
    .map((b) => b.trim())
    .filter(Boolean);
  return (
    <>
      {blocks.map((block, i) => (
        <p key={i} class="kern-body">
          {block.split('\n').flatMap((line, j) => (j === 0 ? [line] : [<br key={j} />, line]))}
        </p>
      ))}
    </>
  );
}

// The section has one form per question, so each text area needs an id of its own.
function ContributionField(props: { ctx: ViewContext; questionId: string }) {
  const m = props.ctx.t.eventOperations.worldCafe;
  return (
    <TextArea
      name={`body-${props.questionId}`}
      submitAs="body"
      label={m.contribute}
      hint={m.contributeHint(CONTRIBUTION_MAX)}
      rows={4}
      maxLength={CONTRIBUTION_MAX}
    />
  );
}

export interface WorldCafeSectionProps {
  ctx: ViewContext;
  event: EventRow;
  questions: WorldCafeQuestionRow[];
  contributions: ContributionRow[];
  /** whether the viewer is signed in and may write */
  canContribute: boolean;
}

/**
 * The World Café part of an event page: per question its published result (Markdown,
 * safely rendered) and the members' contributions, with a form for signed-in members.
 * It starts with an h2, so it sits below the page's h1.
 */
export function WorldCafeSection(props: WorldCafeSectionProps) {
  const { ctx, event, questions } = props;
  if (questions.length === 0) return null;
  const m = ctx.t.eventOperations.worldCafe;
  const login = `/anmelden?weiter=${encodeURIComponent(eventPath(event.slug))}`;
  return (
    <section aria-labelledby="world-cafe-heading">
      <h2 class="kern-heading-large" id="world-cafe-heading">
        {m.heading}
      </h2>
      <p class="kern-body">{m.lead}</p>
      {questions.map((q) => {
        const contributions = props.contributions.filter((c) => c.questionId === q.id);
        return (
          <article key={q.id} aria-labelledby={questionAnchor(q.id)}>
            <h3 class="kern-heading-medium" id={questionAnchor(q.id)}>
              {q.question}
            </h3>
            <h4 class="kern-heading-small">{m.result}</h4>
            {q.result && q.resultPublishedAt ? (
              <Markdown text={q.result} headingLevel={4} idPrefix={`ergebnis-${q.position}-`} />
            ) : (
              <p class="kern-body kern-body--muted">{m.noResult}</p>
            )}
            <h4 class="kern-heading-small">{m.contributions}</h4>
            {contributions.length === 0 ? (
              <p class="kern-body kern-body--muted">{m.noContributions}</p>
            ) : (
              <ul class="kern-list">
                {contributions.map((c) => (
                  <li key={c.id} class="dk-inset-text">
                    <ContributionText text={c.body} />
                    <p class="kern-body kern-body--small kern-body--muted">{m.by(c.authorName, formatDate(ctx.locale, c.createdAt))}</p>
                  </li>
                ))}
              </ul>
            )}
            {props.canContribute ? (
              <Form ctx={ctx} action={contributionPath(event.slug, q.id)}>
                <ContributionField ctx={ctx} questionId={q.id} />
                <Button variant="secondary">{m.submit}</Button>
              </Form>
            ) : (
              <p class="kern-body">
                <a href={login}>{m.loginToContribute}</a>
              </p>
            )}
          </article>
        );
      })}
    </section>
  );
}

/** The contribution form again, with the problem, when a contribution could not be taken. */
export function ContributionPage(props: { ctx: ViewContext; event: EventRow; question: WorldCafeQuestionRow; values: FormValues; errors: FieldError[] }) {
  const { ctx, event, question, values, errors } = props;
  const m = ctx.t.eventOperations.worldCafe;
  return (
    <Layout
      ctx={ctx}
      title={m.contributionPageTitle}
      breadcrumbs={[{ href: CATALOGUE_PATH, label: ctx.t.events.nav }, { href: eventPath(event.slug), label: event.title }, { label: m.contributionPageTitle }]}
    >
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="kern-heading-x-large">{m.contributionPageTitle}</h1>
      <p class="kern-body kern-body--large">{question.question}</p>
      <Form ctx={ctx} action={contributionPath(event.slug, question.id)}>
        <TextArea
          name="body"
          label={m.contribute}
          hint={m.contributeHint(CONTRIBUTION_MAX)}
          rows={6}
          value={valueFor(values, 'body')}
          error={errorFor(errors, 'body')}
        />
        <Button>{m.submit}</Button>
      </Form>
      <p class="kern-body">
        <a href={`${eventPath(event.slug)}#${questionAnchor(question.id)}`}>{m.backToEvent}</a>
      </p>
    </Layout>
  );
}
