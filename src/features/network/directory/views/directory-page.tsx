import { fieldName } from '../../../../platform/taxonomy/fields-of-action.ts';
import { Card, NotificationBanner, Pagination } from '../../../../platform/views/components/content.tsx';
import { Button, Select, TextField } from '../../../../platform/views/components/form.tsx';
import { Picture } from '../../../../platform/views/components/picture.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { ORGANISATION_TYPES } from '../../../organisations/service.ts';
import { MY_PROFILE_PATH, PEOPLE_PATH, personPath } from '../../core/paths.ts';
import { SECTORS } from '../../core/tables.ts';
import { MAX_NAME_QUERY, MAX_TAG_LENGTH, type DirectoryQuery } from '../schema.ts';
import type { DirectoryCard, DirectoryPage as DirectoryResult } from '../service.ts';
import { DirectoryLayout, ExpertiseTags } from './shared.tsx';

/** The address of the directory with these filters, on another page or filtered by one tag. */
export function directoryHref(query: Partial<DirectoryQuery>, changes: { seite?: number } = {}): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.sektor) params.set('sektor', query.sektor);
  if (query.art) params.set('art', query.art);
  if (query.kreis) params.set('kreis', query.kreis);
  if (query.handlungsfeld) params.set('handlungsfeld', query.handlungsfeld);
  if (query.thema) params.set('thema', query.thema);
  const page = changes.seite ?? query.seite ?? 1;
  if (page > 1) params.set('seite', String(page));
  const search = params.toString();
  return search ? `${PEOPLE_PATH}?${search}` : PEOPLE_PATH;
}

function PersonCard(props: { ctx: ViewContext; card: DirectoryCard }) {
  const { ctx, card } = props;
  const { profile } = card;
  const m = ctx.t.networkDirectory;
  const meta = [profile.jobTitle, card.organisation?.name].filter(Boolean).join(' · ');
  return (
    <Card
      title={profile.displayName}
      href={personPath(profile.userId)}
      headingLevel={3}
      meta={meta || undefined}
      media={card.picture ? <Picture picture={card.picture} sizes="card" decorative /> : undefined}
    >
      {profile.sector ? <p class="kern-body">{ctx.t.network.sectors[profile.sector]}</p> : null}
      <ExpertiseTags tags={profile.expertise} label={m.expertise} />
    </Card>
  );
}

export function DirectoryPage(props: { ctx: ViewContext; query: DirectoryQuery; result: DirectoryResult }) {
  const { ctx, query, result } = props;
  const m = ctx.t.networkDirectory;
  const f = m.filter;
  const filtered = Boolean(query.q || query.sektor || query.art || query.kreis || query.handlungsfeld || query.thema);
  return (
    <DirectoryLayout ctx={ctx} title={m.title} crumbs={[{ label: m.title }]} wide>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body kern-body--large">{m.lead}</p>
      {ctx.user && !result.viewerListed ? (
        <NotificationBanner ctx={ctx} variant="info" title={m.invite.title}>
          <p class="kern-body">{m.invite.body}</p>
          <p class="kern-body">
            <a href={MY_PROFILE_PATH}>{m.invite.link}</a>
          </p>
        </NotificationBanner>
      ) : null}
      <form method="get" action={PEOPLE_PATH} role="search" class="dk-filter" aria-label={f.label}>
        <TextField name="q" type="search" label={f.name} hint={f.nameHint} value={query.q ?? ''} maxLength={MAX_NAME_QUERY} />
        <Select
          name="sektor"
          label={f.sector}
          value={query.sektor ?? ''}
          placeholder={f.allSectors}
          options={SECTORS.map((s) => ({ value: s, label: ctx.t.network.sectors[s] }))}
        />
        <Select
          name="art"
          label={f.organisationType}
          value={query.art ?? ''}
          placeholder={f.allTypes}
          options={ORGANISATION_TYPES.map((type) => ({ value: type, label: ctx.t.organisations.types[type] }))}
        />
        <Select
          name="kreis"
          label={f.kreis}
          value={query.kreis ?? ''}
          placeholder={f.allKreise}
          options={result.kreise.map((k) => ({ value: k.id, label: k.name }))}
        />
        <Select
          name="handlungsfeld"
          label={f.field}
          value={query.handlungsfeld ?? ''}
          placeholder={f.allFields}
          options={result.fields.map((fa) => ({ value: fa.slug, label: fieldName(fa, ctx.locale) }))}
        />
        <TextField name="thema" label={f.tag} hint={f.tagHint} value={query.thema ?? ''} maxLength={MAX_TAG_LENGTH} />
        <Button variant="secondary">{f.apply}</Button>
      </form>
      <h2 class="kern-heading-medium" aria-live="polite">
        {m.count(result.total)}
      </h2>
      {filtered ? (
        <p class="kern-body">
          <a href={PEOPLE_PATH}>{f.reset}</a>
        </p>
      ) : null}
      {result.items.length === 0 ? (
        <p class="kern-body">{m.none}</p>
      ) : (
        <div class="dk-grid dk-grid--3">
          {result.items.map((card) => (
            <PersonCard key={card.profile.userId} ctx={ctx} card={card} />
          ))}
        </div>
      )}
      <Pagination ctx={ctx} page={result.page} pages={result.pages} href={(n) => directoryHref(query, { seite: n })} />
    </DirectoryLayout>
  );
}
