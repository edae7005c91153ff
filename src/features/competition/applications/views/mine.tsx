import { Table, Notice } from '../../../../platform/views/components/content.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { applicantStatus } from '../../core/application-states.ts';
import { applicationPath, PUBLIC_PATH } from '../../core/paths.ts';
import type { ManagedProjectRow } from '../../projects/workspace/repository.ts';
import { ManagedProjects } from '../../projects/workspace/views/managed-projects.tsx';
import type { ApplicationListRow, InvitationRow } from '../repository.ts';
import { StatusTag } from './shared.tsx';

/** The person's applications, through the organisations they manage, and invitations to apply together. */
export function MyApplicationsPage(props: {
  ctx: ViewContext;
  managesOrganisations: boolean;
  applications: ApplicationListRow[];
  invitations: InvitationRow[];
  /** the funded projects of the organisations the person manages */
  projects: ManagedProjectRow[];
  notice?: string | undefined;
}) {
  const { ctx } = props;
  const m = ctx.t.competitionApplications.mine;
  const rows = props.applications.map((a) => [
    a.callTitle,
    a.organisationName,
    <a key={a.id} href={applicationPath(a.id)}>
      {a.title || m.untitled}
    </a>,
    <StatusTag key={`s-${a.id}`} ctx={ctx} status={applicantStatus(a.status, a.decisionsReleasedAt !== null)} />,
    a.reference ?? '–',
  ]);
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[{ href: PUBLIC_PATH, label: ctx.t.competition.public.title }, { label: m.title }]}>
      <Notice ctx={ctx} notice={props.notice} />
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead}</p>
      {!props.managesOrganisations ? (
        <p class="kern-body">{m.noOrganisation}</p>
      ) : rows.length === 0 ? (
        <p class="kern-body">{m.none}</p>
      ) : (
        <Table caption={m.caption} head={[m.head.call, m.head.organisation, m.head.project, m.head.status, m.head.reference]} rows={rows} />
      )}
      {props.managesOrganisations ? (
        <>
          <h2 class="kern-heading-medium">{m.invitations}</h2>
          {props.invitations.length === 0 ? (
            <p class="kern-body">{m.invitationsNone}</p>
          ) : (
            <ul class="kern-list">
              {props.invitations.map((i) => (
                <li key={`${i.applicationId}-${i.organisationId}`}>
                  <a href={applicationPath(i.applicationId, `einladung/${i.organisationId}`)}>{m.invitationLine(i.applicantName, i.title || m.untitled)}</a>
                  {` – ${ctx.t.competitionApplications.partners.states[i.status]}`}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
      <ManagedProjects ctx={ctx} projects={props.projects} />
    </Layout>
  );
}
