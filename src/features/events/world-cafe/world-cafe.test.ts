import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { queryRows } from '../../../platform/db/client.ts';
import { messagesFor } from '../../../platform/i18n/index.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../../testing/harness.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { getEventById } from '../core/event-lookups.ts';
import { createTestEvent, type TestEvent } from '../testing/registration-fixtures.ts';
import { WorldCafeSection } from './views/results.tsx';
import { CONTRIBUTION_MAX } from './schema.ts';
import { getWorldCafeForEvent } from './service.ts';

const XSS_RESULT = [
  '## Ergebnis der Tische',
  '- **Terminbuchung** zuerst',
  '- [Leitfaden](https://example.org/leitfaden)',
  '<script>alert(1)</script>',
  '[klick](javascript:alert(1))',
  '<img src=x onerror=alert(1)>',
].join('\n\n');

eachBackend('World Café', (backend) => {
  let rt: TestRuntime;
  let editor: TestClient;
  let member: TestClient;
  let event: TestEvent;
  let draft: TestEvent;
  let editorPage: string;

  const contributions = () =>
    queryRows<{ body: string; author_name: string; user_id: string | null }>(
      rt.deps.db,
      sql`select body, author_name, user_id from event_world_cafe_contributions order by created_at`,
    );
  const contributionPath = (slug: string, questionId: string) => `/veranstaltungen/${slug}/world-cafe/${questionId}/beitraege`;

  before(async () => {
    rt = await createTestRuntime(backend);
    const e = await createTestUser(rt.deps, { email: 'cafe-redaktion@example.org', siteRole: 'editor' });
    const m = await createTestUser(rt.deps, { email: 'cafe-mitglied@example.org', displayName: 'Mara Mitglied' });
    event = await createTestEvent(rt.deps.db, { slug: 'world-cafe', dates: { kiel: { town: 'Kiel' } } });
    draft = await createTestEvent(rt.deps.db, { slug: 'world-cafe-entwurf', status: 'draft', dates: { kiel: { town: 'Kiel' } } });
    editorPage = `/verwaltung/veranstaltungen/${event.id}/world-cafe`;
    editor = new TestClient(rt.app);
    await editor.login(e.email, e.password);
    member = new TestClient(rt.app);
    await member.login(m.email, m.password);
  });
  after(async () => {
    await rt.close();
  });

  it('lets editors publish a result in Markdown and refuses an empty one', async () => {
    const page = await editor.get(editorPage);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Wie gelingt die digitale Verwaltung\?/);
    const empty = await editor.postForm(`${editorPage}/${event.worldCafe[0]}`, { result: '   ' });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, new RegExp(`href="#f-result-${event.worldCafe[0]}"`));
    const res = await editor.postForm(`${editorPage}/${event.worldCafe[0]}`, { result: XSS_RESULT });
    assert.equal(res.statusCode, 303);
    assert.equal(res.location, `${editorPage}#question-${event.worldCafe[0]}`, 'back at the question, with no notice in the address');
    const after = await editor.followRedirect(res);
    assert.match(after.body, /Das Ergebnis ist veröffentlicht/);
    assert.doesNotMatch((await editor.get(editorPage)).body, /Das Ergebnis ist veröffentlicht/, 'a reload does not confirm again');
    const { questions } = await getWorldCafeForEvent(rt.deps.db, event.id);
    assert.equal(questions[0]!.result, XSS_RESULT);
    assert.ok(questions[0]!.resultPublishedAt);
    assert.equal(questions[1]!.resultPublishedAt, null);
  });

  it('shows members’ contributions with their display name and limits their length', async () => {
    const path = contributionPath(event.slug, event.worldCafe[0]!);
    const anonymous = await new TestClient(rt.app).postForm(path, { body: 'Hallo' }, { csrfFrom: '/passwort-vergessen' });
    assert.equal(anonymous.statusCode, 303);
    assert.match(anonymous.location!, /^\/anmelden/);
    const empty = await member.postForm(path, { body: ' ' }, { csrfFrom: '/' });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /Schreiben Sie Ihren Beitrag/);
    const long = await member.postForm(path, { body: 'x'.repeat(CONTRIBUTION_MAX + 1) }, { csrfFrom: '/' });
    assert.equal(long.statusCode, 400);
    assert.match(long.body, new RegExp(`höchstens ${CONTRIBUTION_MAX} Zeichen`));
    const ok = await member.postForm(path, { body: 'Gemeinsam anfangen.\n\n<b>Mutig</b> sein!' }, { csrfFrom: '/' });
    assert.equal(ok.statusCode, 303);
    assert.equal(ok.location, `/veranstaltungen/${event.slug}#world-cafe-${event.worldCafe[0]}`);
    const [row] = await contributions();
    assert.equal(row!.author_name, 'Mara Mitglied');
    assert.equal(row!.body, 'Gemeinsam anfangen.\n\n<b>Mutig</b> sein!');
  });

  it('takes no contributions to drafts or to a question of another event', async () => {
    assert.equal((await member.postForm(contributionPath(draft.slug, draft.worldCafe[0]!), { body: 'x' }, { csrfFrom: '/' })).statusCode, 404);
    assert.equal((await member.postForm(contributionPath(event.slug, draft.worldCafe[0]!), { body: 'x' }, { csrfFrom: '/' })).statusCode, 404);
    assert.equal((await member.postForm(contributionPath(event.slug, 'keine-frage'), { body: 'x' }, { csrfFrom: '/' })).statusCode, 404);
    assert.equal((await contributions()).length, 1);
  });

  it('renders the section for the event page safely, with results, contributions and the form', async () => {
    const found = (await getEventById(rt.deps.db, event.id))!;
    const cafe = await getWorldCafeForEvent(rt.deps.db, event.id);
    const ctx = {
      t: messagesFor('de'),
      locale: 'de',
      user: null,
      csrfToken: 'token',
      url: '/',
      nav: [],
      requestId: 'x',
      site: { siteName: 'DK', logoUrl: '', contactEmail: '', demo: false },
    } as unknown as ViewContext;
    const html = renderToString(h(WorldCafeSection, { ctx, event: found, ...cafe, canContribute: true }));
    assert.match(html, /<h2 class="kern-heading-large" id="world-cafe-heading">World Café<\/h2>/);
    assert.match(html, /<h6 id="ergebnis-0-ergebnis-der-tische" class="kern-heading-small">Ergebnis der Tische<\/h6>/);
    assert.match(html, /<strong>Terminbuchung<\/strong>/);
    assert.match(html, /<a href="https:\/\/example.org\/leitfaden" rel="noopener noreferrer">Leitfaden<\/a>/);
    assert.doesNotMatch(html, /<script|<img|javascript:|<b>/i);
    assert.match(html, /&lt;b>Mutig&lt;\/b> sein!/);
    assert.match(html, /Mara Mitglied am/);
    assert.match(html, /Das Ergebnis zu dieser Frage wird nach der Veranstaltung veröffentlicht/);
    assert.equal((html.match(/<form /g) ?? []).length, 2, 'one form per question');
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
    const anonymous = renderToString(h(WorldCafeSection, { ctx, event: found, ...cafe, canContribute: false }));
    assert.match(anonymous, /href="\/anmelden\?weiter=%2Fveranstaltungen%2Fworld-cafe">Melden Sie sich an, um einen Beitrag zu schreiben/);
  });

  it('lets editors remove a contribution and take a result back', async () => {
    const page = await editor.get(editorPage);
    const id = /world-cafe\/beitraege\/([0-9a-f-]{36})\/entfernen/.exec(page.body)![1]!;
    const removed = await editor.postForm(`${editorPage}/beitraege/${id}/entfernen`, {});
    assert.equal(removed.location, editorPage);
    assert.match((await editor.followRedirect(removed)).body, /Der Beitrag wurde entfernt/);
    assert.equal((await contributions()).length, 0);
    assert.equal((await editor.postForm(`${editorPage}/beitraege/${id}/entfernen`, {})).statusCode, 404);
    await editor.get(editorPage);
    const back = await editor.postForm(`${editorPage}/${event.worldCafe[0]}/zuruecknehmen`, {});
    assert.equal(back.location, `${editorPage}#question-${event.worldCafe[0]}`);
    assert.match((await editor.followRedirect(back)).body, /Das Ergebnis ist nicht mehr öffentlich/);
    assert.equal((await getWorldCafeForEvent(rt.deps.db, event.id)).questions[0]!.resultPublishedAt, null);
    const audit = await queryRows<{ action: string }>(rt.deps.db, sql`select action from audit_log where action like 'event.worldCafe.%' order by at`);
    assert.deepEqual(
      audit.map((a) => a.action),
      ['event.worldCafe.publish', 'event.worldCafe.removeContribution', 'event.worldCafe.unpublish'],
    );
  });

  it('keeps members out of the editors’ page', async () => {
    assert.equal((await member.get(editorPage)).statusCode, 403);
    const res = await member.postForm(`${editorPage}/${event.worldCafe[1]}`, { result: 'Übernommen' }, { csrfFrom: '/' });
    assert.equal(res.statusCode, 403);
    assert.equal((await getWorldCafeForEvent(rt.deps.db, event.id)).questions[1]!.result, null);
  });
});
