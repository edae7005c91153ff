import { newSubmissionId, type FieldError, type FormValues } from '../../../../platform/http/form.ts';
import { formatDateTime } from '../../../../platform/i18n/dates.ts';
import { Notice } from '../../../../platform/views/components/content.tsx';
import { Button, ErrorSummary, Form, TextArea, errorFor, valueFor } from '../../../../platform/views/components/form.tsx';
import { PlainText } from '../../../../platform/views/components/plain-text.tsx';
import type { Crumb, ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { answerPath, CHALLENGES_PATH, challengePath, questionsPath } from '../../core/paths.ts';
import type { QuestionsPage as Questions } from '../service.ts';

export interface QuestionsPageProps {
  ctx: ViewContext;
  challenge: { slug: string; title: string; questionsUntil: Date };
  questions: Questions;
  /** whether the viewer owns the challenge: they answer */
  owns: boolean;
  /** whether questions are taken now; if not, whether because the Q&A date has passed */
  open: boolean;
  datePassed: boolean;
  notice?: string | undefined;
  submissionId: string;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}

export const crumbs = (ctx: ViewContext, challenge: { slug: string; title: string }): Crumb[] => [
  { href: CHALLENGES_PATH, label: ctx.t.challenges.nav },
  { href: challengePath(challenge.slug), label: challenge.title },
  { label: ctx.t.challengesQuestions.title },
];

/** One owner's form for one question, with its own submission id: every form sends "answer", each field has its own id. */
function AnswerForm(props: {
  ctx: ViewContext;
  slug: string;
  questionId: string;
  current: string;
  submissionId: string;
  error?: string | undefined;
  value?: string;
}) {
  const m = props.ctx.t.challengesQuestions.answerForm;
  return (
    <Form ctx={props.ctx} action={answerPath(props.slug, props.questionId)} submissionId={props.submissionId}>
      <TextArea
        name={`answer-${props.questionId}`}
        submitAs="answer"
        label={m.label}
        hint={m.hint}
        value={props.value ?? props.current}
        error={props.error}
        rows={6}
        maxLength={4000}
      />
      <Button>{props.current ? m.changeSubmit : m.submit}</Button>
    </Form>
  );
}

/**
 * The public Q&A of a challenge: the answered questions for everyone, the asker's own waiting
 * ones, the owners' answer forms, and the ask form while the Q&A date has not passed.
 */
export function QuestionsPage(props: QuestionsPageProps) {
  const { ctx, challenge, questions, owns, errors, values } = props;
  const m = ctx.t.challengesQuestions;
  const until = formatDateTime(ctx.locale, challenge.questionsUntil);
  return (
    <Layout ctx={ctx} title={m.pageTitle(challenge.title)} breadcrumbs={crumbs(ctx, challenge)}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Notice ctx={ctx} notice={props.notice} />
      <h1 class="kern-heading-x-large">{m.pageTitle(challenge.title)}</h1>
      <p class="kern-body">{m.lead}</p>

      <h2 class="kern-heading-large">{m.answered}</h2>
      {questions.answered.length === 0 ? <p class="kern-body">{m.noneAnswered}</p> : null}
      {questions.answered.map((q) => (
        <article key={q.id} aria-labelledby={`q-${q.id}`}>
          <h3 class="kern-heading-small" id={`q-${q.id}`}>
            {q.question}
          </h3>
          <p class="kern-body kern-body--small">{m.answeredOn(formatDateTime(ctx.locale, q.answeredAt))}</p>
          <PlainText text={q.answer} />
          {owns ? (
            <details class="kern-accordion">
              <summary class="kern-accordion__header">
                {m.answerForm.change}
                <span class="kern-sr-only">: {q.question}</span>
              </summary>
              <div class="kern-accordion__body">
                <AnswerForm ctx={ctx} slug={challenge.slug} questionId={q.id} current={q.answer} submissionId={newSubmissionId()} />
              </div>
            </details>
          ) : null}
        </article>
      ))}

      {owns ? (
        <>
          <h2 class="kern-heading-large">{m.open}</h2>
          {questions.unanswered.length === 0 ? <p class="kern-body">{m.noneOpen}</p> : null}
          {questions.unanswered.map((q) => (
            <article key={q.id} aria-labelledby={`q-${q.id}`}>
              <h3 class="kern-heading-small" id={`q-${q.id}`}>
                {q.question}
              </h3>
              <p class="kern-body kern-body--small">{m.askedOn(formatDateTime(ctx.locale, q.askedAt))}</p>
              <AnswerForm ctx={ctx} slug={challenge.slug} questionId={q.id} current="" submissionId={newSubmissionId()} />
            </article>
          ))}
        </>
      ) : questions.unanswered.length > 0 ? (
        <>
          <h2 class="kern-heading-large">{m.ownOpen}</h2>
          <ul class="kern-list">
            {questions.unanswered.map((q) => (
              <li key={q.id}>
                {q.question} ({m.notAnsweredYet})
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2 class="kern-heading-large">{m.ask.title}</h2>
      {!props.open ? (
        <p class="kern-body">{props.datePassed ? m.ask.closed(until) : m.ask.closedUndecided}</p>
      ) : ctx.user ? (
        <>
          <p class="kern-body">{m.ask.until(until)}</p>
          <Form ctx={ctx} action={questionsPath(challenge.slug)} submissionId={props.submissionId}>
            <TextArea
              name="question"
              label={m.ask.label}
              hint={m.ask.hint}
              value={valueFor(values, 'question')}
              error={errorFor(errors, 'question')}
              rows={6}
              maxLength={2000}
            />
            <Button>{m.ask.submit}</Button>
          </Form>
        </>
      ) : (
        <>
          <p class="kern-body">{m.ask.until(until)}</p>
          <p class="kern-body">
            <a href={`/anmelden?weiter=${encodeURIComponent(questionsPath(challenge.slug))}`}>{m.ask.login}</a>
          </p>
        </>
      )}
      <p class="kern-body">
        <a href={challengePath(challenge.slug)}>{m.back(challenge.title)}</a>
      </p>
    </Layout>
  );
}

/** One question with its answer form again, when the answer sent was empty or too long. */
export function AnswerPage(props: {
  ctx: ViewContext;
  challenge: { slug: string; title: string };
  question: { id: string; question: string; answer: string | null };
  submissionId: string;
  values: FormValues;
  errors: FieldError[];
}) {
  const { ctx, challenge, question } = props;
  const m = ctx.t.challengesQuestions;
  // the form's field is "answer-<id>" so that its id is unique on the Q&A page; the summary links to it
  const errors = props.errors.map((e) => (e.field === 'answer' ? { ...e, field: `answer-${question.id}` } : e));
  return (
    <Layout
      ctx={ctx}
      title={m.answerForm.title}
      breadcrumbs={[...crumbs(ctx, challenge).slice(0, 2), { href: questionsPath(challenge.slug), label: m.title }, { label: m.answerForm.title }]}
    >
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="kern-heading-x-large">{m.answerForm.title}</h1>
      <h2 class="kern-heading-medium">{m.question}</h2>
      <PlainText text={question.question} />
      <AnswerForm
        ctx={ctx}
        slug={challenge.slug}
        questionId={question.id}
        current={question.answer ?? ''}
        value={valueFor(props.values, 'answer')}
        error={errorFor(props.errors, 'answer')}
        submissionId={props.submissionId}
      />
      <p class="kern-body">
        <a href={questionsPath(challenge.slug)}>{m.backToQuestions}</a>
      </p>
    </Layout>
  );
}
