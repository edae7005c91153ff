import type { ViewContext } from '../../../platform/views/context.ts';
import { Table } from '../../../platform/views/components/content.tsx';
import { Layout } from '../../../platform/views/layout.tsx';
import { API_DOCUMENTATION_PATH, CATALOGUE_PATH, DATASETS, downloadPath, FORMATS, LICENCE_TEXT_URL, OPENAPI_PATH } from '../datasets.ts';
import { FEEDS, isLinkable } from '../feeds.ts';

function Downloads(props: { ctx: ViewContext }) {
  const m = props.ctx.t.openData;
  return (
    <>
      <h2 class="kern-heading-large" id="downloads">
        {m.downloads.title}
      </h2>
      <p class="kern-body">{m.downloads.lead}</p>
      <Table
        caption={m.downloads.caption}
        head={m.downloads.head}
        rows={DATASETS.map((set) => {
          const texts = m.datasets[set.key];
          return [
            texts.title,
            texts.description,
            <ul class="kern-list">
              {FORMATS.map((format) => (
                <li key={format.extension}>
                  <a href={downloadPath(set, format)} download>
                    {format.label}
                    <span class="kern-sr-only">: {texts.title}</span>
                  </a>
                </li>
              ))}
            </ul>,
          ];
        })}
      />
    </>
  );
}

function Feeds(props: { ctx: ViewContext }) {
  const m = props.ctx.t.openData.feeds;
  return (
    <>
      <h2 class="kern-heading-large" id="feeds">
        {m.title}
      </h2>
      <p class="kern-body">{m.lead}</p>
      <Table
        caption={m.caption}
        head={m.head}
        rows={FEEDS.map((feed) => {
          const texts = m.entries[feed.key];
          return [
            isLinkable(feed) ? <a href={feed.route}>{texts.title}</a> : texts.title,
            isLinkable(feed) ? m[feed.format] : `${m[feed.format]}, ${m.perDate}`,
            texts.body,
          ];
        })}
      />
    </>
  );
}

/** What the programme publishes for re-use, under which licence, and where. */
export function OpenDataPage(props: { ctx: ViewContext }) {
  const { ctx } = props;
  const m = ctx.t.openData;
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[{ label: m.title }]}>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body kern-body--large">{m.lead}</p>
      <h2 class="kern-heading-large" id="lizenz">
        {m.licence.title}
      </h2>
      <p class="kern-body">
        {m.licence.body} <q>{m.licence.attribution(ctx.site.siteName)}</q>
      </p>
      <p class="kern-body">
        <a href={LICENCE_TEXT_URL}>{m.licence.link}</a>
      </p>
      <p class="kern-body">{m.licence.personal}</p>
      <Downloads ctx={ctx} />
      <h2 class="kern-heading-large" id="api">
        {m.api.title}
      </h2>
      <p class="kern-body">{m.api.body}</p>
      <ul class="kern-list">
        <li>
          <a href={API_DOCUMENTATION_PATH}>{m.api.documentation}</a>
        </li>
        <li>
          <a href={OPENAPI_PATH}>{m.api.openapi}</a>
        </li>
      </ul>
      <Feeds ctx={ctx} />
      <h2 class="kern-heading-large" id="katalog">
        {m.catalogue.title}
      </h2>
      <p class="kern-body">{m.catalogue.body}</p>
      <p class="kern-body">
        <a href={CATALOGUE_PATH}>{m.catalogue.link}</a>
      </p>
    </Layout>
  );
}
