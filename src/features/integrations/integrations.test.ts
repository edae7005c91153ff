import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { sha256 } from '../../platform/crypto.ts';
import { queryRows } from '../../platform/db/client.ts';
import { TestClient } from '../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../testing/harness.ts';
import { bearerToken, tokenHashOf } from './token.ts';

const TOKENS = '/verwaltung/schnittstellen';
const ISSUE = `${TOKENS}/neu`;
const TOKEN_PATTERN = /dk_[0-9a-f]{8}_[A-Za-z0-9_-]{43}/;

/** The Süderbrarup kick-off of the action plan (seed 000), as another portal's calendar would send it. */
function eventBody(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Auftakt und Workshop: Digitale Modellkommunen',
    summary: 'Auftakt des Aktionsplans Digitale Modellkommunen mit Workshop.',
    organiser: 'Ministerium für Inneres, ländliche Räume, Integration und Gleichstellung',
    description: 'Chancen der Digitalisierung der Daseinsvorsorge: Vorstellung des Aktionsplans Digitale Modellkommunen.',
    audience: 'Vertreterinnen und Vertreter der schleswig-holsteinischen Kommunalpolitik und -verwaltung',
    consentText: 'Ich bin einverstanden, dass meine Angaben zur Organisation der Veranstaltung gespeichert werden.',
    dates: [
      {
        format: 'praesenz',
        placeName: 'Nordlicht Schule',
        street: 'Kappelner Straße 27b',
        postcode: '24392',
        town: 'Süderbrarup',
        startsAt: '2027-09-30T17:00:00+02:00',
        endsAt: '2027-09-30T20:00:00+02:00',
        doorsOpenAt: '2027-09-30T16:30:00+02:00',
        registrationDeadline: '2027-09-23T23:59:00+02:00',
        seats: 120,
      },
    ],
    ...overrides,
  };
}

const newsBody = {
  title: 'Netzwerk Digitale Kommune erfolgreich gestartet',
  summary: 'Das Netzwerk Digitale Kommune ist mit Online-Veranstaltungen gestartet.',
  body: 'Das **Netzwerk Digitale Kommune** verbindet die Modellkommunen.',
  audiences: ['verwaltung'],
  tags: ['Netzwerk'],
};

