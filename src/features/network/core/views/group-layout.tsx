import type { ComponentChildren } from 'preact';
import { NotificationBanner, Tag } from '../../../../platform/views/components/content.tsx';
import type { Crumb, ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { canReadGroupContent, type GroupStanding } from '../rules.ts';
import { GROUPS_PATH, NETWORK_PATH, groupPath } from '../paths.ts';
import type { GroupRow } from '../repository.ts';
import { SubNav } from '../../../../platform/views/components/sub-nav.tsx';

export const GROUP_SECTIONS = ['overview', 'discussions', 'members', 'files', 'events'] as const;
export type GroupSection = (typeof GROUP_SECTIONS)[number];

const SECTION_PAGES: Record<GroupSection, string | undefined> = {
  overview: undefined,
  discussions: 'diskussionen',
  members: 'mitglieder',
  files: 'dateien',
  events: 'veranstaltungen',
};

export function groupSectionPath(slug: string, section: GroupSection): string {
  return groupPath(slug, SECTION_PAGES[section]);
}

export function networkCrumbs(ctx: ViewContext): Crumb[] {
  return [
    { href: NETWORK_PATH, label: ctx.t.common.nav.network },
    { href: GROUPS_PATH, label: ctx.t.network.crumbs.groups },
  ];
}

function GroupNav(props: { ctx: ViewContext; group: GroupRow; standing: GroupStanding | undefined; current: GroupSection | undefined }) {
  const m = props.ctx.t.network.groupNav;
  // outsiders of a members-only group see only its overview; the other parts would answer 403
  const sections = canReadGroupContent(props.group, props.standing) ? GROUP_SECTIONS : (['overview'] as const);
  if (sections.length === 1) return null;
  return <SubNav label={m.label} items={sections.map((s) => ({ href: groupSectionPath(props.group.slug, s), label: m[s], current: s === props.current }))} />;
}

/**
 * The frame of every page of one group: breadcrumbs up to the group, its name, its visibility,
 * a confirmation after a redirect and the navigation between the group's parts.
 */
export function GroupLayout(props: {
  ctx: ViewContext;
  group: GroupRow;
  standing: GroupStanding | undefined;
  /** the page's heading; the group's name on its overview */
  title: string;
  /** the part of the group this page belongs to; undefined for pages below a part (a thread) */
  section?: GroupSection | undefined;
  /** a crumb between the group and this page, e.g. the discussions above one thread */
  parent?: Crumb | undefined;
  /** a confirmation after a redirect, already in the viewer's words */
  notice?: string | undefined;
  /** shown before the heading (an error summary must come first) */
  top?: ComponentChildren;
  children: ComponentChildren;
}) {
  const { ctx, group } = props;
  const overview = props.section === 'overview';
  const crumbs: Crumb[] = [
    ...networkCrumbs(ctx),
    ...(overview ? [] : [{ href: groupPath(group.slug), label: group.name }]),
    ...(props.parent ? [props.parent] : []),
    { label: overview ? group.name : props.title },
  ];
  return (
    <Layout ctx={ctx} title={overview ? group.name : `${props.title}: ${group.name}`} breadcrumbs={crumbs}>
      {props.top}
      {props.notice ? (
        <NotificationBanner ctx={ctx} variant="success">
          <p class="kern-body">{props.notice}</p>
        </NotificationBanner>
      ) : null}
      {overview ? null : <p class="kern-body kern-body--muted">{group.name}</p>}
      <h1 class="kern-heading-x-large">{props.title}</h1>
      {overview ? (
        <p>
          <Tag>{ctx.t.network.visibilities[group.visibility]}</Tag>
        </p>
      ) : null}
      <GroupNav ctx={ctx} group={group} standing={props.standing} current={props.section} />
      {props.children}
    </Layout>
  );
}
