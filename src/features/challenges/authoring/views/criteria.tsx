import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { Notice } from '../../../../platform/views/components/content.tsx';
import { Button, ErrorSummary, errorFor, Form, TextArea, TextField, valueFor } from '../../../../platform/views/components/form.tsx';
import { ActionButtonForm } from '../../../../platform/views/components/inline-forms.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { ownerChallengePath } from '../../core/paths.ts';
import type { ChallengeRow, CriterionRow } from '../../core/repository.ts';
import { CriteriaTable, ownerCrumbs } from './shared.tsx';

/** The field names of one criterion's form: several forms on the page, each field with its own id. */
export const criterionField = (name: string, criterionId: string | undefined) => (criterionId ? `${name}.${criterionId}` : name);

function CriterionFields(props: { ctx: ViewContext; criterionId?: string; values: FormValues; errors: FieldError[] | undefined }) {
  const { ctx, criterionId, values, errors } = props;
  const m = ctx.t.challengesAuthoring.criteria;
  const name = (field: string) => criterionField(field, criterionId);
  return (
    <>
      <TextField
        name={name('title')}
        submitAs="title"
        label={m.titleLabel}
        value={valueFor(values, 'title')}
        error={errorFor(errors, name('title'))}
        maxLength={200}
      />
      <TextArea
        name={name('description')}
        submitAs="description"
        label={m.description}
        optionalLabel={ctx.t.common.optional}
        rows={3}
        value={valueFor(values, 'description')}
        error={errorFor(errors, name('description'))}
      />
      <TextField
        name={name('weight')}
        submitAs="weight"
        label={m.weight}
        hint={m.weightHint}
        width="short"
        inputMode="numeric"
        value={valueFor(values, 'weight')}
        error={errorFor(errors, name('weight'))}
      />
    </>
  );
}

const criterionValues = (c: CriterionRow): FormValues => ({ title: c.title, description: c.description, weight: String(c.weight) });

/**
 * The criteria of a challenge: each with its form to change or remove it, and the form to add
 * one. Once they may no longer change (sent, or the deadline passed) only the table is shown.
 * `failed` is the form that was refused, shown again with what was typed.
 */
export function CriteriaPage(props: {
  ctx: ViewContext;
  challenge: ChallengeRow;
  criteria: CriterionRow[];
  locked: boolean;
  submissionId: string;
  failed?: { criterionId: string | undefined; values: FormValues; errors: FieldError[] } | undefined;
  notice?: string | undefined;
}) {
  const { ctx, challenge, failed } = props;
  const m = ctx.t.challengesAuthoring.criteria;
  const valuesOf = (id: string | undefined, fallback: FormValues) => (failed && failed.criterionId === id ? failed.values : fallback);
  const errors = failed?.errors;
  return (
    <Layout ctx={ctx} title={`${m.title}: ${challenge.title}`} breadcrumbs={[...ownerCrumbs(ctx, challenge), { label: m.title }]}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Notice ctx={ctx} notice={props.notice} />
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead}</p>
      {props.locked ? (
        <>
          <p class="kern-body">{m.locked}</p>
          {props.criteria.length > 0 ? <CriteriaTable ctx={ctx} criteria={props.criteria} /> : null}
        </>
      ) : (
        <>
          {props.criteria.length === 0 ? <p class="kern-body">{m.empty}</p> : null}
          {props.criteria.map((c, i) => (
            <section key={c.id} aria-labelledby={`criterion-${c.id}`}>
              <h2 class="kern-heading-medium" id={`criterion-${c.id}`}>
                {`${m.criterion(i + 1)}: ${c.title}`}
              </h2>
              <Form ctx={ctx} action={ownerChallengePath(challenge.id, `kriterien/${c.id}`)}>
                <CriterionFields ctx={ctx} criterionId={c.id} values={valuesOf(c.id, criterionValues(c))} errors={errors} />
                <Button variant="secondary" ariaLabel={`${m.save}: ${c.title}`}>
                  {m.save}
                </Button>
              </Form>
              <ActionButtonForm
                ctx={ctx}
                action={ownerChallengePath(challenge.id, `kriterien/${c.id}/entfernen`)}
                label={m.remove}
                about={c.title}
                variant="warning"
              />
            </section>
          ))}
          <section aria-labelledby="criterion-new">
            <h2 class="kern-heading-medium" id="criterion-new">
              {m.add}
            </h2>
            <Form ctx={ctx} action={ownerChallengePath(challenge.id, 'kriterien')} submissionId={props.submissionId}>
              <CriterionFields ctx={ctx} values={valuesOf(undefined, {})} errors={errors} />
              <Button>{m.addSubmit}</Button>
            </Form>
          </section>
        </>
      )}
      <p class="kern-body">
        <a href={ownerChallengePath(challenge.id)}>{m.back}</a>
      </p>
    </Layout>
  );
}