eachBackend('API tokens and the writes of integrations', (backend) => {
  let rt: TestRuntime;
  let admin: TestClient;
  let key = 0;

  const count = async (table: 'events' | 'event_dates' | 'knowledge_items' | 'api_tokens') =>
    (await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]!.n;

  /** One write of an integration; a new Idempotency-Key each time unless one is given. */
  const write = (path: string, options: { token?: string | undefined; body?: unknown; key?: string | null; payload?: string; address?: string }) =>
    rt.app.inject({
      method: 'POST',
      url: `/api/v1${path}`,
      headers: {
        'content-type': 'application/json',
        ...(options.token !== undefined ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.key === null ? {} : { 'idempotency-key': options.key ?? `test-key-${++key}` }),
      },
      payload: options.payload ?? JSON.stringify(options.body ?? {}),
      ...(options.address ? { remoteAddress: options.address } : {}),
    });

  async function issue(fields: Record<string, string | string[]>): Promise<string> {
    await admin.get(ISSUE);
    const res = await admin.postForm(ISSUE, { expiresOn: '', ...fields });
    assert.equal(res.statusCode, 200, res.body.slice(0, 300));
    return res.body.match(TOKEN_PATTERN)![0];
  }

  before(async () => {
    rt = await createTestRuntime(backend);
    const a = await createTestUser(rt.deps, { siteRole: 'admin' });
    admin = new TestClient(rt.app);
    await admin.login(a.email, a.password);
  });
  after(async () => {
    await rt.close();
  });

  describe('issuing and revoking (administrators)', () => {
    it('shows a token exactly once, stores only its hash, audits without it, and issues nothing twice on a double submit', async () => {
      await admin.get(ISSUE);
      const first = await admin.postForm(ISSUE, { name: 'Veranstaltungskalender Süderbrarup', scopes: ['events:write', 'news:write'], expiresOn: '' });
      assert.equal(first.statusCode, 200);
      assert.equal(first.headers['cache-control'], 'no-store');
      const token = first.body.match(TOKEN_PATTERN)?.[0];
      assert.ok(token, 'the confirmation page shows the token');

      const again = await admin.postForm(ISSUE, { name: 'Veranstaltungskalender Süderbrarup', scopes: ['events:write', 'news:write'], expiresOn: '' });
      assert.equal(again.statusCode, 303, 'the second submit of the same form');
      const list = await admin.followRedirect(again);
      assert.doesNotMatch(list.body, TOKEN_PATTERN, 'the token is never shown again');
      assert.match(list.body, /bereits abgeschickt/);
      assert.match(list.body, /Veranstaltungskalender Süderbrarup/);

      const rows = await queryRows<Record<string, unknown>>(rt.deps.db, sql`select * from api_tokens where name = 'Veranstaltungskalender Süderbrarup'`);
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.token_hash, sha256(token));
      assert.equal(rows[0]!.prefix, token.slice(0, 11));
      assert.doesNotMatch(JSON.stringify(rows), new RegExp(token.slice(12)), 'the secret is stored nowhere');
      const audit = await queryRows<{ after: unknown }>(rt.deps.db, sql`select after from audit_log where action = 'apiToken.issue'`);
      assert.equal(audit.length, 1);
      assert.doesNotMatch(JSON.stringify(audit), new RegExp(token.slice(12)), 'nor in the audit log');
    });

    it('refuses a form without name or permission, or with an expiry in the past, keeping what was typed', async () => {
      const before = await count('api_tokens');
      await admin.get(ISSUE);
      const empty = await admin.postForm(ISSUE, { name: '  ', expiresOn: '2027-13-01' });
      assert.equal(empty.statusCode, 400);
      assert.match(empty.body, /Es gibt ein Problem/);
      assert.match(empty.body, /href="#f-name">Geben Sie an, wofür das Token ist/);
      assert.match(empty.body, /Wählen Sie mindestens eine Berechtigung/);
      assert.match(empty.body, /value="2027-13-01"/);
      const forged = await admin.postForm(ISSUE, { name: 'X', scopes: ['admin:everything'], expiresOn: '' });
      assert.equal(forged.statusCode, 400);
      await admin.get(ISSUE);
      const past = await admin.postForm(ISSUE, { name: 'Newsroom Amt Süderbrarup', scopes: 'news:write', expiresOn: '2020-01-01' });
      assert.equal(past.statusCode, 400);
      assert.match(past.body, /Das Ablaufdatum muss heute oder später sein/);
      assert.match(past.body, /value="Newsroom Amt Süderbrarup"/);
      assert.equal(await count('api_tokens'), before, 'nothing was stored');
    });

    it('revokes after a confirmation, once, and audits it', async () => {
      const token = await issue({ name: 'Zum Widerrufen', scopes: 'news:write' });
      const [row] = await queryRows<{ id: string }>(rt.deps.db, sql`select id from api_tokens where name = 'Zum Widerrufen'`);
      const page = await admin.get(`${TOKENS}/${row!.id}/widerrufen`);
      assert.match(page.body, /Token „Zum Widerrufen“ widerrufen\?/);
      const res = await admin.postForm(`${TOKENS}/${row!.id}/widerrufen`, {});
      assert.equal(res.statusCode, 303);
      assert.match((await admin.followRedirect(res)).body, /Das Token wurde widerrufen/);
      const twice = await admin.postForm(`${TOKENS}/${row!.id}/widerrufen`, {}, { csrfFrom: TOKENS });
      assert.match((await admin.followRedirect(twice)).body, /bereits widerrufen/);
      const audit = await queryRows<{ n: number }>(
        rt.deps.db,
        sql`select count(*)::int as n from audit_log where action = 'apiToken.revoke' and subject_id = ${row!.id}`,
      );
      assert.equal(audit[0]!.n, 1);
      const refused = await write('/news', { token, body: newsBody });
      assert.equal(refused.statusCode, 401, 'a revoked token is refused at once');
    });
  });

  describe('writes through the API', () => {
    let both: string;
    let eventsOnly: string;

    before(async () => {
      both = await issue({ name: 'Kalender und Newsroom', scopes: ['events:write', 'news:write'] });
      eventsOnly = await issue({ name: 'Nur Veranstaltungen', scopes: 'events:write' });
    });

    it('creates a draft event with its dates, audited under the token, and a retry with the same key stores nothing again', async () => {
      const events = await count('events');
      const res = await write('/events', { token: both, body: eventBody(), key: 'kalender-4711' });
      assert.equal(res.statusCode, 201, res.body);
      const created = res.json() as { id: string; status: string; editorUrl: string };
      assert.equal(created.status, 'draft');
      assert.match(created.editorUrl, new RegExp(`/verwaltung/veranstaltungen/${created.id}$`));
      assert.equal(res.headers.location, created.editorUrl);
      const [event] = await queryRows<{ status: string; created_by: string | null }>(
        rt.deps.db,
        sql`select status, created_by from events where id = ${created.id}`,
      );
      assert.deepEqual(event, { status: 'draft', created_by: null });
      const dates = await queryRows<{ town: string; seats: number }>(rt.deps.db, sql`select town, seats from event_dates where event_id = ${created.id}`);
      assert.deepEqual(dates, [{ town: 'Süderbrarup', seats: 120 }]);

      const [token] = await queryRows<{ id: string; last_used_at: Date | null }>(
        rt.deps.db,
        sql`select id, last_used_at from api_tokens where name = 'Kalender und Newsroom'`,
      );
      assert.ok(token!.last_used_at, 'the use is noted');
      const audit = await queryRows<{ actor_id: string | null; actor_label: string }>(
        rt.deps.db,
        sql`select actor_id, actor_label from audit_log where action = 'event.create' and subject_id = ${created.id}`,
      );
      assert.deepEqual(audit, [{ actor_id: null, actor_label: `API-Token „Kalender und Newsroom“ (${token!.id})` }]);

      const retry = await write('/events', { token: both, body: eventBody(), key: 'kalender-4711' });
      assert.equal(retry.statusCode, 201);
      assert.equal(retry.headers['idempotent-replayed'], 'true');
      assert.equal((retry.json() as { id: string }).id, created.id);
      assert.equal(await count('events'), events + 1, 'the retry stored nothing');
    });

    it('creates a draft news item with news:write', async () => {
      const res = await write('/news', { token: both, body: newsBody });
      assert.equal(res.statusCode, 201, res.body);
      const { id } = res.json() as { id: string };
      const [item] = await queryRows<{ type: string; status: string; tags: string[] }>(
        rt.deps.db,
        sql`select type, status, tags from knowledge_items where id = ${id}`,
      );
      assert.deepEqual(item, { type: 'news', status: 'draft', tags: ['Netzwerk'] });
    });

    it('answers a token without the scope with 403 and stores nothing', async () => {
      const items = await count('knowledge_items');
      const res = await write('/news', { token: eventsOnly, body: newsBody });
      assert.equal(res.statusCode, 403);
      assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
      assert.equal(res.headers['www-authenticate'], 'Bearer realm="api", error="insufficient_scope", scope="news:write"');
      assert.equal((res.json() as { status: number }).status, 403);
      assert.equal(await count('knowledge_items'), items);
    });

    it('answers missing, forged, malformed, revoked and expired tokens with 401 and stores nothing', async () => {
      const events = await count('events');
      const missing = await write('/events', { body: eventBody() });
      assert.equal(missing.statusCode, 401);
      assert.equal(missing.headers['www-authenticate'], 'Bearer realm="api"');
      const forged = `dk_${both.slice(3, 11)}_${'A'.repeat(43)}`;
      for (const token of [forged, 'dk_nonsense', `${both}x`, both.toUpperCase()]) {
        const res = await write('/events', { token, body: eventBody() });
        assert.equal(res.statusCode, 401, token);
        assert.equal(res.headers['www-authenticate'], 'Bearer realm="api", error="invalid_token"');
        assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
        const problem = res.json() as Record<string, unknown>;
        assert.deepEqual(Object.keys(problem).sort(), ['detail', 'status', 'title', 'type']);
        assert.equal(problem.type, 'about:blank');
      }
      const expiring = await issue({ name: 'Läuft ab', scopes: 'events:write' });
      await rt.deps.db.execute(sql`update api_tokens set expires_at = now() - interval '1 second' where name = 'Läuft ab'`);
      assert.equal((await write('/events', { token: expiring, body: eventBody() })).statusCode, 401);
      assert.equal(await count('events'), events, 'nothing was stored');
    });

    it('answers bad bodies with 400 naming the fields, and stores nothing', async () => {
      const events = await count('events');
      const [date] = eventBody().dates;
      const cases: [unknown, string[]][] = [
        [eventBody({ title: '' }), ['body.title']],
        [eventBody({ dates: [] }), ['body.dates']],
        [eventBody({ dates: [{ ...date, postcode: '243', endsAt: '2027-09-30T16:00:00+02:00' }] }), ['body.dates.0.postcode', 'body.dates.0.endsAt']],
        [eventBody({ dates: [{ ...date, seats: '120' }] }), ['body.dates.0.seats']],
        [eventBody({ dates: [{ ...date, startsAt: 'morgen' }] }), ['body.dates.0.startsAt']],
        [eventBody({ secret: 1 }), ['body']],
        [eventBody({ fieldsOfAction: ['gibt-es-nicht'] }), ['body.fieldsOfAction']],
      ];
      for (const [body, paths] of cases) {
        const res = await write('/events', { token: both, body });
        assert.equal(res.statusCode, 400, JSON.stringify(body));
        const problem = res.json() as { status: number; errors: { path: string }[] };
        for (const path of paths)
          assert.ok(
            problem.errors.some((e) => e.path === path),
            `${path} in ${JSON.stringify(problem.errors)}`,
          );
      }
      const notJson = await write('/events', { token: both, payload: '{"title":' });
      assert.equal(notJson.statusCode, 400);
      assert.match(String(notJson.headers['content-type']), /^application\/problem\+json/);
      const noKey = await write('/events', { token: both, body: eventBody(), key: null });
      assert.equal(noKey.statusCode, 400);
      assert.equal((noKey.json() as { errors: { path: string }[] }).errors[0]!.path, 'header.Idempotency-Key');
      assert.equal(await count('events'), events, 'nothing was stored');
    });

    it('stops an address after too many wrong tokens, even with a right one, while other addresses go on', async () => {
      const address = '203.0.113.9';
      for (let i = 0; i < 20; i++) assert.equal((await write('/news', { token: `dk_00000000_${'B'.repeat(43)}`, body: newsBody, address })).statusCode, 401);
      const stopped = await write('/news', { token: both, body: newsBody, address });
      assert.equal(stopped.statusCode, 429);
      assert.match(String(stopped.headers['content-type']), /^application\/problem\+json/);
      assert.equal((await write('/news', { token: both, body: newsBody, address: '203.0.113.10' })).statusCode, 201);
    });

    it('hands both writes to the OpenAPI document with their scope, described by the schemas that validate them', () => {
      const ops = rt.deps.apiOperations.filter((o) => o.scope);
      const byId = new Map(ops.map((o) => [o.operationId, o]));
      assert.equal(byId.get('createEvent')?.scope, 'events:write');
      assert.equal(byId.get('createNews')?.scope, 'news:write');
      for (const op of ops) {
        const schema = z.toJSONSchema(op.body!, { io: 'input' }) as { required?: string[] };
        assert.ok(schema.required?.includes('title'));
      }
    });
  });
});

describe('bearer tokens', () => {
  it('reads only well-formed tokens of a Bearer header', () => {
    assert.equal(bearerToken('Bearer abc'), 'abc');
    assert.equal(bearerToken('bearer  abc '), 'abc');
    assert.equal(bearerToken('Basic abc'), undefined);
    assert.equal(bearerToken('Bearer a b'), undefined);
    assert.equal(bearerToken(undefined), undefined);
    assert.equal(tokenHashOf('dk_0000000g_x'), undefined);
    assert.equal(tokenHashOf(`dk_01234567_${'a'.repeat(43)}`), sha256(`dk_01234567_${'a'.repeat(43)}`));
  });
});
