import { fieldName, type FieldOfAction } from '../../../../platform/taxonomy/fields-of-action.ts';
import { Card, Pagination } from '../../../../platform/views/components/content.tsx';
import { Button, Select } from '../../../../platform/views/components/form.tsx';
import { Picture } from '../../../../platform/views/components/picture.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { CATALOGUE_PATH, EDITOR_PATH, eventPath } from '../../core/paths.ts';
import type { CatalogueEntry, CataloguePage } from '../catalogue-service.ts';
import type { DATE_FORMATS } from '../../core/schema.ts';
import { catalogueCrumb, DateLine, FieldTags } from '../../core/views/event-parts.tsx';

export interface CatalogueFilterValues {
  handlungsfeld: string | undefined;
  ort: string | undefined;
  format: (typeof DATE_FORMATS)[number] | undefined;
}

function EventCard(props: { ctx: ViewContext; entry: CatalogueEntry; fields: FieldOfAction[] }) {
  const { ctx, entry } = props;
  const m = ctx.t.events.list;
  return (
    <Card
      title={entry.event.title}
      href={eventPath(entry.event.slug)}
      meta={m.organiser(entry.event.organiser)}
      media={entry.picture ? <Picture picture={entry.picture} sizes="card" decorative /> : undefined}
    >
      <p class="kern-body">{entry.event.summary}</p>
      <ul class="kern-list" aria-label={m.datesOf(entry.event.title)}>
        {entry.dates.map((d) => (
          <DateLine key={d.id} ctx={ctx} date={d} />
        ))}
      </ul>
      <FieldTags ctx={ctx} slugs={entry.event.fieldsOfAction} fields={props.fields} label={m.fields} />
    </Card>
  );
}

function filterHref(filter: CatalogueFilterValues, page: number): string {
  const p = new URLSearchParams();
  if (filter.handlungsfeld) p.set('handlungsfeld', filter.handlungsfeld);
  if (filter.ort) p.set('ort', filter.ort);
  if (filter.format) p.set('format', filter.format);
  if (page > 1) p.set('seite', String(page));
  const query = p.toString();
  return query ? `${CATALOGUE_PATH}?${query}` : CATALOGUE_PATH;
}

export function UpcomingEventsPage(props: {
  ctx: ViewContext;
  result: CataloguePage;
  filter: CatalogueFilterValues;
  fields: FieldOfAction[];
  towns: string[];
  /** editors get a way into the administration of events */
  canEdit: boolean;
}) {
  const { ctx, result, filter } = props;
  const m = ctx.t.events.list;
  const filtered = Boolean(filter.handlungsfeld || filter.ort || filter.format);
  // A town chosen by address that has no coming dates still shows as chosen.
  const towns = filter.ort && !props.towns.includes(filter.ort) ? [...props.towns, filter.ort] : props.towns;
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[{ label: m.title }]}>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body kern-body--large">{m.lead}</p>
      {props.canEdit ? (
        <p class="kern-body">
          <a href={EDITOR_PATH}>{ctx.t.events.editor.title}</a>
        </p>
      ) : null}
      <form method="get" action={CATALOGUE_PATH} class="dk-filter" role="search" aria-label={m.filterTitle}>
        <Select
          name="handlungsfeld"
          label={m.fieldOfAction}
          value={filter.handlungsfeld ?? ''}
          placeholder={m.allFields}
          options={props.fields.map((f) => ({ value: f.slug, label: fieldName(f, ctx.locale) }))}
        />
        <Select name="ort" label={m.town} value={filter.ort ?? ''} placeholder={m.allTowns} options={towns.map((t) => ({ value: t, label: t }))} />
        <Select
          name="format"
          label={m.format}
          value={filter.format ?? ''}
          placeholder={m.allFormats}
          options={[
            { value: 'praesenz', label: ctx.t.events.formats.praesenz },
            { value: 'online', label: ctx.t.events.formats.online },
          ]}
        />
        <Button variant="secondary">{ctx.t.common.filter}</Button>
      </form>
      <p class="kern-body" role="status">
        {m.results(result.total)}
        {filtered ? (
          <>
            {' '}
            <a href={CATALOGUE_PATH}>{m.reset}</a>
          </>
        ) : null}
      </p>
      {result.entries.length === 0 ? <p class="kern-body">{m.none}</p> : null}
      {result.entries.map((entry) => (
        <EventCard key={entry.event.id} ctx={ctx} entry={entry} fields={props.fields} />
      ))}
      <Pagination ctx={ctx} page={result.page} pages={result.pages} href={(n) => filterHref(filter, n)} />
      <p class="kern-body">
        <a href={`${CATALOGUE_PATH}/archiv`}>{m.archiveLink}</a>
      </p>
      {/* courses of several modules live below the events' address, in the seminars feature */}
      <p class="kern-body">
        <a href={`${CATALOGUE_PATH}/reihen`}>{m.seriesLink}</a>
      </p>
      <h2 class="kern-heading-medium">{m.subscribeTitle}</h2>
      <ul class="kern-list">
        <li>
          <a href={`${CATALOGUE_PATH}.ics`} type="text/calendar">
            {m.subscribeIcs}
          </a>
        </li>
        <li>
          <a href={`${CATALOGUE_PATH}/feed.atom`} type="application/atom+xml">
            {m.subscribeAtom}
          </a>
        </li>
      </ul>
    </Layout>
  );
}

export function ArchivePage(props: { ctx: ViewContext; result: CataloguePage; fields: FieldOfAction[] }) {
  const { ctx, result } = props;
  const m = ctx.t.events.archive;
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[catalogueCrumb(ctx), { label: m.title }]}>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body kern-body--large">{m.lead}</p>
      <p class="kern-body">{m.results(result.total)}</p>
      {result.entries.length === 0 ? <p class="kern-body">{m.none}</p> : null}
      {result.entries.map((entry) => (
        <EventCard key={entry.event.id} ctx={ctx} entry={entry} fields={props.fields} />
      ))}
      <Pagination ctx={ctx} page={result.page} pages={result.pages} href={(n) => `${CATALOGUE_PATH}/archiv?seite=${n}`} />
      <p class="kern-body">
        <a href={CATALOGUE_PATH}>{m.upcomingLink}</a>
      </p>
    </Layout>
  );
}
