import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/client.ts';
import { TestClient } from '../../platform/testing/client.ts';
import { contrastRatio } from '../../platform/views/theme.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../testing/harness.ts';

const PAGE = '/verwaltung/design';
const FORM = '/verwaltung/design/erscheinungsbild';
const csrfFrom = PAGE;

describe('contrast ratio', () => {
  it('gives WCAG’s figures for black, white and the themes’ blues', () => {
    assert.equal(contrastRatio('#000000', '#ffffff'), 21);
    assert.equal(contrastRatio('#ffffff', '#ffffff'), 1);
    assert.equal(Math.round(contrastRatio('#767676', '#ffffff') * 100) / 100, 4.54);
    assert.ok(contrastRatio('#1f4e79', '#ffffff') > 4.5);
  });
});

eachBackend('appearance of the site', (backend) => {
  let rt: TestRuntime;
  let admin: TestClient;
  let editor: TestClient;

  before(async () => {
    rt = await createTestRuntime(backend);
    const a = await createTestUser(rt.deps, { siteRole: 'admin' });
    admin = new TestClient(rt.app);
    await admin.login(a.email, a.password);
    const e = await createTestUser(rt.deps, { siteRole: 'editor' });
    editor = new TestClient(rt.app);
    await editor.login(e.email, e.password);
  });
  after(async () => {
    await rt.close();
  });

  it('uses the Schleswig-Holstein theme until an administrator chooses another', async () => {
    const home = await new TestClient(rt.app).get('/');
    assert.match(home.body, /<html lang="de" data-kern-theme="light" data-dk-theme="sh">/);
    assert.doesNotMatch(home.body, /thema\.css/);
  });

  it('shows the choice to administrators only; editors see the style guide without it', async () => {
    assert.match((await admin.get(PAGE)).body, /id="erscheinungsbild"/);
    const forEditor = await editor.get(PAGE);
    assert.equal(forEditor.statusCode, 200);
    assert.doesNotMatch(forEditor.body, /id="erscheinungsbild"/);
  });

  it('refuses an own colour too light for text on white, and one not written as #rrggbb, keeping what was typed', async () => {
    await admin.get(PAGE);
    const light = await admin.postForm(FORM, { theme: 'own', themeColour: '#FFCC00', themeAccent: 'rot', logoUrl: '' }, { csrfFrom });
    assert.equal(light.statusCode, 400);
    assert.match(light.body, /Es gibt ein Problem/);
    assert.match(light.body, /href="#f-themeColour">Die Hausfarbe ist zu hell/);
    assert.match(light.body, /href="#f-themeAccent">Geben Sie die Farbe als Hexadezimalwert/);
    assert.match(light.body, /value="#FFCC00"/);
    assert.match(light.body, /value="rot"/);
    const missing = await admin.postForm(FORM, { theme: 'own', themeColour: '', themeAccent: '', logoUrl: '' }, { csrfFrom });
    assert.match(missing.body, /href="#f-themeColour">Geben Sie die Hausfarbe an/);
    const home = await new TestClient(rt.app).get('/');
    assert.match(home.body, /data-dk-theme="sh"/, 'nothing was stored');
  });

  it('refuses a logo on another host so the pages make no third-party request', async () => {
    await admin.get(PAGE);
    const res = await admin.postForm(FORM, { theme: 'sh', themeColour: '', themeAccent: '', logoUrl: 'https://tracker.example/logo.png' }, { csrfFrom });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /auf diesem Server/);
    assert.match(res.body, /value="https:\/\/tracker\.example\/logo\.png"/);
  });

  it('applies a ministry’s own colours to every page through a stylesheet of our own, and audits the change', async () => {
    await admin.get(PAGE);
    const res = await admin.postForm(FORM, { theme: 'own', themeColour: ' 1F4E79', themeAccent: '#C8102E', logoUrl: '/static/favicon.svg' }, { csrfFrom });
    assert.equal(res.statusCode, 303);
    const saved = await admin.followRedirect(res);
    assert.match(saved.body, /Das Erscheinungsbild wurde gespeichert/);

    const home = await new TestClient(rt.app).get('/');
    assert.match(home.body, /data-dk-theme="own"/);
    assert.match(home.body, /<img class="dk-header__logo" src="\/static\/favicon.svg"/);
    const href = home.body.match(/<link rel="stylesheet" href="(\/thema\.css\?v=[0-9a-f]{12})"\/>/)?.[1];
    assert.ok(href, 'the page links the own theme');
    const css = await new TestClient(rt.app).get(href);
    assert.equal(css.statusCode, 200);
    assert.match(String(css.headers['content-type']), /^text\/css/);
    assert.equal(css.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(
      css.body.trim(),
      "html[data-dk-theme='own']{--kern-color-action-default:#1f4e79;--kern-color-decorative-brand-default:#1f4e79;--kern-color-accent:#c8102e}",
    );
    const stale = await new TestClient(rt.app).get('/thema.css?v=000000000000');
    assert.equal(stale.headers['cache-control'], 'no-cache', 'an old address is not kept for a year');

    const audit = await queryRows<{ after: { theme: string; themeColour: string } }>(
      rt.deps.db,
      sql`select after from audit_log where action = 'settings.update' order by at desc limit 1`,
    );
    assert.equal(audit[0]?.after.theme, 'own');
    assert.equal(audit[0]?.after.themeColour, '#1f4e79');
  });

  it('switches to KERN’s neutral theme and keeps the own colours for later', async () => {
    await admin.get(PAGE);
    const res = await admin.postForm(FORM, { theme: 'kern', themeColour: '', themeAccent: '', logoUrl: '' }, { csrfFrom });
    assert.equal(res.statusCode, 303);
    const home = await new TestClient(rt.app).get('/');
    assert.match(home.body, /data-dk-theme="kern"/);
    assert.doesNotMatch(home.body, /thema\.css/);
    assert.equal((await new TestClient(rt.app).get('/thema.css')).statusCode, 404);
    assert.match((await admin.get(PAGE)).body, /value="#1f4e79"/);
  });
});
