import type { ComponentChildren } from 'preact';
import type { Crumb, ViewContext } from '../context.ts';
import { Layout } from '../layout.tsx';
import { NotificationBanner } from './content.tsx';
import { SubNav } from './sub-nav.tsx';

/**
 * The frame of every editors' page of one record with parts (a seminar series, a challenge):
 * breadcrumbs up to the record, the page's heading, a confirmation after a redirect and, on the
 * pages of a part, the navigation between the parts. The record's own page (`overview`) has the
 * record's title as its heading; the others name the record above theirs.
 */
export function RecordEditorFrame(props: {
  ctx: ViewContext;
  /** the crumbs down to the list of such records, e.g. Verwaltung › Seminarreihen */
  listCrumbs: Crumb[];
  record: { title: string; href: string };
  title: string;
  overview: boolean;
  /** the parts' navigation; undefined for pages below a part */
  sections?: { label: string; items: { href: string; label: string; current: boolean }[] } | undefined;
  /** crumbs between the record and this page */
  parents?: Crumb[] | undefined;
  notice?: string | undefined;
  /** shown before the heading (an error summary must come first) */
  top?: ComponentChildren;
  wide?: boolean | undefined;
  children: ComponentChildren;
}) {
  const { ctx, record, overview } = props;
  const crumbs: Crumb[] = [
    ...props.listCrumbs,
    ...(overview ? [] : [{ href: record.href, label: record.title }]),
    ...(props.parents ?? []),
    { label: overview ? record.title : props.title },
  ];
  return (
    <Layout ctx={ctx} title={overview ? record.title : `${props.title}: ${record.title}`} breadcrumbs={crumbs} wide={props.wide}>
      {props.top}
      {props.notice ? (
        <NotificationBanner ctx={ctx} variant="success">
          <p class="kern-body">{props.notice}</p>
        </NotificationBanner>
      ) : null}
      {overview ? null : <p class="kern-body kern-body--muted">{record.title}</p>}
      <h1 class="kern-heading-x-large">{props.title}</h1>
      {props.sections ? <SubNav label={props.sections.label} items={props.sections.items} /> : null}
      {props.children}
    </Layout>
  );
}
