import type { ComponentChildren } from 'preact';
import { Tag } from '../../../../platform/views/components/content.tsx';
import type { Crumb, ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { NETWORK_PATH } from '../../core/paths.ts';

/** The frame of the directory's pages: the way back to the network. */
export function DirectoryLayout(props: { ctx: ViewContext; title: string; crumbs: Crumb[]; wide?: boolean; children: ComponentChildren }) {
  const { ctx } = props;
  return (
    <Layout ctx={ctx} title={props.title} breadcrumbs={[{ href: NETWORK_PATH, label: ctx.t.common.nav.network }, ...props.crumbs]} wide={props.wide}>
      {props.children}
    </Layout>
  );
}

/** The person's expertise as tags; on the profile each is a link to the directory filtered by it. */
export function ExpertiseTags(props: { tags: string[]; label: string; href?: (tag: string) => string; linkLabel?: (tag: string) => string }) {
  if (props.tags.length === 0) return null;
  return (
    <ul class="kern-list dk-list--inline" aria-label={props.label}>
      {props.tags.map((tag) => (
        <li key={tag}>
          {props.href ? (
            <a href={props.href(tag)} aria-label={props.linkLabel?.(tag)}>
              {tag}
            </a>
          ) : (
            <Tag colour="grey">{tag}</Tag>
          )}
        </li>
      ))}
    </ul>
  );
}
