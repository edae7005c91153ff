import type { ComponentChildren } from 'preact';
import type { Messages } from '../../../../platform/i18n/index.ts';
import { NotificationBanner } from '../../../../platform/views/components/content.tsx';
import type { Crumb, ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { EDITOR_PATH, editorEventPath } from '../../core/paths.ts';
import type { EventRow } from '../../core/event-repository.ts';

/** A confirmation an editor page shows after a redirect: the key of its text in the catalogue. */
export type NoticeKey = keyof Messages['events']['editor']['notices'];

export function adminCrumbs(ctx: ViewContext): Crumb[] {
  return [
    { href: '/verwaltung', label: ctx.t.common.nav.admin },
    { href: EDITOR_PATH, label: ctx.t.events.editor.title },
  ];
}

export const SECTIONS = ['overview', 'texts', 'picture', 'programme', 'questions', 'consent', 'worldCafe'] as const;
export type Section = (typeof SECTIONS)[number];

const SECTION_PATHS: Record<Section, string> = {
  overview: '',
  texts: '/bearbeiten',
  picture: '/bild',
  programme: '/programm',
  questions: '/fragen',
  consent: '/einwilligung',
  worldCafe: '/world-cafe-fragen',
};

export function sectionPath(eventId: string, section: Section): string {
  return `${editorEventPath(eventId)}${SECTION_PATHS[section]}`;
}

function SubNav(props: { ctx: ViewContext; eventId: string; current: Section | undefined }) {
  const m = props.ctx.t.events.editor.subnav;
  return (
    <nav class="dk-subnav" aria-label={m.label}>
      <ul class="dk-subnav__list">
        {SECTIONS.map((s) => (
          <li key={s}>
            <a class="dk-subnav__link" href={sectionPath(props.eventId, s)} aria-current={s === props.current ? 'page' : undefined}>
              {m[s]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The frame of every editor page of one event: breadcrumbs up to the event, the page's
 * heading, a confirmation after a redirect and the navigation between the event's parts.
 */
export function EventEditorLayout(props: {
  ctx: ViewContext;
  event: Pick<EventRow, 'id' | 'title'>;
  title: string;
  /** the part of the event this page edits; undefined for pages below a part */
  section?: Section | undefined;
  /** a crumb between the event and this page, e.g. the programme above one item */
  parent?: Crumb | undefined;
  notice?: NoticeKey | undefined;
  /** a confirmation in words of another area, e.g. the platform's picture page */
  noticeText?: string | undefined;
  /** shown before the heading (an error summary must come first) */
  top?: ComponentChildren;
  wide?: boolean;
  children: ComponentChildren;
}) {
  const { ctx, event } = props;
  const overview = props.section === 'overview';
  const crumbs: Crumb[] = [
    ...adminCrumbs(ctx),
    ...(overview ? [] : [{ href: editorEventPath(event.id), label: event.title }]),
    ...(props.parent ? [props.parent] : []),
    { label: overview ? event.title : props.title },
  ];
  return (
    <Layout ctx={ctx} title={overview ? event.title : `${props.title}: ${event.title}`} breadcrumbs={crumbs} wide={props.wide}>
      {props.top}
      {props.notice || props.noticeText ? (
        <NotificationBanner ctx={ctx} variant="success">
          <p class="kern-body">{props.notice ? ctx.t.events.editor.notices[props.notice] : props.noticeText}</p>
        </NotificationBanner>
      ) : null}
      {/* below the overview the event's name stands above the page's own heading */}
      {overview ? null : <p class="kern-body kern-body--muted">{event.title}</p>}
      <h1 class="kern-heading-x-large">{props.title}</h1>
      {props.section ? <SubNav ctx={ctx} eventId={event.id} current={props.section} /> : null}
      {props.children}
    </Layout>
  );
}
