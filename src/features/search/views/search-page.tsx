import type { SearchHit, SearchResult } from '../../../platform/search/index.ts';
import { MAX_QUERY_LENGTH } from '../../../platform/search/index.ts';
import { fieldName, type FieldOfAction } from '../../../platform/taxonomy/fields-of-action.ts';
import { Pagination, Tag } from '../../../platform/views/components/content.tsx';
import { Button, Select, TextField } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { SearchQueryValues } from '../schema.ts';

const SEARCH_PATH = '/suche';

function searchHref(values: SearchQueryValues, page: number): string {
  const p = new URLSearchParams();
  if (values.q) p.set('q', values.q);
  if (values.typ) p.set('typ', values.typ);
  if (values.handlungsfeld) p.set('handlungsfeld', values.handlungsfeld);
  if (page > 1) p.set('seite', String(page));
  return `${SEARCH_PATH}?${p.toString()}`;
}

function typeLabel(ctx: ViewContext, type: string): string {
  return ctx.t.search.types[type] ?? type;
}

function Hit(props: { ctx: ViewContext; hit: SearchHit }) {
  const { ctx, hit } = props;
  return (
    <li class="dk-search-result">
      <p class="kern-body">
        <Tag colour="grey">{typeLabel(ctx, hit.type)}</Tag>
      </p>
      <h3 class="kern-heading-small">
        <a href={hit.url}>{hit.title}</a>
      </h3>
      {hit.snippetHtmlParts.length > 0 ? (
        <p class="kern-body">{hit.snippetHtmlParts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}</p>
      ) : null}
    </li>
  );
}

function NoResults(props: { ctx: ViewContext; query: string }) {
  const m = props.ctx.t.search.noResults;
  return (
    <>
      <h2 class="kern-heading-medium">{m.title}</h2>
      <p class="kern-body">{m.lead(props.query)}</p>
      <h3 class="kern-heading-small">{m.tipsTitle}</h3>
      <ul class="kern-list kern-list--bullet">
        {m.tips.map((tip) => (
          <li key={tip}>{tip}</li>
        ))}
      </ul>
      <p class="kern-body">
        <a href="/veranstaltungen">{m.browse}</a>
      </p>
    </>
  );
}

/** The word list is lower-case; a query typed with a capital (a German noun) gets its word back the same way. */
function inCaseOf(query: string, word: string): string {
  const first = query.charAt(0);
  return first !== first.toLowerCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

export function SearchPage(props: {
  ctx: ViewContext;
  values: SearchQueryValues;
  result: SearchResult;
  pageSize: number;
  types: string[];
  fields: FieldOfAction[];
}) {
  const { ctx, values, result } = props;
  const m = ctx.t.search;
  const query = result.query;
  const filtered = Boolean(values.typ || values.handlungsfeld);
  const types = values.typ && !props.types.includes(values.typ) ? [...props.types, values.typ] : props.types;
  const pages = Math.max(1, Math.ceil(result.total / props.pageSize));
  return (
    <Layout ctx={ctx} title={query ? m.titleFor(query) : m.title} breadcrumbs={[{ label: m.title }]}>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body kern-body--large">{m.lead}</p>
      <form method="get" action={SEARCH_PATH} role="search" class="dk-filter">
        <TextField name="q" type="search" label={m.query} hint={m.queryHint} value={query} maxLength={MAX_QUERY_LENGTH} spellcheck={true} />
        <Select
          name="typ"
          label={m.type}
          value={values.typ ?? ''}
          placeholder={m.allTypes}
          options={types.map((t) => ({ value: t, label: typeLabel(ctx, t) }))}
        />
        <Select
          name="handlungsfeld"
          label={m.fieldOfAction}
          value={values.handlungsfeld ?? ''}
          placeholder={m.allFields}
          options={props.fields.map((f) => ({ value: f.slug, label: fieldName(f, ctx.locale) }))}
        />
        <Button>{m.submit}</Button>
      </form>
      {query === '' ? (
        <p class="kern-body">{m.empty}</p>
      ) : (
        <section aria-labelledby="search-results-title">
          <h2 class="kern-sr-only" id="search-results-title">
            {m.resultsTitle}
          </h2>
          <p class="kern-body" role="status">
            {m.results(result.total, query)}
            {result.correctedTo && result.total > 0 ? ` ${m.alsoSearched(inCaseOf(query, result.correctedTo))}` : null}
            {filtered ? (
              <>
                {' '}
                <a href={searchHref({ ...values, typ: undefined, handlungsfeld: undefined }, 1)}>{m.reset}</a>
              </>
            ) : null}
          </p>
          {result.total === 0 ? (
            <NoResults ctx={ctx} query={query} />
          ) : (
            <ul class="kern-list dk-search-results">
              {result.items.map((hit) => (
                <Hit key={`${hit.feature}:${hit.refId}`} ctx={ctx} hit={hit} />
              ))}
            </ul>
          )}
          <Pagination ctx={ctx} page={values.seite} pages={pages} href={(n) => searchHref(values, n)} />
        </section>
      )}
    </Layout>
  );
}
