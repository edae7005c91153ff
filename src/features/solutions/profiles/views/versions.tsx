import { NotificationBanner } from '../../../../platform/views/components/content.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { FieldDiff, RecordVersion } from '../../../versions/service.ts';
import { VersionComparison, VersionHistory } from '../../../versions/ui.ts';
import { editSolutionPath, LIBRARY_PATH, MY_SOLUTIONS_PATH } from '../../core/paths.ts';
import type { SolutionRow } from '../../core/repository.ts';
import type { VERSIONED_FIELDS } from '../text-versions.ts';
import { StatusTag, type ProfileNotice } from './shared.tsx';

export interface VersionsPageProps {
  ctx: ViewContext;
  solution: SolutionRow;
  versions: RecordVersion[];
  from: number;
  to: number;
  diffs: FieldDiff<(typeof VERSIONED_FIELDS)[number]>[];
  /** the owners restore; the editors only look */
  canRestore: boolean;
  /** the page the person came from: the owners' form or the editors' review */
  back: { href: string; label: string };
  notice?: ProfileNotice | undefined;
}

/** A solution's versions: the history with restore buttons for its owners, and two versions compared. */
export function VersionsPage(props: VersionsPageProps) {
  const { ctx, solution } = props;
  const m = ctx.t.solutionsProfiles;
  const title = m.versions.title(solution.title);
  const base = editSolutionPath(solution.id, 'versionen');
  const crumbs = props.canRestore
    ? [
        { href: LIBRARY_PATH, label: ctx.t.solutions.nav },
        { href: MY_SOLUTIONS_PATH, label: m.mine.title },
      ]
    : [{ href: '/verwaltung', label: ctx.t.common.nav.admin }];
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[...crumbs, { href: props.back.href, label: props.back.label }, { label: m.versions.history }]}>
      {props.notice ? (
        <NotificationBanner ctx={ctx} variant="success">
          <p class="kern-body">{m.notices[props.notice]}</p>
        </NotificationBanner>
      ) : null}
      <h1 class="kern-heading-x-large">{title}</h1>
      <p class="kern-body">
        {m.edit.status}: <StatusTag ctx={ctx} status={solution.status} />
      </p>
      <p class="kern-body">{m.versions.lead}</p>
      {props.canRestore && solution.status === 'published' ? <p class="kern-hint">{m.versions.publishedHint}</p> : null}
      <h2 class="kern-heading-large">{m.versions.history}</h2>
      <VersionHistory
        ctx={ctx}
        versions={props.versions}
        caption={m.versions.history}
        column={{ heading: m.fields.title, text: (v) => v.fields.title ?? '' }}
        compareHref={(n) => `${base}?von=${n}`}
        restoreAction={props.canRestore ? editSolutionPath(solution.id, 'wiederherstellen') : undefined}
      />
      {props.versions.length > 1 ? (
        <>
          <h2 class="kern-heading-large">{ctx.t.versions.compareTitle(props.from, props.to)}</h2>
          <VersionComparison ctx={ctx} diffs={props.diffs} labels={m.fields} headingLevel={3} />
        </>
      ) : null}
      <p class="kern-body">
        <a href={props.back.href}>{m.versions.back}</a>
      </p>
    </Layout>
  );
}
