import { newSubmissionId } from '../../../../platform/http/form.ts';
import { fieldName, type FieldOfAction } from '../../../../platform/taxonomy/fields-of-action.ts';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Button, Choices, ErrorSummary, Form, errorFor, valuesOf } from '../../../../platform/views/components/form.tsx';
import { workbenchPath } from '../../core/paths.ts';
import type { Workbench } from '../../core/require-strategy.ts';
import { canEditStrategy } from '../../core/rules.ts';
import { WorkbenchLayout } from '../../core/views/workbench-layout.tsx';
import type { CommentWithAuthor } from '../repository.ts';
import { StepComments } from './comments.tsx';
import type { FormState } from './vision-page.tsx';

/** Step 3: the platform's fields of action as checkboxes; members see the chosen ones as a list. */
export function FieldsPage(props: {
  ctx: ViewContext;
  workbench: Workbench;
  fields: FieldOfAction[];
  comments: CommentWithAuthor[];
  notice?: string | undefined;
  state?: FormState;
}) {
  const { ctx, workbench } = props;
  const m = ctx.t.strategyPlan.fields;
  const chosen = workbench.strategy?.fieldsOfAction ?? [];
  const state = props.state ?? { values: { fieldsOfAction: chosen } };
  return (
    <WorkbenchLayout
      ctx={ctx}
      workbench={workbench}
      step="fields"
      title={ctx.t.strategy.steps.fields}
      notice={props.notice}
      top={<ErrorSummary ctx={ctx} errors={state.errors} />}
    >
      <p class="kern-body">{m.lead}</p>
      {canEditStrategy(workbench.access) ? (
        <Form ctx={ctx} action={workbenchPath(workbench.organisation.slug, 'fields')} submissionId={newSubmissionId()}>
          <Choices
            name="fieldsOfAction"
            type="checkbox"
            label={m.label}
            error={errorFor(state.errors, 'fieldsOfAction')}
            selected={valuesOf(state.values, 'fieldsOfAction')}
            options={props.fields.map((f) => ({ value: f.slug, label: fieldName(f, ctx.locale) }))}
          />
          <Button>{m.save}</Button>
        </Form>
      ) : chosen.length === 0 ? (
        <p class="kern-body">{m.none}</p>
      ) : (
        <ul>
          {props.fields
            .filter((f) => chosen.includes(f.slug))
            .map((f) => (
              <li key={f.slug}>{fieldName(f, ctx.locale)}</li>
            ))}
        </ul>
      )}
      <StepComments ctx={ctx} workbench={workbench} step="fields" comments={props.comments} />
    </WorkbenchLayout>
  );
}
