import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { verifyPassword } from '../platform/auth/password.ts';
import { findUserByEmail, insertUser } from '../platform/auth/user-repository.ts';
import { MIGRATIONS_FOLDER, queryRows } from '../platform/db/client.ts';
import type { Feature } from '../platform/deps.ts';
import { queueMail } from '../platform/mail/queue.ts';
import { Form } from '../platform/views/components/form.tsx';
import { Layout } from '../platform/views/layout.tsx';
import { TestClient } from '../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from './harness.ts';
import { openTestDatabase, type TestDatabase } from '../platform/testing/test-database.ts';

const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };

/** Routes that only exist to watch the test client behave like a browser. */
const probe: Feature = {
  name: 'probe',
  routes(app: FastifyInstance) {
    app.get('/probe/formular', async (request, reply) =>
      reply.page(
        h(Layout, {
          ctx: request.view(),
          title: 'Probe',
          children: [
            h('h1', null, 'Probe'),
            h(Form, { ctx: request.view(), action: '/probe/formular', submissionId: 'c0ffee00-0000-4000-8000-000000000001', children: null }),
          ],
        }),
      ),
    );
    app.post('/probe/formular', async (request, reply) => reply.send(request.body));
    app.get('/probe/keks', async (_request, reply) => reply.setCookie('probe', 'lecker', { path: '/' }).redirect('/probe/echo', 303));
    app.get('/probe/keks-weg', async (_request, reply) => reply.clearCookie('probe', { path: '/' }).send('weg'));
    app.get('/probe/echo', async (request, reply) => reply.send({ cookie: request.cookies.probe ?? null }));
  },
};

eachBackend('test harness', (backend) => {
  const opened: TestDatabase[] = [];
  after(async () => {
    for (const database of opened) await database.close();
  });

  async function fresh(): Promise<TestDatabase> {
    const database = await openTestDatabase(backend);
    opened.push(database);
    return database;
  }

  it('gives a fresh database with every migration applied and no rows', async () => {
    const { db } = await fresh();
    const applied = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    assert.equal(applied[0]?.n, journal.entries.length);
    for (const table of ['users', 'sessions', 'jobs', 'audit_log']) {
      const rows = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(table)}`);
      assert.equal(rows[0]?.n, 0, `${table} is empty`);
    }
    const trgm = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from pg_extension where extname = 'pg_trgm'`);
    assert.equal(trgm[0]?.n, 1, 'pg_trgm is installed');
  });

  it('gives independent clones: a row written in one is not in the other', async () => {
    const a = await fresh();
    const b = await fresh();
    await insertUser(a.db, { email: 'nur-in-a@beispiel.de', displayName: 'A', passwordHash: null });
    assert.ok(await findUserByEmail(a.db, 'nur-in-a@beispiel.de'));
    assert.equal(await findUserByEmail(b.db, 'nur-in-a@beispiel.de'), undefined);
  });

  if (backend === 'postgres') {
    it('drops the cloned database on close', async () => {
      const clone = await openTestDatabase(backend);
      const name = clone.databaseName!;
      const control = await fresh();
      const exists = async () => (await queryRows<{ n: number }>(control.db, sql`select count(*)::int as n from pg_database where datname = ${name}`))[0]?.n;
      assert.equal(await exists(), 1);
      await clone.close();
      assert.equal(await exists(), 0);
    });
  }

  describeRuntime(backend);
});

function describeRuntime(backend: 'pglite' | 'postgres') {
  let rt: TestRuntime;
  before(async () => {
    rt = await createTestRuntime(backend, { features: [probe] });
  });
  after(async () => rt.close());

  it('captures mails once the jobs have run', async () => {
    await queueMail(rt.deps.db, { to: 'erika@beispiel.de', subject: 'Willkommen', text: 'Hallo Erika' });
    assert.equal(rt.mails.length, 0, 'nothing is sent before the job runs');
    assert.equal(await rt.runJobs(), 1);
    assert.equal(rt.mails.length, 1);
    assert.equal(rt.mails[0]?.to, 'erika@beispiel.de');
    assert.equal(rt.mails[0]?.subject, 'Willkommen');
    assert.equal(rt.mails[0]?.text, 'Hallo Erika');
  });

  it('creates verified members with a working password unless told otherwise', async () => {
    const member = await createTestUser(rt.deps);
    const row = await findUserByEmail(rt.deps.db, member.email);
    assert.equal(row?.siteRole, 'member');
    assert.ok(row?.emailVerifiedAt);
    assert.equal(await verifyPassword(row?.passwordHash, member.password), true);

    const editor = await createTestUser(rt.deps, { siteRole: 'editor', verified: false, email: 'Redaktion@Beispiel.de' });
    const editorRow = await findUserByEmail(rt.deps.db, 'redaktion@beispiel.de');
    assert.equal(editor.email, 'redaktion@beispiel.de');
    assert.equal(editorRow?.siteRole, 'editor');
    assert.equal(editorRow?.emailVerifiedAt, null);
  });

  it('test client keeps cookies, forgets deleted ones and follows redirects', async () => {
    const client = new TestClient(rt.app);
    const set = await client.get('/probe/keks');
    assert.equal(set.statusCode, 303);
    const echoed = await client.followRedirect(set);
    assert.deepEqual(JSON.parse(echoed.body), { cookie: 'lecker' });
    await client.get('/probe/keks-weg');
    assert.equal(client.cookie('probe'), undefined);
    assert.deepEqual(JSON.parse((await client.get('/probe/echo')).body), { cookie: null });
  });

  it('test client posts forms with the token and submission id of the page', async () => {
    const client = new TestClient(rt.app);
    const res = await client.postForm('/probe/formular', { name: 'Erika', themen: ['a', 'b'] });
    assert.equal(res.statusCode, 200);
    const body = JSON.parse(res.body) as Record<string, unknown>;
    assert.equal(body.name, 'Erika');
    assert.deepEqual(body.themen, ['a', 'b']);
    assert.equal(body._submission, 'c0ffee00-0000-4000-8000-000000000001');
    assert.match(String(body._csrf), /^\d+\./);
  });
}
