import type { FieldError, FormValues } from '../../../platform/http/form.ts';
import { Button, Choices, ErrorSummary, Form, TextArea, errorFor, valueFor, valuesOf } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { commentField, CRITERION_COMMENT_MAX, REVIEW_COMMENT_MAX, SCORE_VALUES, scoreField } from '../schema.ts';
import type { ReviewCriterion } from '../service.ts';
import { RECOMMENDATIONS } from '../tables.ts';

/** The error summary names the criterion of each score or comment, since their messages are alike. */
function summaryErrors(ctx: ViewContext, criteria: readonly ReviewCriterion[], errors: FieldError[] | undefined): FieldError[] | undefined {
  return errors?.map((e) => {
    const criterion = criteria.find((c) => e.field === scoreField(c.id) || e.field === commentField(c.id));
    return criterion ? { ...e, message: ctx.t.review.form.errorIn(criterion.title, e.message) } : e;
  });
}

/**
 * The juror's review: per criterion its title, description and weight, a score from 0 to 5 and
 * a comment; then the recommendation and a comment on the whole, and the two buttons (draft,
 * submit). `values` are what the juror sent, or a stored draft through reviewFormValues.
 */
export function ReviewForm(props: {
  ctx: ViewContext;
  /** where the form is sent */
  action: string;
  criteria: readonly ReviewCriterion[];
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
  headingLevel?: 2 | 3;
}) {
  const { ctx, criteria, values, errors } = props;
  const m = ctx.t.review.form;
  const H = props.headingLevel === 3 ? 'h3' : 'h2';
  const Sub = props.headingLevel === 3 ? 'h4' : 'h3';
  return (
    <>
      <ErrorSummary ctx={ctx} errors={summaryErrors(ctx, criteria, errors)} />
      <H class={props.headingLevel === 3 ? 'kern-heading-medium' : 'kern-heading-large'}>{m.title}</H>
      <p class="kern-body">{m.lead}</p>
      <Form ctx={ctx} action={props.action}>
        {criteria.map((c) => (
          <section key={c.id}>
            <Sub class="kern-heading-small">{c.title}</Sub>
            {c.description ? <p class="kern-body">{c.description}</p> : null}
            <p class="kern-body kern-body--muted">{m.weight(c.weight)}</p>
            <Choices
              type="radio"
              inline
              name={scoreField(c.id)}
              label={m.score(c.title)}
              hint={m.scoreHint}
              selected={valuesOf(values, scoreField(c.id))}
              error={errorFor(errors, scoreField(c.id))}
              options={SCORE_VALUES.map((v) => ({ value: v, label: m.scores[v] }))}
            />
            <TextArea
              name={commentField(c.id)}
              label={m.criterionComment(c.title)}
              optionalLabel={m.optional}
              value={valueFor(values, commentField(c.id))}
              error={errorFor(errors, commentField(c.id))}
              rows={3}
              maxLength={CRITERION_COMMENT_MAX}
            />
          </section>
        ))}
        <hr class="dk-section-break" />
        <Choices
          type="radio"
          inline
          name="recommendation"
          label={m.recommendation}
          hint={m.recommendationHint}
          selected={valuesOf(values, 'recommendation')}
          error={errorFor(errors, 'recommendation')}
          options={RECOMMENDATIONS.map((r) => ({ value: r, label: ctx.t.review.recommendations[r] }))}
        />
        <TextArea
          name="comment"
          label={m.comment}
          hint={m.commentHint}
          optionalLabel={m.optional}
          value={valueFor(values, 'comment')}
          error={errorFor(errors, 'comment')}
          rows={6}
          maxLength={REVIEW_COMMENT_MAX}
        />
        <p class="kern-body">{m.submitNote}</p>
        <div class="dk-button-group">
          <Button variant="secondary" name="action" value="save">
            {m.save}
          </Button>
          <Button name="action" value="submit">
            {m.submit}
          </Button>
        </div>
      </Form>
    </>
  );
}
