import type { ComponentChildren } from 'preact';
import { Tag } from '../../../../platform/views/components/content.tsx';
import type { Crumb, ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { ADOPTIONS_PATH, LIBRARY_PATH } from '../../core/paths.ts';
import type { AdoptionStatus } from '../../core/tables.ts';

/** The frame of the adoption pages: the way back to the library and to the person's adoptions. */
export function AdoptionsLayout(props: { ctx: ViewContext; title: string; crumbs: Crumb[]; children: ComponentChildren }) {
  const { ctx } = props;
  const crumbs: Crumb[] = [{ href: LIBRARY_PATH, label: ctx.t.solutions.nav }, ...props.crumbs];
  return (
    <Layout ctx={ctx} title={props.title} breadcrumbs={crumbs}>
      {props.children}
    </Layout>
  );
}

export const listCrumb = (ctx: ViewContext): Crumb => ({ href: ADOPTIONS_PATH, label: ctx.t.solutionsAdoptions.list.title });

const STATUS_COLOURS = {
  requested: 'yellow',
  declined: 'grey',
  interested: 'blue',
  implementing: 'blue',
  operating: 'green',
  abandoned: 'grey',
} as const satisfies Record<AdoptionStatus, string>;

/** Where the adoption stands, as a tag: "Angefragt", "In Umsetzung", "Im Betrieb". */
export function AdoptionState(props: { ctx: ViewContext; status: AdoptionStatus }) {
  return <Tag colour={STATUS_COLOURS[props.status]}>{props.ctx.t.solutions.adoptionStatuses[props.status]}</Tag>;
}
