import { newSubmissionId, type FieldError, type FormValues } from '../../../../platform/http/form.ts';
import { Markdown } from '../../../../platform/markdown/markdown.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Button, ErrorSummary, Form, TextArea, TextField, errorFor, valueFor } from '../../../../platform/views/components/form.tsx';
import { PlainText } from '../../../../platform/views/components/plain-text.tsx';
import { workbenchPath } from '../../core/paths.ts';
import type { Workbench } from '../../core/require-strategy.ts';
import { canEditStrategy } from '../../core/rules.ts';
import { WorkbenchLayout } from '../../core/views/workbench-layout.tsx';
import type { CommentWithAuthor, GoalRow } from '../repository.ts';
import { StepComments } from './comments.tsx';
import { EntryActions } from './entry-actions.tsx';

export interface FormState {
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}

function GoalFields(props: { ctx: ViewContext; state: FormState }) {
  const m = props.ctx.t.strategyPlan;
  const { values, errors } = props.state;
  return (
    <>
      <TextField
        name="title"
        label={m.vision.goalTitle}
        hint={m.vision.goalTitleHint}
        maxLength={200}
        value={valueFor(values, 'title')}
        error={errorFor(errors, 'title')}
      />
      <TextArea
        name="description"
        label={m.vision.goalDescription}
        optionalLabel={m.list.optional}
        rows={4}
        maxLength={2_000}
        value={valueFor(values, 'description')}
        error={errorFor(errors, 'description')}
      />
    </>
  );
}

/** Step 2: the vision in Markdown and the ordered goals; managers edit in place, members read. */
export function VisionPage(props: {
  ctx: ViewContext;
  workbench: Workbench;
  goals: GoalRow[];
  comments: CommentWithAuthor[];
  notice?: string | undefined;
  state?: FormState;
}) {
  const { ctx, workbench, goals } = props;
  const m = ctx.t.strategyPlan.vision;
  const state = props.state ?? {};
  const slug = workbench.organisation.slug;
  const edit = canEditStrategy(workbench.access);
  const vision = workbench.strategy?.vision ?? '';
  return (
    <WorkbenchLayout
      ctx={ctx}
      workbench={workbench}
      step="vision"
      title={ctx.t.strategy.steps.vision}
      notice={props.notice}
      top={<ErrorSummary ctx={ctx} errors={state.errors} />}
    >
      <p class="kern-body">{m.lead}</p>
      <h2 class="kern-heading-medium">{m.visionLabel}</h2>
      {edit ? (
        <Form ctx={ctx} action={workbenchPath(slug, 'vision', 'vision')} submissionId={newSubmissionId()}>
          <TextArea
            name="vision"
            label={m.visionLabel}
            hint={m.visionHint}
            rows={12}
            maxLength={20_000}
            value={state.values && 'vision' in state.values ? valueFor(state.values, 'vision') : vision}
            error={errorFor(state.errors, 'vision')}
          />
          <Button>{m.saveVision}</Button>
        </Form>
      ) : vision ? (
        <Markdown text={vision} headingLevel={2} idPrefix="vision-" />
      ) : (
        <p class="kern-body">{m.visionEmpty}</p>
      )}

      <h2 class="kern-heading-medium">{m.goalsTitle}</h2>
      {goals.length === 0 ? (
        <p class="kern-body">{m.goalsEmpty}</p>
      ) : (
        <ol>
          {goals.map((goal, i) => (
            <li key={goal.id}>
              <h3 class="kern-heading-small">{goal.title}</h3>
              {goal.description ? <PlainText text={goal.description} /> : null}
              {edit ? (
                <EntryActions
                  ctx={ctx}
                  base={workbenchPath(slug, 'vision', `ziele/${goal.id}`)}
                  about={goal.title}
                  ordered
                  first={i === 0}
                  last={i === goals.length - 1}
                />
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {edit ? (
        <>
          <h3 class="kern-heading-small">{m.addGoalTitle}</h3>
          <Form ctx={ctx} action={workbenchPath(slug, 'vision', 'ziele')} submissionId={newSubmissionId()}>
            <GoalFields ctx={ctx} state={state.values && 'title' in state.values ? state : {}} />
            <Button variant="secondary">{m.addGoal}</Button>
          </Form>
        </>
      ) : null}
      <StepComments ctx={ctx} workbench={workbench} step="vision" comments={props.comments} />
    </WorkbenchLayout>
  );
}

/** One goal's form, on a page of its own so that it works without JavaScript. */
export function GoalPage(props: { ctx: ViewContext; workbench: Workbench; goal: GoalRow; state?: FormState }) {
  const { ctx, workbench, goal } = props;
  const m = ctx.t.strategyPlan;
  const path = workbenchPath(workbench.organisation.slug, 'vision', `ziele/${goal.id}`);
  const state = props.state ?? { values: { title: goal.title, description: goal.description } };
  return (
    <WorkbenchLayout
      ctx={ctx}
      workbench={workbench}
      step="vision"
      title={m.vision.editGoalTitle}
      parent={{ href: workbenchPath(workbench.organisation.slug, 'vision'), label: ctx.t.strategy.steps.vision }}
      top={<ErrorSummary ctx={ctx} errors={state.errors} />}
    >
      <Form ctx={ctx} action={path} submissionId={newSubmissionId()}>
        <GoalFields ctx={ctx} state={state} />
        <div class="dk-actions">
          <Button>{m.list.save}</Button>
          <a class="kern-link" href={workbenchPath(workbench.organisation.slug, 'vision')}>
            {m.list.cancel}
          </a>
        </div>
      </Form>
    </WorkbenchLayout>
  );
}
