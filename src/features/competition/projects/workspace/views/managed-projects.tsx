import { Table } from '../../../../../platform/views/components/content.tsx';
import type { ViewContext } from '../../../../../platform/views/context.ts';
import { projectWorkspacePath } from '../../../core/paths.ts';
import type { ManagedProjectRow } from '../repository.ts';
import { ProjectStatusTag } from '../../views/showcase.tsx';

/** The funded projects of the person's organisations, on their applications page; nothing when there are none. */
export function ManagedProjects(props: { ctx: ViewContext; projects: ManagedProjectRow[] }) {
  const { ctx } = props;
  if (props.projects.length === 0) return null;
  const m = ctx.t.competitionProjects.mine;
  const rows = props.projects.map((p) => [
    <a key="title" href={projectWorkspacePath(p.id)}>
      {p.title}
    </a>,
    p.municipality,
    p.callTitle,
    <ProjectStatusTag key="status" ctx={ctx} status={p.status} />,
  ]);
  return (
    <>
      <h2 class="kern-heading-medium">{m.title}</h2>
      <p class="kern-body">{m.lead}</p>
      <Table caption={m.caption} captionHidden head={[m.head.project, m.head.municipality, m.head.call, m.head.status]} rows={rows} />
    </>
  );
}
