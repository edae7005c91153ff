import type { RetentionRow } from '../../../platform/retention/registry.ts';
import { Table } from '../../../platform/views/components/content.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';

/** Every kind of personal data with where and how long it is kept, from the retention registry. */
export function RetentionPage(props: { ctx: ViewContext; rows: RetentionRow[] }) {
  const { ctx } = props;
  const m = ctx.t.retention;
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[{ href: '/datenschutz', label: ctx.t.common.footer.privacy }, { label: m.title }]} wide>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body kern-body--large">{m.lead}</p>
      <Table
        id="loeschfristen"
        caption={m.caption}
        head={[m.data, m.where, m.period, m.purpose]}
        rows={props.rows.map((row) => [row.data, row.where, row.period, row.purpose])}
      />
      <p class="kern-body">{m.ownData}</p>
    </Layout>
  );
}
