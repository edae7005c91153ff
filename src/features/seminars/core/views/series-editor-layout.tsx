import type { ComponentChildren } from 'preact';
import { NotificationBanner } from '../../../../platform/views/components/content.tsx';
import type { Crumb, ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { EDITOR_PATH, editorSeriesPath } from '../paths.ts';
import type { SeriesRow } from '../repository.ts';

export const EDITOR_SECTIONS = ['overview', 'settings', 'participants'] as const;
export type EditorSection = (typeof EDITOR_SECTIONS)[number];

const SECTION_PATHS: Record<EditorSection, string | undefined> = { overview: undefined, settings: 'bearbeiten', participants: 'teilnehmende' };

export function seriesAdminCrumbs(ctx: ViewContext): Crumb[] {
  return [
    { href: '/verwaltung', label: ctx.t.common.nav.admin },
    { href: EDITOR_PATH, label: ctx.t.seminars.editorTitle },
  ];
}

/**
 * The frame of every editors' page of one series (its settings, modules, participants,
 * attendance and feedback): breadcrumbs up to the series, the page's heading, a confirmation
 * after a redirect and the navigation between the series' parts.
 */
export function SeriesEditorLayout(props: {
  ctx: ViewContext;
  series: Pick<SeriesRow, 'id' | 'title'>;
  title: string;
  /** the part of the series this page is; undefined for pages below a part (a module, its attendance) */
  section?: EditorSection | undefined;
  /** crumbs between the series and this page, e.g. the module above its attendance */
  parents?: Crumb[];
  notice?: string | undefined;
  /** shown before the heading (an error summary must come first) */
  top?: ComponentChildren;
  wide?: boolean;
  children: ComponentChildren;
}) {
  const { ctx, series } = props;
  const m = ctx.t.seminars.editorSections;
  const overview = props.section === 'overview';
  const crumbs: Crumb[] = [
    ...seriesAdminCrumbs(ctx),
    ...(overview ? [] : [{ href: editorSeriesPath(series.id), label: series.title }]),
    ...(props.parents ?? []),
    { label: overview ? series.title : props.title },
  ];
  return (
    <Layout ctx={ctx} title={overview ? series.title : `${props.title}: ${series.title}`} breadcrumbs={crumbs} wide={props.wide}>
      {props.top}
      {props.notice ? (
        <NotificationBanner ctx={ctx} variant="success">
          <p class="kern-body">{props.notice}</p>
        </NotificationBanner>
      ) : null}
      {overview ? null : <p class="kern-body kern-body--muted">{series.title}</p>}
      <h1 class="kern-heading-x-large">{props.title}</h1>
      {props.section ? (
        <nav class="dk-subnav" aria-label={m.label}>
          <ul class="dk-subnav__list">
            {EDITOR_SECTIONS.map((s) => (
              <li key={s}>
                <a class="dk-subnav__link" href={editorSeriesPath(series.id, SECTION_PATHS[s])} aria-current={s === props.section ? 'page' : undefined}>
                  {m[s]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {props.children}
    </Layout>
  );
}
