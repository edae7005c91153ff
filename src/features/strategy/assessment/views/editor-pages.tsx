import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { Notice, Tag } from '../../../../platform/views/components/content.tsx';
import { Button, ButtonLink, ErrorSummary, Form, TextArea, TextField, errorFor, valueFor } from '../../../../platform/views/components/form.tsx';
import { ActionButtonForm } from '../../../../platform/views/components/inline-forms.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { DIMENSIONS_EDITOR_PATH } from '../../core/paths.ts';
import { NEW_DIMENSION_PATH, dimensionEditPath, newQuestionPath, questionEditPath } from '../paths.ts';
import type { DimensionRow, QuestionRow } from '../repository.ts';

const adminCrumb = (ctx: ViewContext) => ({ href: '/verwaltung', label: ctx.t.common.nav.admin });

/** "Nach oben" and "Nach unten" for one entry of an ordered list; the hidden text says which entry. */
function MoveButtons(props: { ctx: ViewContext; action: string; about: string; first: boolean; last: boolean }) {
  const m = props.ctx.t.strategyAssessment.editor;
  if (props.first && props.last) return null;
  return (
    <Form ctx={props.ctx} action={props.action} class="dk-inline-form">
      {props.first ? null : (
        <Button variant="tertiary" name="direction" value="hoch" ariaLabel={`${m.up}: ${props.about}`}>
          {m.up}
        </Button>
      )}
      {props.last ? null : (
        <Button variant="tertiary" name="direction" value="runter" ariaLabel={`${m.down}: ${props.about}`}>
          {m.down}
        </Button>
      )}
    </Form>
  );
}

