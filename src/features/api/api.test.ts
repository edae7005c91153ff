import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { queryRows } from '../../platform/db/client.ts';
import { seedDemoContent } from '../../runtime.ts';
import { TestClient } from '../../platform/testing/client.ts';
import { DEMO_PASSWORD } from '../accounts/seed.ts';
import { createTestRuntime, eachBackend, type TestRuntime } from '../../testing/harness.ts';
import { readOperations } from './read/operations.ts';
import { checkJsonSchema } from './testing/json-schema.ts';

type Json = Record<string, unknown>;
type Page = { items: Json[]; paging: { page: number; perPage: number; totalItems: number; totalPages: number }; links: Record<string, string | null> };

eachBackend('api: the read API, its document and the open-data files', (backend) => {
  let rt: TestRuntime;
  let document: Json;
  const drafts: Record<string, string> = {};

  const call = async (url: string, options: Omit<InjectOptions, 'url'> = {}) => rt.app.inject({ method: 'GET', url, ...options });
  const json = async <T = Json>(url: string): Promise<T> => {
    const res = await call(url);
    assert.equal(res.statusCode, 200, `${url}: ${res.body}`);
    return res.json() as T;
  };
  const components = () => (document.components as { schemas: Record<string, Json> }).schemas;

  before(async () => {
    rt = await createTestRuntime(backend);
    await seedDemoContent(rt.deps);
    // a draft of each kind, the demo's own or a published record set back: none may be listed
    const draftOf = async (table: string) => {
      const [existing] = await queryRows<{ id: string }>(rt.deps.db, sql`select id from ${sql.raw(table)} where status = 'draft' order by id limit 1`);
      const rows = existing
        ? [existing]
        : await queryRows<{ id: string }>(
            rt.deps.db,
            sql`update ${sql.raw(table)} set status = 'draft' where id = (select id from ${sql.raw(table)} where status = 'published' order by id limit 1) returning id`,
          );
      drafts[table] = rows[0]!.id;
    };
    for (const table of ['events', 'knowledge_items', 'solutions', 'challenges', 'strategies']) await draftOf(table);
    document = await json('/api/v1/openapi.json');
  });
  after(async () => rt.close());

  it('serves a valid OpenAPI 3.1 document of every operation the features hand in', () => {
    assert.equal(document.openapi, '3.1.0');
    const info = document.info as Json;
    assert.ok(info.title && info.version);
    assert.deepEqual(document.servers, [{ url: 'http://localhost/api/v1' }]);
    const paths = document.paths as Record<string, Record<string, Json>>;
    const ids = new Set<string>();
    for (const op of rt.deps.apiOperations) {
      const described = paths[op.path]?.[op.method];
      assert.ok(described, `${op.method} ${op.path} is in the document`);
      assert.ok(!ids.has(op.operationId), `operationId ${op.operationId} is unique`);
      ids.add(op.operationId);
      assert.deepEqual(described.tags, [op.tag]);
      assert.ok(typeof described.summary === 'string' && described.summary.length > 0);
      const responses = described.responses as Record<string, Json>;
      assert.ok(responses[String(op.successStatus ?? 200)], `${op.operationId} has its success answer`);
      assert.ok(responses['400'] && responses['429'], `${op.operationId} names its problems`);
      // every {name} of the path is a required path parameter, and every parameter is complete
      const parameters = (described.parameters ?? []) as Json[];
      for (const name of op.path.match(/\{(\w+)\}/g) ?? []) {
        assert.ok(
          parameters.some((p) => p.in === 'path' && p.name === name.slice(1, -1) && p.required === true),
          `${op.operationId} ${name}`,
        );
      }
      for (const p of parameters) assert.ok(p.name && p.in && p.schema && p.description, `${op.operationId} parameter ${String(p.name)} is described`);
      if (op.scope) {
        assert.deepEqual(described.security, [{ bearerToken: [op.scope] }]);
        assert.ok(responses['401'] && responses['403']);
      }
      // the route exists with the method the document says
      assert.ok(
        rt.app.registeredRoutes.some((r) => r.method === op.method.toUpperCase() && r.url === `/api/v1${op.path.replace(/\{(\w+)\}/g, ':$1')}`),
        `${op.operationId} has a route`,
      );
    }
    for (const read of readOperations) assert.ok(ids.has(read.operation.operationId));
    const security = (document.components as Json).securitySchemes as Json;
    assert.deepEqual((security.bearerToken as Json).type, 'http');
    // every reference resolves, and nothing is left of zod's local $defs
    const text = JSON.stringify(document);
    assert.ok(!text.includes('#/$defs/'));
    for (const [, ref] of text.matchAll(/"\$ref":"([^"]+)"/g)) {
      const [, kind, name] = ref!.match(/^#\/components\/(schemas|responses)\/(\w+)$/) ?? [];
      assert.ok(kind && name && ((document.components as Record<string, Json>)[kind] as Json)[name], `${ref} resolves`);
    }
    // every field of every schema is described for people, in the reader's language
    for (const [name, schema] of Object.entries(components())) {
      for (const [field, property] of Object.entries((schema.properties ?? {}) as Record<string, Json>)) {
        const described = property.description ?? ((property.$ref as string | undefined) && 'by reference');
        assert.ok(typeof described === 'string' && !described.startsWith('catalogue:'), `${name}.${field} is described`);
      }
    }
  });

  it('answers every read on demo data as the document says, drafts left out', async () => {
    const paths = document.paths as Record<string, Record<string, Json>>;
    const firstEvent = (await json<Page>('/api/v1/events?per_page=100')).items[0]!;
    for (const { operation } of readOperations) {
      const url = `/api/v1${operation.path.replace('{id}', String(firstEvent.id))}${operation.query ? '?per_page=100' : ''}`;
      const body = await json(url);
      const schema = (paths[operation.path]!.get!.responses as Json)['200'] as { content: Record<string, { schema: Json }> };
      assert.deepEqual(checkJsonSchema(body, schema.content['application/json']!.schema, components()), [], `${url} fits the document`);
      assert.ok(operation.response.safeParse(body).success, `${url} fits the zod schema`);
      if (operation.query) assert.ok((body as Page).items.length > 0, `${url} lists demo records`);
      const text = JSON.stringify(body);
      for (const id of Object.values(drafts)) assert.ok(!text.includes(id), `${url} leaves the draft ${id} out`);
      assert.ok(!/@demo\.digitale-kommune\.de|contactEmail|contactName|streamUrl/.test(text), `${url} holds no personal data`);
    }
    const draft = await call(`/api/v1/events/${drafts.events}`);
    assert.equal(draft.statusCode, 404);
    assert.equal(draft.headers['content-type'], 'application/problem+json; charset=utf-8');
  });

  it('pages with links, says 404 beyond the last page and 400 for bad paging, never 500', async () => {
    const all = await json<Page>('/api/v1/solutions?per_page=100');
    assert.ok(all.paging.totalItems >= 3);
    const second = await json<Page>('/api/v1/solutions?page=2&per_page=1');
    assert.equal(second.items[0]!.id, all.items[1]!.id, 'page 2 of one is the second record');
    assert.equal(second.paging.totalPages, all.paging.totalItems);
    assert.equal(second.links.prev, 'http://localhost/api/v1/solutions?page=1&per_page=1');
    assert.equal(second.links.next, 'http://localhost/api/v1/solutions?page=3&per_page=1');

    const beyond = await call(`/api/v1/solutions?page=${all.paging.totalItems + 1}&per_page=1`);
    assert.equal(beyond.statusCode, 404);
    assert.equal(beyond.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.equal(beyond.json().status, 404);

    for (const bad of ['per_page=0', 'per_page=abc', 'per_page=101', 'page=0', 'page=-1', 'page=1.5', 'colour=blue', 'from=2026-13-01', 'state=later']) {
      const url = bad.startsWith('state') ? `/api/v1/challenges?${bad}` : `/api/v1/events?${bad}`;
      const res = await call(url);
      assert.equal(res.statusCode, 400, url);
      const problem = res.json() as { type: string; title: string; status: number; detail: string; errors: { path: string; message: string }[] };
      assert.equal(problem.type, 'about:blank');
      assert.equal(problem.status, 400);
      assert.ok(problem.title && problem.detail && problem.errors.length > 0, url);
      assert.ok(
        problem.errors.every((e) => e.path.startsWith('query')),
        url,
      );
    }
    const unknown = await call('/api/v1/events/00000000-0000-4000-8000-000000000000');
    assert.equal(unknown.statusCode, 404);
    const nowhere = await call('/api/v1/nothing-here');
    assert.equal(nowhere.statusCode, 404);
    assert.equal(nowhere.headers['content-type'], 'application/problem+json; charset=utf-8');
    const empty = await json<Page>('/api/v1/events?from=2099-01-01');
    assert.deepEqual([empty.items.length, empty.paging.totalPages], [0, 1], 'an empty list has one empty page');
  });

  it('filters each list', async () => {
    const events = (await json<Page>('/api/v1/events?per_page=100')).items as {
      id: string;
      fieldsOfAction: string[];
      dates: { startsAt: string; online: boolean }[];
    }[];
    const firstStart = events[0]!.dates[0]!.startsAt.slice(0, 10);
    const from = await json<Page>(`/api/v1/events?from=${firstStart}&to=${firstStart}&per_page=100`);
    assert.ok(from.items.length > 0 && from.items.length < events.length);
    for (const e of from.items as typeof events) assert.ok(e.dates.some((d) => d.startsAt.slice(0, 10) <= firstStart));
    assert.equal((await call('/api/v1/events?from=2026-05-02&to=2026-05-01')).statusCode, 400);
    const online = (await json<Page>('/api/v1/events?format=online&per_page=100')).items as typeof events;
    assert.ok(online.every((e) => e.dates.some((d) => d.online)));

    const solutions = (await json<Page>('/api/v1/solutions?open_source=true&per_page=100')).items;
    assert.ok(solutions.length > 0 && solutions.every((s) => s.openSource === true));
    const field = (solutions[0]!.fieldsOfAction as string[])[0]!;
    const inField = (await json<Page>(`/api/v1/solutions?field_of_action=${field}&per_page=100`)).items;
    assert.ok(inField.length > 0 && inField.every((s) => (s.fieldsOfAction as string[]).includes(field)));

    const decided = (await json<Page>('/api/v1/challenges?state=decided&per_page=100')).items;
    assert.ok(decided.every((c) => c.phase === 'decided'));
    const projects = (await json<Page>('/api/v1/funded-projects?per_page=100')).items as { startsOn: string; endsOn: string }[];
    const year = Number(projects[0]!.startsOn.slice(0, 4));
    const ofYear = (await json<Page>(`/api/v1/funded-projects?year=${year}&per_page=100`)).items as typeof projects;
    assert.ok(ofYear.length > 0 && ofYear.every((p) => Number(p.startsOn.slice(0, 4)) <= year && Number(p.endsOn.slice(0, 4)) >= year));
    assert.equal((await json<Page>(`/api/v1/funded-projects?year=${year + 50}`)).paging.totalItems, 0);
    const guides = (await json<Page>('/api/v1/knowledge?type=guide&per_page=100')).items;
    assert.ok(guides.length > 0 && guides.every((k) => k.type === 'guide'));
    assert.ok(!(await json<Page>('/api/v1/knowledge?per_page=100')).items.some((k) => k.type === 'news'), 'news have their own list');
  });

  it('lets any website read, answers the preflight, and a cookie changes nothing', async () => {
    const anonymous = await call('/api/v1/strategies');
    assert.equal(anonymous.headers['access-control-allow-origin'], '*');
    assert.equal(anonymous.headers['access-control-allow-credentials'], undefined);
    const client = new TestClient(rt.app);
    assert.equal((await client.login('admin@demo.digitale-kommune.de', DEMO_PASSWORD)).statusCode, 303);
    const signedIn = await client.get('/api/v1/strategies');
    assert.equal(signedIn.body, anonymous.body, 'the same answer with a session');

    const preflight = await call('/api/v1/events', { method: 'OPTIONS', headers: { origin: 'https://example.org', 'access-control-request-method': 'GET' } });
    assert.equal(preflight.statusCode, 204);
    assert.equal(preflight.headers['access-control-allow-origin'], '*');
    assert.equal(preflight.headers['access-control-allow-methods'], 'GET, HEAD, OPTIONS', 'no write from a browser of another site');
    assert.equal((await call('/api/v1/openapi.json')).headers['access-control-allow-origin'], '*');
  });

  it('offers the same records as CSV and JSON files', async () => {
    const events = (await json<Page>('/api/v1/events?per_page=100')).items as { dates: unknown[] }[];
    const projects = (await json<Page>('/api/v1/funded-projects?per_page=100')).items;
    const solutions = (await json<Page>('/api/v1/solutions?per_page=100')).items;
    const expected = {
      veranstaltungen: { items: events, rows: events.reduce((n, e) => n + e.dates.length, 0), header: 'Kennung;Titel;Kurzbeschreibung;Veranstalter' },
      'gefoerderte-projekte': { items: projects, rows: projects.length, header: 'Kennung;Kommune;Titel' },
      loesungen: { items: solutions, rows: solutions.length, header: 'Kennung;Titel;Kurzbeschreibung;Handlungsfelder;Reifegrad' },
    };
    for (const [name, want] of Object.entries(expected)) {
      const file = await call(`/offene-daten/${name}.json`);
      assert.equal(file.statusCode, 200);
      assert.deepEqual((file.json() as { items: unknown[] }).items, want.items, `${name}.json holds what the API lists`);
      assert.match(String(file.headers['content-disposition']), new RegExp(`filename="${name}\\.json"`));
      const modified = String(file.headers['last-modified']);
      assert.ok(!Number.isNaN(Date.parse(modified)), `${name}.json has Last-Modified`);
      assert.equal((await call(`/offene-daten/${name}.json`, { headers: { 'if-modified-since': modified } })).statusCode, 304);

      const csv = await call(`/offene-daten/${name}.csv`);
      assert.equal(csv.headers['content-type'], 'text/csv; charset=utf-8');
      assert.ok(csv.body.startsWith(`\ufeff${want.header}`), `${name}.csv has German headers`);
      assert.equal(csv.body.trimEnd().split('\r\n').length, want.rows + 1, `${name}.csv has a row per record (per date for events)`);
      assert.ok(csv.headers['last-modified']);
      for (const id of Object.values(drafts)) assert.ok(!csv.body.includes(id), `${name}.csv leaves drafts out`);
    }
  });

  it('documents every operation on a page of its own, without outside requests', async () => {
    const page = await call('/api/dokumentation');
    assert.equal(page.statusCode, 200);
    for (const op of rt.deps.apiOperations) assert.ok(page.body.includes(`id="op-${op.operationId}"`), op.operationId);
    assert.ok(page.body.includes('href="http://localhost/api/v1/openapi.json"'));
    assert.ok(page.body.includes('id="schema-Event"') && page.body.includes('href="#schema-EventDate"'));
    assert.ok(!/(src|href)="https?:\/\/(?!localhost)/.test(page.body), 'no address outside the site');
    const english = await call('/api/dokumentation', { cookies: { dk_lang: 'en' } });
    assert.match(english.body, /<h1 class="kern-heading-x-large">API documentation<\/h1>/);
    const englishDocument = (await call('/api/v1/openapi.json', { cookies: { dk_lang: 'en' } })).json() as { info: { title: string } };
    assert.equal(englishDocument.info.title, 'Digitale Kommune – API');
  });
});
