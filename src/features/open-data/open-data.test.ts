import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { TestClient } from '../../platform/testing/client.ts';
import { createTestRuntime, eachBackend, type TestRuntime } from '../../testing/harness.ts';
import { FEEDS, isLinkable } from './feeds.ts';

type Node = Record<string, unknown>;
const EU = 'http://publications.europa.eu/resource/authority';
const LICENCE = 'http://dcat-ap.de/def/licenses/dl-by-de/2.0';

/** An RDF resource given by its address: `{ "@id": "…" }`. */
const idOf = (value: unknown) => (value as { '@id'?: unknown } | undefined)?.['@id'];
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** Texts in German and English, as the catalogue gives titles and descriptions. */
function assertBilingual(value: unknown, what: string): void {
  const languages = list(value).map((v) => {
    const literal = v as { '@value'?: unknown; '@language'?: unknown };
    assert.ok(typeof literal['@value'] === 'string' && literal['@value'].length > 0, `${what} has text`);
    return literal['@language'];
  });
  assert.deepEqual(languages.sort(), ['de', 'en'], `${what} in German and English`);
}

function assertHas(node: Node, properties: string[], what: string): void {
  for (const p of properties) assert.ok(node[p] !== undefined && list(node[p]).length > 0, `${what} has ${p}`);
}

