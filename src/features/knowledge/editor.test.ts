import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/client.ts';
import { TestClient, type FormFields } from '../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../testing/harness.ts';
import { itemVersions } from './item-versions.ts';
import { findItem } from './repository.ts';
import { publishDueItems } from './publish-due-items.ts';

const GUIDE: FormFields = {
  type: 'guide',
  title: 'Digitale Sprechstunde einrichten',
  summary: 'Wie eine Gemeinde ihre Sprechstunde online anbietet.',
  body: '## Vorbereitung\n\nZuerst klären.\n\n## Durchführung\n\nDann beginnen.',
  step: 'umsetzen',
  fieldsOfAction: ['verwaltung'],
  audiences: ['verwaltung', 'buergerschaft'],
  tags: 'Sprechstunde, Video',
  videoUrl: '',
  publishDate: '',
  publishTime: '',
};

eachBackend('knowledge: editors', (backend) => {
  let rt: TestRuntime;
  let editor: TestClient;

  async function signedIn(role: 'editor' | 'member'): Promise<TestClient> {
    const user = await createTestUser(rt.deps, { siteRole: role });
    const client = new TestClient(rt.app);
    assert.equal((await client.login(user.email, TEST_PASSWORD)).statusCode, 303);
    return client;
  }

  async function create(fields: FormFields = GUIDE): Promise<string> {
    const res = await editor.postForm('/verwaltung/wissen/neu', fields);
    assert.equal(res.statusCode, 303, res.body);
    const id = /\/verwaltung\/wissen\/([0-9a-f-]{36})/.exec(String(res.headers.location))?.[1];
    assert.ok(id);
    return id;
  }

  const status = (id: string, transition: string) =>
    editor.postForm(`/verwaltung/wissen/${id}/status`, { transition }, { csrfFrom: `/verwaltung/wissen/${id}` });
  const audits = async (id: string) =>
    (await queryRows<{ action: string }>(rt.deps.db, sql`select action from audit_log where subject_id = ${id} order by at`)).map((r) => r.action);
  const searchable = async (id: string) =>
    (await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from search_documents where feature = 'knowledge' and ref_id = ${id}`))[0]!.n;

  before(async () => {
    rt = await createTestRuntime(backend);
    editor = await signedIn('editor');
  });
  after(async () => {
    await rt.close();
  });

  it('lets only editors in', async () => {
    const member = await signedIn('member');
    assert.equal((await member.get('/verwaltung/wissen')).statusCode, 403);
    assert.equal((await new TestClient(rt.app).get('/verwaltung/wissen')).statusCode, 303);
    assert.equal((await editor.get('/verwaltung/wissen')).statusCode, 200);
  });

  it('shows a preview without storing anything, and keeps values on errors', async () => {
    const preview = await editor.postForm('/verwaltung/wissen/neu', { ...GUIDE, action: 'preview' });
    assert.equal(preview.statusCode, 200);
    assert.match(preview.body, /<h3 id="vorschau-vorbereitung"[^>]*>Vorbereitung<\/h3>/);
    const n = await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from knowledge_items where title = ${GUIDE.title}`);
    assert.equal(n[0]!.n, 0);
    const invalid = await editor.postForm('/verwaltung/wissen/neu', { ...GUIDE, title: '' });
    assert.equal(invalid.statusCode, 400);
    assert.match(invalid.body, /Geben Sie einen Titel ein/);
    assert.match(invalid.body, /Wie eine Gemeinde ihre Sprechstunde/);
  });

  it('runs the workflow draft → review → published → archived → draft, audited and mirrored in search', async () => {
    const id = await create();
    assert.equal((await findItem(rt.deps.db, id))!.status, 'draft');
    assert.equal((await status(id, 'publish')).statusCode, 303);
    assert.equal((await findItem(rt.deps.db, id))!.status, 'draft', 'a draft cannot skip the review');
    await status(id, 'submit');
    assert.equal((await findItem(rt.deps.db, id))!.status, 'in_review');
    assert.equal(await searchable(id), 0);
    await status(id, 'publish');
    const published = await findItem(rt.deps.db, id);
    assert.equal(published!.status, 'published');
    assert.ok(published!.publishedAt);
    assert.equal(await searchable(id), 1);
    await status(id, 'archive');
    assert.equal(await searchable(id), 0);
    await status(id, 'draft');
    assert.equal((await findItem(rt.deps.db, id))!.status, 'draft');
    assert.deepEqual(await audits(id), ['knowledge.create', 'knowledge.submit', 'knowledge.publish', 'knowledge.archive', 'knowledge.draft']);
  });

  it('publishes a scheduled item in review once its time has come, once', async () => {
    const id = await create({ ...GUIDE, title: 'Geplanter Leitfaden', publishDate: '2030-01-15', publishTime: '09:00' });
    await status(id, 'submit');
    assert.equal(await publishDueItems(rt.deps, { now: new Date('2030-01-15T07:59:00Z') }), 0);
    assert.equal((await findItem(rt.deps.db, id))!.status, 'in_review');
    assert.equal(await publishDueItems(rt.deps, { now: new Date('2030-01-15T08:00:00Z') }), 1);
    const item = await findItem(rt.deps.db, id);
    assert.equal(item!.status, 'published');
    assert.equal(item!.publishedAt!.toISOString(), '2030-01-15T08:00:00.000Z');
    assert.equal(await publishDueItems(rt.deps, { now: new Date('2030-01-16T08:00:00Z') }), 0);
    assert.equal(await searchable(id), 1);
  });

  it('saves a form submitted twice (double click) once', async () => {
    const id = await create({ ...GUIDE, title: 'Doppelklick' });
    const fields = { ...GUIDE, title: 'Doppelklick', body: 'Neu.' };
    await editor.get(`/verwaltung/wissen/${id}/bearbeiten`);
    const first = await editor.postForm(`/verwaltung/wissen/${id}/bearbeiten`, fields);
    const second = await editor.postForm(`/verwaltung/wissen/${id}/bearbeiten`, fields);
    assert.equal(first.statusCode, 303);
    assert.equal(second.headers.location, first.headers.location);
    assert.equal((await itemVersions(rt.deps.db, id)).length, 2);
  });

  it('keeps every save as a version, shows differences and restores an old version as a new one', async () => {
    const id = await create({ ...GUIDE, title: 'Versionierter Leitfaden' });
    const edit = await editor.postForm(`/verwaltung/wissen/${id}/bearbeiten`, {
      ...GUIDE,
      title: 'Versionierter Leitfaden',
      body: '## Vorbereitung\n\nZuerst planen.\n\n## Durchführung\n\nDann beginnen.',
    });
    assert.equal(edit.statusCode, 303, edit.body.slice(0, 2000));
    assert.deepEqual(
      (await itemVersions(rt.deps.db, id)).map((v) => v.number),
      [2, 1],
    );
    const compare = await editor.get(`/verwaltung/wissen/${id}/versionen?von=1&bis=2`);
    assert.equal(compare.statusCode, 200);
    assert.match(compare.body, /<del><span class="kern-sr-only">Entfernt: <\/span>- Zuerst klären\.\n<\/del>/);
    assert.match(compare.body, /<ins><span class="kern-sr-only">Hinzugefügt: <\/span>\+ Zuerst planen\.\n<\/ins>/);
    const restore = await editor.postForm(`/verwaltung/wissen/${id}/wiederherstellen`, { version: '1' }, { csrfFrom: `/verwaltung/wissen/${id}` });
    assert.equal(restore.statusCode, 303);
    const versions = await itemVersions(rt.deps.db, id);
    assert.deepEqual(
      versions.map((v) => v.number),
      [3, 2, 1],
    );
    assert.equal(versions[0]!.fields.body, GUIDE.body);
    assert.equal((await findItem(rt.deps.db, id))!.body, GUIDE.body);
    assert.ok((await audits(id)).includes('knowledge.restore'));
  });
});
