import { Table } from '../../../../../platform/views/components/content.tsx';
import type { ViewContext } from '../../../../../platform/views/context.ts';
import { Layout } from '../../../../../platform/views/layout.tsx';
import { formatEuro } from '../../../../../platform/text/money.ts';
import { EDITOR_PATH, projectWorkspacePath } from '../../../core/paths.ts';
import type { ProjectListRow } from '../repository.ts';
import { ProjectStatusTag } from '../../views/showcase.tsx';

/** Every funded project with its money and what waits for the editors. */
export function ProjectListPage(props: { ctx: ViewContext; projects: ProjectListRow[] }) {
  const { ctx } = props;
  const m = ctx.t.competitionProjects.editor;
  const euro = (cents: number) => formatEuro(ctx.locale, cents);
  const rows = props.projects.map((p) => [
    <a key="title" href={projectWorkspacePath(p.id)}>
      {p.title}
    </a>,
    p.municipality,
    p.callTitle,
    euro(p.amountCents),
    euro(p.paidCents),
    euro(p.remainingCents),
    String(p.openRequests),
    <ProjectStatusTag key="status" ctx={ctx} status={p.status} />,
  ]);
  return (
    <Layout
      ctx={ctx}
      title={m.title}
      breadcrumbs={[{ href: '/verwaltung', label: ctx.t.common.nav.admin }, { href: EDITOR_PATH, label: ctx.t.competition.editor.title }, { label: m.title }]}
      wide
    >
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead}</p>
      {rows.length === 0 ? (
        <p class="kern-body">{m.none}</p>
      ) : (
        <Table
          caption={m.caption}
          captionHidden
          head={[m.head.project, m.head.municipality, m.head.call, m.head.award, m.head.paid, m.head.remaining, m.head.open, m.head.status]}
          rows={rows}
          numeric={[3, 4, 5, 6]}
        />
      )}
    </Layout>
  );
}
