import { fieldName } from '../../../../platform/taxonomy/fields-of-action.ts';
import { SummaryList, type SummaryRow } from '../../../../platform/views/components/content.tsx';
import { Picture } from '../../../../platform/views/components/picture.tsx';
import { PlainText } from '../../../../platform/views/components/plain-text.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { organisationPath } from '../../../organisations/service.ts';
import { groupPath, MY_PROFILE_PATH, PEOPLE_PATH } from '../../core/paths.ts';
import type { PersonPage as Person } from '../service.ts';
import { directoryHref } from './directory-page.tsx';
import { DirectoryLayout, ExpertiseTags } from './shared.tsx';

/** A listed person's profile: what they chose to show, and the groups the viewer may know of. Never the e-mail address. */
export function PersonPage(props: { ctx: ViewContext; person: Person }) {
  const { ctx, person } = props;
  const { profile } = person;
  const m = ctx.t.networkDirectory;
  const p = m.person;
  const rows: SummaryRow[] = [];
  if (profile.jobTitle) rows.push({ key: p.jobTitle, value: profile.jobTitle });
  if (person.organisation) rows.push({ key: p.organisation, value: <a href={organisationPath(person.organisation.slug)}>{person.organisation.name}</a> });
  if (person.kreis) rows.push({ key: p.kreis, value: <a href={organisationPath(person.kreis.slug)}>{person.kreis.name}</a> });
  if (profile.sector) rows.push({ key: p.sector, value: ctx.t.network.sectors[profile.sector] });
  if (person.fields.length > 0) rows.push({ key: p.fields, value: person.fields.map((f) => fieldName(f, ctx.locale)).join(', ') });
  return (
    <DirectoryLayout ctx={ctx} title={profile.displayName} crumbs={[{ href: PEOPLE_PATH, label: m.title }, { label: profile.displayName }]}>
      <h1 class="kern-heading-x-large">{profile.displayName}</h1>
      {ctx.user?.id === profile.userId ? (
        <p class="kern-body">
          {p.own} <a href={MY_PROFILE_PATH}>{p.edit}</a>
        </p>
      ) : null}
      {person.picture ? (
        <figure class="dk-figure">
          <Picture picture={person.picture} sizes="page" first />
        </figure>
      ) : null}
      {rows.length > 0 ? (
        <>
          <h2 class="kern-heading-medium">{p.facts}</h2>
          <SummaryList ctx={ctx} rows={rows} />
        </>
      ) : null}
      {profile.expertise.length > 0 ? (
        <>
          <h2 class="kern-heading-medium">{p.expertise}</h2>
          <ExpertiseTags tags={profile.expertise} label={p.expertise} href={(tag) => directoryHref({ thema: tag })} linkLabel={p.expertiseLink} />
        </>
      ) : null}
      {profile.about ? (
        <>
          <h2 class="kern-heading-medium">{p.about}</h2>
          <PlainText text={profile.about} headingLevel={3} />
        </>
      ) : null}
      <h2 class="kern-heading-medium">{p.groups}</h2>
      {person.groups.length === 0 ? (
        <p class="kern-body">{p.noGroups}</p>
      ) : (
        <ul class="kern-list">
          {person.groups.map((g) => (
            <li key={g.slug}>
              <a href={groupPath(g.slug)}>{g.name}</a>
            </li>
          ))}
        </ul>
      )}
    </DirectoryLayout>
  );
}
