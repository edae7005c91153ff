import { MAX_QUERY_LENGTH } from '../../../../platform/search/index.ts';
import { fieldName, type FieldOfAction } from '../../../../platform/taxonomy/fields-of-action.ts';
import { Card, Pagination } from '../../../../platform/views/components/content.tsx';
import { Button, Choices, Select, TextField } from '../../../../platform/views/components/form.tsx';
import { Picture } from '../../../../platform/views/components/picture.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { ADOPTIONS_PATH, LIBRARY_PATH, MY_SOLUTIONS_PATH, solutionPath } from '../../core/paths.ts';
import { MATURITY_PHASES, SIZE_BANDS } from '../../core/tables.ts';
import { COST_BANDS } from '../cost-bands.ts';
import { LIBRARY_SORTS, type LibraryQuery } from '../schema.ts';
import type { LibraryCard, LibraryPage } from '../service.ts';
import { SolutionTags } from './tags.tsx';

/** The address of the same search and filters on another page or in another order. */
export function libraryHref(query: LibraryQuery, changes: { seite?: number } = {}): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.handlungsfeld) params.set('handlungsfeld', query.handlungsfeld);
  if (query.groesse) params.set('groesse', query.groesse);
  if (query.reife) params.set('reife', query.reife);
  if (query.opensource) params.set('opensource', query.opensource);
  if (query.kosten) params.set('kosten', query.kosten);
  if (query.sortierung !== 'nachnutzungen') params.set('sortierung', query.sortierung);
  const page = changes.seite ?? query.seite;
  if (page > 1) params.set('seite', String(page));
  const search = params.toString();
  return search ? `${LIBRARY_PATH}?${search}` : LIBRARY_PATH;
}

function SolutionCard(props: { ctx: ViewContext; card: LibraryCard }) {
  const { ctx, card } = props;
  return (
    <Card
      title={card.title}
      href={solutionPath(card.slug)}
      headingLevel={3}
      meta={card.owner?.name}
      media={card.picture ? <Picture picture={card.picture} sizes="card" decorative /> : undefined}
    >
      <p class="kern-body">{card.summary}</p>
      <SolutionTags ctx={ctx} maturity={card.maturity} openSource={card.openSource} reuses={card.reuses} />
    </Card>
  );
}

export function LibraryListPage(props: { ctx: ViewContext; query: LibraryQuery; fields: FieldOfAction[]; result: LibraryPage }) {
  const { ctx, query, result } = props;
  const m = ctx.t.solutionsLibrary;
  const s = ctx.t.solutions;
  const filtered = Boolean(query.q || query.handlungsfeld || query.groesse || query.reife || query.opensource || query.kosten);
  return (
    <Layout ctx={ctx} title={s.title} breadcrumbs={[{ label: s.title }]} wide>
      <h1 class="kern-heading-x-large">{s.title}</h1>
      <p class="kern-body kern-body--large">{m.lead}</p>
      {ctx.user ? (
        <p class="kern-body">
          {m.yourOrganisations} <a href={MY_SOLUTIONS_PATH}>{ctx.t.solutionsProfiles.mine.title}</a> ·{' '}
          <a href={ADOPTIONS_PATH}>{ctx.t.solutionsAdoptions.list.title}</a>
        </p>
      ) : null}
      <form method="get" action={LIBRARY_PATH} role="search" class="dk-filter" aria-label={m.filterTitle}>
        <TextField name="q" type="search" label={m.search} hint={m.searchHint} value={query.q ?? ''} maxLength={MAX_QUERY_LENGTH} spellcheck={true} />
        <Select
          name="handlungsfeld"
          label={m.fieldOfAction}
          value={query.handlungsfeld ?? ''}
          placeholder={m.allFields}
          options={props.fields.map((fa) => ({ value: fa.slug, label: fieldName(fa, ctx.locale) }))}
        />
        <Select
          name="groesse"
          label={m.sizeBand}
          value={query.groesse ?? ''}
          placeholder={m.allSizes}
          options={SIZE_BANDS.map((b) => ({ value: b, label: s.sizeBands[b] }))}
        />
        <Select
          name="reife"
          label={m.maturity}
          value={query.reife ?? ''}
          placeholder={m.allMaturities}
          options={MATURITY_PHASES.map((p) => ({ value: p, label: s.maturity[p] }))}
        />
        <Select
          name="kosten"
          label={m.costBand}
          value={query.kosten ?? ''}
          placeholder={m.allCosts}
          options={COST_BANDS.map((b) => ({ value: b, label: m.costBands[b] }))}
        />
        <Select name="sortierung" label={m.sort} value={query.sortierung} options={LIBRARY_SORTS.map((o) => ({ value: o, label: m.sorts[o] }))} />
        <Choices
          name="opensource"
          type="checkbox"
          label={m.openSourceTag}
          options={[{ value: 'ja', label: m.openSource }]}
          selected={query.opensource ? [query.opensource] : []}
        />
        <Button variant="secondary">{m.apply}</Button>
      </form>
      <h2 class="kern-heading-medium" aria-live="polite">
        {m.count(result.total)}
      </h2>
      {filtered ? (
        <p class="kern-body">
          <a href={LIBRARY_PATH}>{m.reset}</a>
        </p>
      ) : null}
      {result.items.length === 0 ? (
        <p class="kern-body">{m.none}</p>
      ) : (
        <div class="dk-grid dk-grid--3">
          {result.items.map((card) => (
            <SolutionCard key={card.id} ctx={ctx} card={card} />
          ))}
        </div>
      )}
      <Pagination ctx={ctx} page={result.page} pages={result.pages} href={(n) => libraryHref(query, { seite: n })} />
    </Layout>
  );
}
