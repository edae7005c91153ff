import type { ComponentChildren } from 'preact';
import { RecordEditorFrame } from '../../../../platform/views/components/record-editor-frame.tsx';
import type { Crumb, ViewContext } from '../../../../platform/views/context.ts';
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

/** The frame of every editors' page of one series: its settings, modules, participants, attendance and feedback. */
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
  const { ctx, series, section } = props;
  const m = ctx.t.seminars.editorSections;
  return (
    <RecordEditorFrame
      ctx={ctx}
      listCrumbs={seriesAdminCrumbs(ctx)}
      record={{ title: series.title, href: editorSeriesPath(series.id) }}
      title={props.title}
      overview={section === 'overview'}
      sections={
        section
          ? {
              label: m.label,
              items: EDITOR_SECTIONS.map((s) => ({ href: editorSeriesPath(series.id, SECTION_PATHS[s]), label: m[s], current: s === section })),
            }
          : undefined
      }
      parents={props.parents}
      notice={props.notice}
      top={props.top}
      wide={props.wide}
    >
      {props.children}
    </RecordEditorFrame>
  );
}
