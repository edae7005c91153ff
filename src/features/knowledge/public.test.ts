import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { CurrentUser } from '../../platform/auth/current-user.ts';
import { TestClient } from '../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../testing/harness.ts';
import type { ItemInput } from './schema.ts';
import { createItem } from './edit-item.ts';
import { latestNews } from './service.ts';
import { transitionItem } from './transition-item.ts';

const BASE: ItemInput = {
  type: 'guide',
  title: 'Leitfaden',
  summary: 'Kurz.',
  body: 'Text.',
  step: 'planen',
  fieldsOfAction: ['verwaltung'],
  audiences: ['verwaltung'],
  tags: [],
  videoUrl: null,
  publishAt: null,
};

eachBackend('knowledge: public pages', (backend) => {
  let rt: TestRuntime;
  let editor: Pick<CurrentUser, 'id' | 'email'>;
  const visitor = () => new TestClient(rt.app);

  async function draft(input: Partial<ItemInput>, slug: string): Promise<string> {
    const created = await rt.deps.db.transaction((tx) => createItem(tx, { actor: editor, input: { ...BASE, ...input }, slug }));
    assert.ok(created.kind === 'created');
    return created.item.id;
  }

  async function published(input: Partial<ItemInput>, slug: string): Promise<void> {
    const itemId = await draft(input, slug);
    await rt.deps.db.transaction(async (tx) => {
      assert.equal((await transitionItem(tx, { actor: editor, itemId, transition: 'submit' })).kind, 'changed');
      assert.equal((await transitionItem(tx, { actor: editor, itemId, transition: 'publish' })).kind, 'changed');
    });
  }

  before(async () => {
    // with the page cache on, as in production: every public page here must survive being reused
    rt = await createTestRuntime(backend, { config: { pageCacheMs: 60_000 } });
    editor = await createTestUser(rt.deps, { siteRole: 'editor' });
    await published({ title: 'Ziele setzen', body: '## Eins\n\nA\n\n## Zwei\n\nB\n\n## Drei\n\nC' }, 'ziele-setzen');
    await published({ title: 'Böser Text', body: '<script>alert(1)</script>\n\n[klick](javascript:alert(1))\n\n<img src=x onerror=alert(1)>' }, 'boeser-text');
    await published({ type: 'video', title: 'Erklärvideo', videoUrl: 'https://www.youtube.com/watch?v=abcdefghijk' }, 'erklaervideo');
    for (let n = 1; n <= 12; n++) await published({ type: 'news', title: `Meldung ${n}`, step: null }, `meldung-${n}`);
    for (let n = 1; n <= 21; n++) await published({ type: 'faq', title: `Frage ${n}`, step: null, fieldsOfAction: ['bildung'] }, `frage-${n}`);
    await draft({ title: 'Entwurf' }, 'entwurf');
  });
  after(async () => {
    await rt.close();
  });

  it('shows the path, the filters and a guide with its table of contents and related items', async () => {
    const home = await visitor().get('/wissen');
    assert.equal(home.statusCode, 200);
    assert.match(home.body, /Strategisch planen[\s\S]*Ziele setzen/);
    const filtered = await visitor().get('/wissen?typ=video');
    assert.match(filtered.body, /Erklärvideo/);
    assert.doesNotMatch(filtered.body, /Ziele setzen<\/a><\/h3>/);
    const page = await visitor().get('/wissen/ziele-setzen');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<nav class="dk-toc"[\s\S]*href="#abschnitt-eins"/);
    assert.match(page.body, /Zuletzt aktualisiert am/);
    assert.match(page.body, /Verwandte Beiträge[\s\S]*Böser Text/);
    assert.equal((await visitor().get('/wissen/entwurf')).statusCode, 404);
    assert.equal((await visitor().get('/wissen/meldung-1')).statusCode, 404, 'news live under /aktuelles');
  });

  it('keeps Markdown with HTML and script links inert', async () => {
    const page = await visitor().get('/wissen/boeser-text');
    assert.equal(page.statusCode, 200);
    assert.doesNotMatch(page.body, /<script>alert/);
    assert.doesNotMatch(page.body, /href="javascript:/);
    assert.doesNotMatch(page.body, /<img[^>]*onerror/);
  });

  it('loads nothing from the video provider before the click, and frames it only on that reply', async () => {
    const before = await visitor().get('/wissen/erklaervideo');
    assert.equal(before.statusCode, 200);
    assert.doesNotMatch(before.body, /<iframe/);
    assert.doesNotMatch(before.body, /src="https?:\/\/(?!localhost)/);
    assert.doesNotMatch(before.body, /youtube-nocookie|player\.vimeo/);
    assert.match(String(before.headers['content-security-policy']), /frame-src 'none'/);
    assert.match(before.body, /name="video" value="laden"/);
    const after = await visitor().get('/wissen/erklaervideo?video=laden');
    assert.match(after.body, /<iframe src="https:\/\/www\.youtube-nocookie\.com\/embed\/abcdefghijk"/);
    assert.match(String(after.headers['content-security-policy']), /frame-src https:\/\/www\.youtube-nocookie\.com https:\/\/player\.vimeo\.com;/);
    const guide = await visitor().get('/wissen/ziele-setzen?video=laden');
    assert.match(String(guide.headers['content-security-policy']), /frame-src 'none'/);
    const again = await visitor().get('/wissen/erklaervideo?video=laden');
    assert.match(again.body, /<iframe/, 'the framing page is rendered anew, with its own CSP');
    assert.match(String(again.headers['content-security-policy']), /frame-src https:\/\/www\.youtube-nocookie\.com/);
    assert.doesNotMatch((await visitor().get('/wissen/erklaervideo')).body, /<iframe/);
  });

  it('pages the list twenty at a time, keeping the filters in the links', async () => {
    const first = await visitor().get('/wissen?handlungsfeld=bildung');
    assert.equal((first.body.match(/<article class="kern-card[^"]*">/g) ?? []).length, 20);
    assert.match(first.body, /href="\/wissen\?handlungsfeld=bildung&amp;seite=2#alle"/);
    const second = await visitor().get('/wissen?handlungsfeld=bildung&seite=2');
    assert.equal((second.body.match(/<article class="kern-card[^"]*">/g) ?? []).length, 1);
    const all = await visitor().get('/wissen?seite=2');
    assert.equal((all.body.match(/<article class="kern-card[^"]*">/g) ?? []).length, 4);
  });

  it('pages the news ten at a time and offers them as an Atom feed', async () => {
    const first = await visitor().get('/aktuelles');
    assert.equal((first.body.match(/<article class="kern-card[^"]*">/g) ?? []).length, 10);
    const second = await visitor().get('/aktuelles?seite=2');
    assert.equal((second.body.match(/<article class="kern-card[^"]*">/g) ?? []).length, 2);
    assert.equal((await visitor().get('/aktuelles/meldung-3')).statusCode, 200);
    const feed = await visitor().get('/aktuelles/feed.atom');
    assert.match(String(feed.headers['content-type']), /application\/atom\+xml/);
    assert.match(feed.body, /<title type="text">Meldung 12<\/title>/);
    assert.equal((await latestNews(rt.deps.db, 3)).length, 3);
    const home = await visitor().get('/');
    assert.match(home.body, /Aktuelle Meldungen[\s\S]*href="\/aktuelles\/meldung-/);
  });

  it('lists everything of a field of action', async () => {
    const page = await visitor().get('/handlungsfelder/verwaltung');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Ziele setzen/);
    assert.equal((await visitor().get('/handlungsfelder/gibt-es-nicht')).statusCode, 404);
  });
});