eachBackend('open data', (backend) => {
  let rt: TestRuntime;
  let base: string;
  const visitor = () => new TestClient(rt.app);

  before(async () => {
    rt = await createTestRuntime(backend);
    base = rt.deps.config.baseUrl;
  });
  after(async () => {
    await rt.close();
  });

  it('publishes a DCAT-AP.de catalogue with every mandatory and the recommended properties', async () => {
    const res = await visitor().get('/offene-daten/katalog.jsonld');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^application\/ld\+json/);
    const catalogue = JSON.parse(res.body) as Node;
    const context = catalogue['@context'] as Record<string, string>;
    assert.equal(context.dcat, 'http://www.w3.org/ns/dcat#');
    assert.equal(context.dct, 'http://purl.org/dc/terms/');
    assert.equal(context.dcatde, 'http://dcat-ap.de/def/dcatde/');

    // Catalogue: title, description, publisher and datasets are mandatory.
    assert.equal(catalogue['@type'], 'dcat:Catalog');
    assertHas(catalogue, ['dct:title', 'dct:description', 'dct:publisher', 'dcat:dataset', 'foaf:homepage', 'dct:language', 'dct:license'], 'the catalogue');
    assertBilingual(catalogue['dct:title'], 'the catalogue’s title');
    assertBilingual(catalogue['dct:description'], 'the catalogue’s description');
    const publisher = catalogue['dct:publisher'] as Node;
    assert.equal(publisher['@type'], 'foaf:Agent');
    assert.equal(publisher['foaf:name'], (await rt.deps.settings.get()).siteName);

    const datasets = list(catalogue['dcat:dataset']) as Node[];
    assert.equal(datasets.length, 3);
    const ids = new Set<unknown>();
    for (const dataset of datasets) {
      const name = String(dataset['@id']);
      assert.equal(dataset['@type'], 'dcat:Dataset');
      // mandatory: title, description; DCAT-AP.de: publisher, licence (on the distributions); recommended: the rest
      assertHas(
        dataset,
        [
          'dct:title',
          'dct:description',
          'dct:identifier',
          'dct:publisher',
          'dcat:contactPoint',
          'dct:accessRights',
          'dct:license',
          'dcat:theme',
          'dcat:keyword',
          'dcat:distribution',
        ],
        name,
      );
      assertBilingual(dataset['dct:title'], `${name} title`);
      assertBilingual(dataset['dct:description'], `${name} description`);
      assert.ok(!ids.has(dataset['dct:identifier']), 'identifiers are unique');
      ids.add(dataset['dct:identifier']);
      assert.equal(idOf(dataset['dct:publisher']), publisher['@id']);
      assert.equal(idOf(dataset['dct:license']), LICENCE);
      assert.equal(idOf(dataset['dct:accessRights']), `${EU}/access-right/PUBLIC`);
      for (const theme of list(dataset['dcat:theme'])) assert.match(String(idOf(theme)), new RegExp(`^${EU}/data-theme/[A-Z]{4}$`));
      assert.ok(list(dataset['dcat:theme']).some((t) => idOf(t) === `${EU}/data-theme/GOVE`));
      assert.equal((dataset['dcat:contactPoint'] as Node)['@type'], 'vcard:Organization');

      const distributions = list(dataset['dcat:distribution']) as Node[];
      assert.deepEqual(distributions.map((d) => idOf(d['dct:format'])).sort(), [`${EU}/file-type/CSV`, `${EU}/file-type/JSON`]);
      for (const distribution of distributions) {
        assert.equal(distribution['@type'], 'dcat:Distribution');
        // mandatory: accessURL; DCAT-AP.de: licence; recommended: format, media type, download URL, title
        assertHas(
          distribution,
          ['dcat:accessURL', 'dct:license', 'dct:format', 'dcat:mediaType', 'dcat:downloadURL', 'dct:title', 'dcatde:licenseAttributionByText'],
          String(distribution['@id']),
        );
        assert.equal(idOf(distribution['dct:license']), LICENCE);
        assert.match(String(idOf(distribution['dcat:mediaType'])), /^https:\/\/www\.iana\.org\/assignments\/media-types\/(text\/csv|application\/json)$/);
        const url = String(idOf(distribution['dcat:downloadURL']));
        assert.equal(idOf(distribution['dcat:accessURL']), url);
        assert.match(url, new RegExp(`^${base}/offene-daten/(veranstaltungen|gefoerderte-projekte|loesungen)\\.(csv|json)$`), 'absolute download addresses');
      }
    }
  });

  it('names the state portal’s contributor ID on every dataset once the operator set it, and none before', async () => {
    const datasets = async () => list((JSON.parse((await visitor().get('/offene-daten/katalog.jsonld')).body) as Node)['dcat:dataset']) as Node[];
    assert.ok((await datasets()).every((d) => d['dcatde:contributorID'] === undefined));
    const contributor = 'http://dcat-ap.de/def/contributors/schleswigHolstein';
    rt.deps.config.openDataContributorId = contributor;
    try {
      for (const dataset of await datasets()) assert.equal(idOf(dataset['dcatde:contributorID']), contributor);
    } finally {
      rt.deps.config.openDataContributorId = undefined;
    }
  });

  it('links downloads that answer', async () => {
    const catalogue = JSON.parse((await visitor().get('/offene-daten/katalog.jsonld')).body) as Node;
    const urls = (list(catalogue['dcat:dataset']) as Node[]).flatMap((d) =>
      (list(d['dcat:distribution']) as Node[]).map((x) => String(idOf(x['dcat:downloadURL']))),
    );
    assert.equal(urls.length, 6);
    for (const url of urls) {
      const res = await visitor().get(url.slice(base.length));
      assert.equal(res.statusCode, 200, url);
    }
  });

  it('lists every feed of the platform on the open-data page, with the downloads, the API and the catalogue', async () => {
    const feedRoutes = new Set(rt.app.registeredRoutes.filter((r) => r.method === 'GET' && /\.(ics|atom|rss)$|\/feed($|\.)/.test(r.url)).map((r) => r.url));
    assert.ok(feedRoutes.size >= 4, 'the app has its feeds');
    assert.deepEqual(
      [...feedRoutes].filter((route) => !FEEDS.some((f) => f.route === route)),
      [],
      'feeds missing from the open-data page',
    );
    assert.deepEqual(
      FEEDS.filter((f) => !feedRoutes.has(f.route)).map((f) => f.route),
      [],
      'entries for feeds that do not exist',
    );

    const page = await visitor().get('/offene-daten');
    assert.equal(page.statusCode, 200);
    for (const feed of FEEDS.filter(isLinkable)) assert.match(page.body, new RegExp(`href="${feed.route.replace(/\./g, '\\.')}"`));
    assert.match(page.body, /Kalenderdatei eines Termins/);
    for (const file of ['veranstaltungen', 'gefoerderte-projekte', 'loesungen']) {
      for (const extension of ['csv', 'json']) assert.match(page.body, new RegExp(`href="/offene-daten/${file}\\.${extension}"`));
    }
    assert.match(page.body, /href="\/api\/v1\/openapi\.json"/);
    assert.match(page.body, /href="\/offene-daten\/katalog\.jsonld"/);
    assert.match(page.body, /Datenlizenz Deutschland – Namensnennung – Version 2\.0/);
  });
});
