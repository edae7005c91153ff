import type { ComponentChildren } from 'preact';
import { Tag } from '../../../../../platform/views/components/content.tsx';
import type { Crumb, ViewContext } from '../../../../../platform/views/context.ts';
import { Layout } from '../../../../../platform/views/layout.tsx';
import { APPLICATIONS_PATH, EDITOR_PATH, EDITOR_PROJECTS_PATH, projectWorkspacePath, PUBLIC_PATH } from '../../../core/paths.ts';
import type { PaymentStatus } from '../../../core/tables.ts';
import type { ProjectRole } from '../../require-project.ts';
import type { ProjectRow } from '../../../core/project-repository.ts';

const PAYMENT_COLOURS = { requested: 'yellow', approved: 'blue', paid: 'green', rejected: 'red' } as const;

export function PaymentStatusTag(props: { ctx: ViewContext; status: PaymentStatus }) {
  return <Tag colour={PAYMENT_COLOURS[props.status]}>{props.ctx.t.competitionProjects.payments.statuses[props.status]}</Tag>;
}

/**
 * The frame of a workspace page. Editors come from the administration's list of projects,
 * managers from their applications page; the trail leads each back the way they came.
 */
export function WorkspaceLayout(props: {
  ctx: ViewContext;
  project: ProjectRow;
  /** who reads the page: the trail leads editors and managers back their own way */
  viewer: ProjectRole;
  title: string;
  /** the overview itself, which the trail ends with */
  overview?: boolean;
  wide?: boolean;
  children: ComponentChildren;
}) {
  const { ctx, project } = props;
  const start: Crumb[] =
    props.viewer === 'editor'
      ? [
          { href: '/verwaltung', label: ctx.t.common.nav.admin },
          { href: EDITOR_PATH, label: ctx.t.competition.editor.title },
          { href: EDITOR_PROJECTS_PATH, label: ctx.t.competitionProjects.editor.title },
        ]
      : [
          { href: PUBLIC_PATH, label: ctx.t.competition.public.title },
          { href: APPLICATIONS_PATH, label: ctx.t.competitionApplications.mine.title },
        ];
  const end: Crumb[] = props.overview ? [{ label: project.title }] : [{ href: projectWorkspacePath(project.id), label: project.title }, { label: props.title }];
  return (
    <Layout ctx={ctx} title={props.title} breadcrumbs={[...start, ...end]} wide={props.wide}>
      {props.children}
    </Layout>
  );
}