/** The editors' list: each dimension with its questions in order, and what can be done with them. */
export function DimensionsEditorPage(props: {
  ctx: ViewContext;
  entries: { dimension: DimensionRow; questions: QuestionRow[] }[];
  notice?: string | undefined;
}) {
  const { ctx, entries } = props;
  const m = ctx.t.strategyAssessment.editor;
  const active = entries.filter((e) => !e.dimension.archivedAt);
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[adminCrumb(ctx), { label: m.title }]} wide>
      <Notice ctx={ctx} notice={props.notice} />
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead}</p>
      <p class="kern-body kern-body--muted">{m.archiveHint}</p>
      <ButtonLink href={NEW_DIMENSION_PATH}>{m.newDimension}</ButtonLink>
      {entries.length === 0 ? <p class="kern-body">{m.noDimensions}</p> : null}
      {entries.map(({ dimension, questions }) => {
        const index = active.indexOf(active.find((e) => e.dimension.id === dimension.id)!);
        const activeQuestions = questions.filter((q) => !q.archivedAt);
        return (
          <section class="dk-section" key={dimension.id} aria-labelledby={`dimension-${dimension.id}`}>
            <h2 class="kern-heading-medium" id={`dimension-${dimension.id}`}>
              {dimension.name} {dimension.archivedAt ? <Tag colour="yellow">{m.archived}</Tag> : null}
            </h2>
            {dimension.knowledgeTags.length > 0 ? (
              <p class="kern-body kern-body--muted">
                {m.tagsLabel}: {dimension.knowledgeTags.join(', ')}
              </p>
            ) : null}
            {dimension.archivedAt ? null : (
              <div class="dk-actions">
                <ButtonLink href={dimensionEditPath(dimension.id)} variant="secondary">
                  {m.edit}
                  <span class="kern-sr-only">: {dimension.name}</span>
                </ButtonLink>
                <ButtonLink href={newQuestionPath(dimension.id)} variant="secondary">
                  {m.newQuestion}
                  <span class="kern-sr-only">: {dimension.name}</span>
                </ButtonLink>
                <MoveButtons
                  ctx={ctx}
                  action={dimensionEditPath(dimension.id, 'verschieben')}
                  about={dimension.name}
                  first={index === 0}
                  last={index === active.length - 1}
                />
                <ActionButtonForm
                  ctx={ctx}
                  action={dimensionEditPath(dimension.id, 'archivieren')}
                  label={m.archive}
                  about={dimension.name}
                  variant="warning"
                />
              </div>
            )}
            <h3 class="kern-heading-small">{m.questionsOf(dimension.name)}</h3>
            {questions.length === 0 ? <p class="kern-body">{m.noQuestions}</p> : null}
            <ol class="kern-list">
              {questions.map((q) => {
                const qi = activeQuestions.indexOf(q);
                return (
                  <li key={q.id}>
                    <p class="kern-body">
                      {q.text} ({m.levelsCount(q.levels.length)}) {q.archivedAt ? <Tag colour="yellow">{m.archived}</Tag> : null}
                    </p>
                    {q.archivedAt || dimension.archivedAt ? null : (
                      <div class="dk-actions">
                        <ButtonLink href={questionEditPath(dimension.id, q.id)} variant="tertiary">
                          {m.edit}
                          <span class="kern-sr-only">: {q.text}</span>
                        </ButtonLink>
                        <MoveButtons
                          ctx={ctx}
                          action={questionEditPath(dimension.id, q.id, 'verschieben')}
                          about={q.text}
                          first={qi === 0}
                          last={qi === activeQuestions.length - 1}
                        />
                        <ActionButtonForm
                          ctx={ctx}
                          action={questionEditPath(dimension.id, q.id, 'archivieren')}
                          label={m.archive}
                          about={q.text}
                          variant="warning"
                        />
                      </div>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </Layout>
  );
}

/** The form's fields as a dimension has them. */
export const dimensionValues = (d: DimensionRow): FormValues => ({ name: d.name, description: d.description, knowledgeTags: d.knowledgeTags.join(', ') });

/** Adding (no dimension) or changing a dimension. */
export function DimensionFormPage(props: {
  ctx: ViewContext;
  dimension?: DimensionRow | undefined;
  submissionId?: string | undefined;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}) {
  const { ctx, values, errors } = props;
  const m = ctx.t.strategyAssessment.editor;
  const title = props.dimension ? m.editDimension : m.newDimension;
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[adminCrumb(ctx), { href: DIMENSIONS_EDITOR_PATH, label: m.title }, { label: title }]}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="kern-heading-x-large">{title}</h1>
      <Form ctx={ctx} action={props.dimension ? dimensionEditPath(props.dimension.id) : NEW_DIMENSION_PATH} submissionId={props.submissionId}>
        <TextField name="name" label={m.name} hint={m.nameHint} value={valueFor(values, 'name')} error={errorFor(errors, 'name')} maxLength={120} />
        <TextArea
          name="description"
          label={m.description}
          hint={m.descriptionHint}
          optionalLabel={m.optional}
          rows={4}
          value={valueFor(values, 'description')}
          error={errorFor(errors, 'description')}
          maxLength={2_000}
        />
        <TextField
          name="knowledgeTags"
          label={m.knowledgeTags}
          hint={m.knowledgeTagsHint}
          optionalLabel={m.optional}
          value={valueFor(values, 'knowledgeTags')}
          error={errorFor(errors, 'knowledgeTags')}
          maxLength={500}
        />
        <Button>{ctx.t.strategyAssessment.save}</Button>
      </Form>
    </Layout>
  );
}

/** The form's fields as a question has them: the levels one per line. */
export const questionValues = (q: QuestionRow): FormValues => ({ text: q.text, help: q.help, levels: q.levels.join('\n') });

/** Adding (no question) or changing a question of a dimension. */
export function QuestionFormPage(props: {
  ctx: ViewContext;
  dimension: DimensionRow;
  question?: QuestionRow | undefined;
  submissionId?: string | undefined;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}) {
  const { ctx, dimension, values, errors } = props;
  const m = ctx.t.strategyAssessment.editor;
  const title = props.question ? m.editQuestion : m.newQuestionIn(dimension.name);
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[adminCrumb(ctx), { href: DIMENSIONS_EDITOR_PATH, label: m.title }, { label: title }]}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="kern-body kern-body--muted">{dimension.name}</p>
      <h1 class="kern-heading-x-large">{title}</h1>
      <Form
        ctx={ctx}
        action={props.question ? questionEditPath(dimension.id, props.question.id) : newQuestionPath(dimension.id)}
        submissionId={props.submissionId}
      >
        <TextArea name="text" label={m.text} rows={2} value={valueFor(values, 'text')} error={errorFor(errors, 'text')} maxLength={500} />
        <TextArea
          name="help"
          label={m.help}
          hint={m.helpHint}
          optionalLabel={m.optional}
          rows={4}
          value={valueFor(values, 'help')}
          error={errorFor(errors, 'help')}
          maxLength={2_000}
        />
        <TextArea
          name="levels"
          label={m.levels}
          hint={m.levelsHint}
          rows={7}
          value={valueFor(values, 'levels')}
          error={errorFor(errors, 'levels')}
          maxLength={3_000}
        />
        <Button>{ctx.t.strategyAssessment.save}</Button>
      </Form>
    </Layout>
  );
}
