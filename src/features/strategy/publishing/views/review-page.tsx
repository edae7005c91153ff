import { formatDate } from '../../../../platform/i18n/dates.ts';
import { Tag } from '../../../../platform/views/components/content.tsx';
import { Button, ErrorSummary, Form } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import type { FieldError } from '../../../../platform/http/form.ts';
import { publicStrategyPath, workbenchPath } from '../../core/paths.ts';
import type { StrategyProgress } from '../../core/progress-repository.ts';
import type { Workbench } from '../../core/require-strategy.ts';
import type { StrategyStep } from '../../core/tables.ts';
import { WorkbenchLayout } from '../../core/views/workbench-layout.tsx';
import type { StrategyContent } from '../../core/content-service.ts';
import { htmlExportPath, publishPath, saveVersionPath, versionsPath, withdrawPath, workbenchPdfPath } from '../paths.ts';
import { StrategySections } from './strategy-sections.tsx';

export type ReviewNotice = 'published' | 'withdrawn' | 'versionSaved';

/** What is still missing, each with the step where it is done. */
function missingItems(ctx: ViewContext, progress: StrategyProgress): { text: string; step: StrategyStep }[] {
  const m = ctx.t.strategyPublishing.missing;
  const items: { text: string; step: StrategyStep; missing: boolean }[] = [
    { text: m.assessment(progress.answers, progress.questions), step: 'assessment', missing: progress.answers < progress.questions },
    { text: m.vision, step: 'vision', missing: !progress.hasVision },
    { text: m.goals, step: 'vision', missing: progress.goals === 0 },
    { text: m.fields, step: 'fields', missing: progress.fields === 0 },
    { text: m.measures, step: 'measures', missing: progress.measures === 0 },
    { text: m.actors, step: 'participation', missing: progress.actors === 0 },
    { text: m.participation, step: 'participation', missing: progress.participation === 0 },
  ];
  return items.filter((i) => i.missing);
}

/** Step 6: the whole strategy for a last look, what is missing, publication, versions and the exports. */
export function ReviewPage(props: {
  ctx: ViewContext;
  workbench: Workbench;
  content: StrategyContent;
  progress: StrategyProgress;
  empty: boolean;
  /** the forms' submission ids, for managers only */
  submissionIds: { publish: string; withdraw: string; version: string } | undefined;
  errors?: FieldError[] | undefined;
  notice?: ReviewNotice | undefined;
}) {
  const { ctx, workbench, content, progress } = props;
  const m = ctx.t.strategyPublishing;
  const slug = workbench.organisation.slug;
  const strategy = content.strategy;
  const published = strategy?.status === 'published';
  const missing = missingItems(ctx, progress);
  const ids = props.submissionIds;
  return (
    <WorkbenchLayout
      ctx={ctx}
      workbench={workbench}
      title={m.title}
      step="publish"
      notice={props.notice ? m.notices[props.notice] : undefined}
      top={<ErrorSummary ctx={ctx} errors={props.errors} />}
    >
      <p class="kern-body">{m.lead}</p>
      <p class="kern-body">
        {m.status}: <Tag colour={published ? 'green' : 'grey'}>{ctx.t.strategy.statuses[published ? 'published' : 'draft']}</Tag>
        {published && strategy?.publishedAt ? ` ${m.publishedSince(formatDate(ctx.locale, strategy.publishedAt))}` : null}
      </p>

      <h2 class="kern-heading-large">{m.missingTitle}</h2>
      {missing.length === 0 && progress.openComments === 0 ? (
        <p class="kern-body">{m.complete}</p>
      ) : (
        <ul class="kern-list">
          {missing.map((i) => (
            <li key={i.text}>
              {i.text} <a href={workbenchPath(slug, i.step)}>{m.toStep(ctx.t.strategy.steps[i.step])}</a>
            </li>
          ))}
          {progress.openComments > 0 ? <li>{m.missing.comments(progress.openComments)}</li> : null}
        </ul>
      )}

      <h2 class="kern-heading-large" id="veroeffentlichen">
        {m.actions.title}
      </h2>
      {props.empty ? <p class="kern-body">{m.actions.nothingYet}</p> : null}
      {ids ? (
        <>
          <p class="kern-body">{published ? m.actions.republishLead : m.actions.publishLead}</p>
          <div class="dk-actions">
            <Form ctx={ctx} action={publishPath(slug)} submissionId={ids.publish}>
              <Button>{m.actions.publish}</Button>
            </Form>
            {published ? (
              <Form ctx={ctx} action={withdrawPath(slug)} submissionId={ids.withdraw}>
                <Button variant="secondary">{m.actions.withdraw}</Button>
              </Form>
            ) : null}
            <Form ctx={ctx} action={saveVersionPath(slug)} submissionId={ids.version}>
              <Button variant="secondary">{m.actions.saveVersion}</Button>
            </Form>
          </div>
        </>
      ) : (
        <p class="kern-body">{m.actions.membersOnly}</p>
      )}
      <ul class="kern-list">
        {published ? (
          <li>
            <a href={publicStrategyPath(slug)}>{m.actions.publicPage}</a>
          </li>
        ) : null}
        <li>
          <a href={versionsPath(slug)}>{m.versions.title}</a>
        </li>
      </ul>

      <h2 class="kern-heading-large">{m.exports.title}</h2>
      <ul class="kern-list">
        <li>
          <a href={workbenchPdfPath(slug)}>{m.exports.pdf}</a>
        </li>
        <li>
          <a href={htmlExportPath(slug)}>{m.exports.html}</a>
        </li>
      </ul>

      <StrategySections ctx={ctx} content={content} />
    </WorkbenchLayout>
  );
}
