import type { SummaryRow } from '../../../platform/views/components/content.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import type { MunicipalRelations } from '../municipal-relations.ts';
import { organisationPath } from '../paths.ts';
import type { OrganisationLinkRow } from '../repository.ts';

function Links(props: { organisations: OrganisationLinkRow[] }) {
  return (
    <>
      {props.organisations.map((o, i) => (
        <>
          {i > 0 ? ', ' : null}
          <a key={o.slug} href={organisationPath(o.slug)}>
            {o.name}
          </a>
        </>
      ))}
    </>
  );
}

/** "Gehört zum Amt …" and "Gehört zum Kreis …", for the rows of the profile's details. */
export function relationRows(ctx: ViewContext, relations: MunicipalRelations): SummaryRow[] {
  const m = ctx.t.organisations.profile;
  return [
    ...(relations.amt.length ? [{ key: m.partOfAmt, value: <Links organisations={relations.amt} /> }] : []),
    ...(relations.kreis.length ? [{ key: m.partOfKreis, value: <Links organisations={relations.kreis} /> }] : []),
  ];
}

/** On the profile of an Amt or a Kreis: the organisations that belong to it. */
export function MunicipalitiesSection(props: { ctx: ViewContext; members: NonNullable<MunicipalRelations['members']> }) {
  const { ctx, members } = props;
  const m = ctx.t.organisations.profile;
  const ofAmt = members.level === 'amt';
  return (
    <section aria-labelledby="municipalities-title">
      <h2 class="kern-heading-large" id="municipalities-title">
        {ofAmt ? m.municipalitiesOfAmt : m.municipalitiesOfKreis}
      </h2>
      {members.organisations.length === 0 ? (
        <p class="kern-body">{ofAmt ? m.noMunicipalitiesOfAmt : m.noMunicipalitiesOfKreis}</p>
      ) : (
        <ul class="kern-list kern-list--bullet">
          {members.organisations.map((o) => (
            <li key={o.slug}>
              <a href={organisationPath(o.slug)}>{o.name}</a> ({ctx.t.organisations.types[o.type]})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
