import { formatDate } from '../../../../platform/i18n/dates.ts';
import { Table } from '../../../../platform/views/components/content.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { ORGANISATIONS_PATH } from '../../../organisations/service.ts';
import { adoptionPath, LIBRARY_PATH } from '../../core/paths.ts';
import type { MyOrganisation, NamedAdoption } from '../service.ts';
import { AdoptionState, AdoptionsLayout } from './shared.tsx';

export interface AdoptionsPageProps {
  ctx: ViewContext;
  organisations: MyOrganisation[];
  outgoing: NamedAdoption[];
  incoming: NamedAdoption[];
}

/** /loesungen/nachnutzungen: both directions of the person's organisations, each with its status. */
export function AdoptionsPage(props: AdoptionsPageProps) {
  const { ctx } = props;
  const m = ctx.t.solutionsAdoptions;
  return (
    <AdoptionsLayout ctx={ctx} title={m.list.title} crumbs={[{ label: m.list.title }]}>
      <h1 class="kern-heading-x-large">{m.list.title}</h1>
      {props.organisations.length === 0 ? (
        <>
          <p class="kern-body">{m.noOrganisation.body}</p>
          <p class="kern-body">
            <a href={ORGANISATIONS_PATH}>{m.noOrganisation.link}</a>
          </p>
        </>
      ) : (
        <>
          <p class="kern-body">{m.list.lead}</p>
          <h2 class="kern-heading-medium">{m.list.outgoing}</h2>
          <Adoptions ctx={ctx} adoptions={props.outgoing} caption={m.list.outgoing} none={m.list.outgoingNone} />
          <h2 class="kern-heading-medium">{m.list.incoming}</h2>
          <Adoptions ctx={ctx} adoptions={props.incoming} caption={m.list.incoming} none={m.list.incomingNone} />
        </>
      )}
      <p class="kern-body">
        <a href={LIBRARY_PATH}>{m.list.library}</a>
      </p>
    </AdoptionsLayout>
  );
}

/** One direction: the solution (to the adoption's page), the two organisations, the status. */
function Adoptions(props: { ctx: ViewContext; adoptions: NamedAdoption[]; caption: string; none: string }) {
  const { ctx } = props;
  const head = ctx.t.solutionsAdoptions.list.head;
  if (props.adoptions.length === 0) return <p class="kern-body">{props.none}</p>;
  return (
    <Table
      caption={props.caption}
      captionHidden
      head={[head.solution, head.adopter, head.owner, head.status, head.requestedAt]}
      rows={props.adoptions.map((a) => [
        <a key={a.id} href={adoptionPath(a.id)}>
          {a.solutionTitle}
        </a>,
        a.adopterName,
        a.ownerName,
        <AdoptionState key={`s-${a.id}`} ctx={ctx} status={a.status} />,
        formatDate(ctx.locale, a.requestedAt),
      ])}
    />
  );
}
