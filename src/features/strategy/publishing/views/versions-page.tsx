import type { ViewContext } from '../../../../platform/views/context.ts';
import type { FieldDiff, RecordVersion } from '../../../versions/service.ts';
import { VersionComparison, VersionHistory } from '../../../versions/ui.ts';
import { workbenchPath } from '../../core/paths.ts';
import type { Workbench } from '../../core/require-strategy.ts';
import { WorkbenchLayout } from '../../core/views/workbench-layout.tsx';
import type { VersionedField } from '../../core/describe.ts';
import { versionsPath } from '../paths.ts';

/** The strategy's versions, newest first, and two of them compared (by default the newest with the one before). */
export function StrategyVersionsPage(props: {
  ctx: ViewContext;
  workbench: Workbench;
  versions: RecordVersion[];
  from: number;
  to: number;
  diffs: FieldDiff<VersionedField>[];
}) {
  const { ctx, workbench } = props;
  const m = ctx.t.strategyPublishing;
  const slug = workbench.organisation.slug;
  const base = versionsPath(slug);
  return (
    <WorkbenchLayout ctx={ctx} workbench={workbench} title={m.versions.title} step="publish" parent={{ href: workbenchPath(slug, 'publish'), label: m.title }}>
      <p class="kern-body">{m.versions.lead}</p>
      {props.versions.length === 0 ? (
        <p class="kern-body">{m.versions.none}</p>
      ) : (
        <>
          <h2 class="kern-heading-large">{m.versions.history}</h2>
          <VersionHistory
            ctx={ctx}
            versions={props.versions}
            caption={m.versions.history}
            compareHref={(n) => `${base}?von=${n}&bis=${props.versions[0]!.number}`}
          />
        </>
      )}
      {props.versions.length > 1 ? (
        <>
          <h2 class="kern-heading-large">{ctx.t.versions.compareTitle(props.from, props.to)}</h2>
          <VersionComparison ctx={ctx} diffs={props.diffs} labels={m.versions.fields} headingLevel={3} />
        </>
      ) : null}
      <p class="kern-body">
        <a href={workbenchPath(slug, 'publish')}>{m.versions.back}</a>
      </p>
    </WorkbenchLayout>
  );
}
