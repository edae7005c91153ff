import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { PlainText } from '../../../../platform/views/components/plain-text.tsx';
import { SummaryList, Table, Tag } from '../../../../platform/views/components/content.tsx';
import { Button, Choices, ErrorSummary, Form, errorFor, fieldId, valueFor } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { workbenchPath } from '../../core/paths.ts';
import type { Workbench } from '../../core/require-strategy.ts';
import { canEditStrategy } from '../../core/rules.ts';
import { WorkbenchLayout } from '../../core/views/workbench-layout.tsx';
import type { AssessedDimension, Assessment } from '../service.ts';
import { RadarChart } from './radar-chart.tsx';

/** The field of a dimension's form that a problem without a question of its own points to. */
export const dimensionField = (slug: string) => `dimension-${slug}`;

export interface AssessmentPageProps {
  ctx: ViewContext;
  workbench: Workbench;
  assessment: Assessment;
  /** a fresh submission id per dimension's form */
  submissionIds: Record<string, string>;
  /** the slug of the dimension just saved */
  saved?: string | undefined;
  /** a refused save: the dimension, what was typed and what is wrong */
  failed?: { slug: string; values: FormValues; errors: FieldError[] } | undefined;
}

function DimensionSection(props: AssessmentPageProps & { entry: AssessedDimension }) {
  const { ctx, workbench, entry } = props;
  const m = ctx.t.strategyAssessment;
  const { dimension, questions, answers, result } = entry;
  const failed = props.failed?.slug === dimension.slug ? props.failed : undefined;
  const selected = (questionId: string) => (failed ? valueFor(failed.values, `q-${questionId}`) : String(answers.get(questionId) ?? ''));
  const editable = canEditStrategy(workbench.access);
  return (
    <section class="dk-section" aria-labelledby={fieldId(dimensionField(dimension.slug))}>
      <h2 class="kern-heading-medium" id={fieldId(dimensionField(dimension.slug))} tabindex={-1}>
        {dimension.name}
      </h2>
      <p class="kern-body kern-body--muted">
        {m.answeredOf(result.answered, result.questions)} {props.saved === dimension.slug ? <Tag colour="green">{m.savedTag}</Tag> : null}
      </p>
      {dimension.description ? <PlainText text={dimension.description} headingLevel={3} /> : null}
      {editable ? (
        <Form ctx={ctx} action={workbenchPath(workbench.organisation.slug, 'assessment', dimension.slug)} submissionId={props.submissionIds[dimension.id]}>
          {questions.map((q) => (
            <Choices
              key={q.id}
              name={`q-${q.id}`}
              type="radio"
              label={q.text}
              hint={q.help || undefined}
              error={failed ? errorFor(failed.errors, `q-${q.id}`) : undefined}
              selected={[selected(q.id)]}
              options={[...q.levels.map((level, i) => ({ value: String(i + 1), label: level })), { value: '', label: m.notAnswered }]}
            />
          ))}
          <Button ariaLabel={m.saveDimension(dimension.name)}>{m.save}</Button>
        </Form>
      ) : (
        <SummaryList
          ctx={ctx}
          rows={questions.map((q) => {
            const level = answers.get(q.id);
            return { key: q.text, value: level ? `${q.levels[level - 1]} (${m.levelOf(level, q.levels.length)})` : m.notAnswered };
          })}
        />
      )}
    </section>
  );
}

function Result(props: AssessmentPageProps) {
  const { ctx, workbench, assessment } = props;
  const m = ctx.t.strategyAssessment.result;
  const entries = assessment.dimensions;
  const anyAnswer = entries.some((e) => e.result.score !== null);
  const anyPeers = entries.some((e) => e.peerAverage !== undefined);
  const percent = (v: number | null | undefined) => (v === null || v === undefined ? m.noScore : m.percent(v));
  return (
    <section class="dk-section" aria-labelledby="result-heading">
      <h2 class="kern-heading-medium" id="result-heading">
        {m.heading}
      </h2>
      <p class="kern-body">{m.lead}</p>
      {anyAnswer ? (
        <RadarChart
          ctx={ctx}
          title={m.chartTitle(workbench.organisation.name)}
          description={anyPeers ? m.chartWithPeers : m.lead}
          axes={entries.map((e) => ({ label: e.dimension.name, own: e.result.score, peers: e.peerAverage }))}
        />
      ) : (
        <p class="kern-body">{m.nothingYet}</p>
      )}
      <Table
        caption={m.tableCaption}
        head={[m.dimension, m.ownScore, m.peerScore, m.answered]}
        numeric={[1, 2]}
        rows={entries.map((e) => [
          e.dimension.name,
          percent(e.result.score),
          assessment.comparable ? (e.peerAverage === undefined ? m.belowThreshold : m.percent(e.peerAverage)) : '–',
          ctx.t.strategyAssessment.answeredOf(e.result.answered, e.result.questions),
        ])}
      />
      <p class="kern-body kern-body--muted">{assessment.comparable ? m.peersExplained : m.noPopulation}</p>
    </section>
  );
}

/** The step "Reifegrad": the questionnaire, one form per dimension for the managers, and the result with the comparison. */
export function AssessmentPage(props: AssessmentPageProps) {
  const { ctx, workbench, assessment } = props;
  const m = ctx.t.strategyAssessment;
  const savedName = assessment.dimensions.find((e) => e.dimension.slug === props.saved)?.dimension.name;
  return (
    <WorkbenchLayout
      ctx={ctx}
      workbench={workbench}
      step="assessment"
      title={m.title}
      notice={savedName ? m.saved(savedName) : undefined}
      top={<ErrorSummary ctx={ctx} errors={props.failed?.errors} />}
    >
      <p class="kern-body">{canEditStrategy(workbench.access) ? m.lead : m.readOnly}</p>
      {assessment.dimensions.length === 0 ? <p class="kern-body">{m.noDimensions}</p> : null}
      {assessment.dimensions.map((entry) => (
        <DimensionSection key={entry.dimension.id} {...props} entry={entry} />
      ))}
      {assessment.dimensions.length > 0 ? <Result {...props} /> : null}
    </WorkbenchLayout>
  );
}
