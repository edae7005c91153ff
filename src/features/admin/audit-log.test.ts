import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record.ts';
import { queryRows } from '../../platform/db/client.ts';
import { TestClient } from '../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../testing/harness.ts';

/** The text of the table row that mentions `needle`, tags stripped, so assertions read like the page. */
function rowWith(html: string, needle: string): string {
  const row = html
    .split('<tr')
    .map((r) => r.split('</tr>')[0]!)
    .find((r) => r.includes(needle));
  assert.ok(row, `a row mentions ${needle}`);
  return row
    .replace(/^[^>]*>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

eachBackend('administration: audit log in the reader’s language', (backend) => {
  let rt: TestRuntime;
  let admin: TestClient;
  let person: { id: string };
  let itemId: string;

  before(async () => {
    rt = await createTestRuntime(backend);
    const a = await createTestUser(rt.deps, { siteRole: 'admin', email: 'protokoll@example.org' });
    admin = new TestClient(rt.app);
    await admin.login(a.email, a.password);

    // Real changes through the pages: a role, and a guide that an editor writes and publishes.
    person = await createTestUser(rt.deps, { displayName: 'Rita Rolle' });
    const role = await admin.postForm(`/verwaltung/nutzer/${person.id}/rolle`, { role: 'editor' }, { csrfFrom: `/verwaltung/nutzer/${person.id}` });
    assert.equal(role.statusCode, 303);

    const e = await createTestUser(rt.deps, { siteRole: 'editor' });
    const editor = new TestClient(rt.app);
    await editor.login(e.email, e.password);
    const created = await editor.postForm('/verwaltung/wissen/neu', {
      type: 'guide',
      title: 'Sprechstunde online',
      summary: 'Wie eine Gemeinde ihre Sprechstunde online anbietet.',
      body: 'Zuerst klären, dann beginnen.',
      step: 'umsetzen',
      fieldsOfAction: ['verwaltung'],
      audiences: ['verwaltung', 'buergerschaft'],
      tags: 'Sprechstunde',
      videoUrl: '',
      publishDate: '',
      publishTime: '',
    });
    assert.equal(created.statusCode, 303, created.body);
    itemId = /\/verwaltung\/wissen\/([0-9a-f-]{36})/.exec(String(created.location))![1]!;
    for (const transition of ['submit', 'publish']) {
      const res = await editor.postForm(`/verwaltung/wissen/${itemId}/status`, { transition }, { csrfFrom: `/verwaltung/wissen/${itemId}` });
      assert.equal(res.statusCode, 303);
    }
  });
  after(async () => {
    await rt.close();
  });

  describe('in German', () => {
    it('names the action, the subject, the field and the values in words', async () => {
      const page = await admin.get('/verwaltung/protokoll');
      assert.equal(page.statusCode, 200);
      assert.equal(rowWith(page.body, person.id).includes('protokoll@example.org Rolle geändert Nutzerkonto'), true, rowWith(page.body, person.id));
      assert.match(rowWith(page.body, person.id), /Rolle Vorher: Mitglied → Nachher: Redaktion$/);
      assert.doesNotMatch(page.body, /siteRole/, 'the recorded field name is not shown');
      assert.doesNotMatch(page.body, />\s*user\.role\s*</, 'nor the recorded action');

      const published = await admin.get(`/verwaltung/protokoll?aktion=knowledge.publish`);
      assert.match(rowWith(published.body, itemId), /Beitrag veröffentlicht Wissensbeitrag .* Status Vorher: In Prüfung → Nachher: Veröffentlicht$/);
      const createdRow = rowWith((await admin.get(`/verwaltung/protokoll?aktion=knowledge.create`)).body, itemId);
      for (const words of [
        'Art Leitfaden',
        'Schritt Ins Tun kommen',
        'Handlungsfelder Verwaltung',
        'Zielgruppen Verwaltung, Bürgerschaft',
        'Schlagwörter Sprechstunde',
      ]) {
        assert.ok(createdRow.includes(words), `${words} in: ${createdRow}`);
      }
    });

    it('offers actions and subjects in the filter by their words, with the recorded key as the value', async () => {
      const page = await admin.get('/verwaltung/protokoll');
      assert.match(page.body, /<option value="user\.role"[^>]*>Rolle geändert<\/option>/);
      assert.match(page.body, /<option value="knowledge_item"[^>]*>Wissensbeitrag<\/option>/);
      const filtered = await admin.get('/verwaltung/protokoll?betrifft=knowledge_item');
      assert.match(filtered.body, /3 Einträge/);
      assert.doesNotMatch(filtered.body, new RegExp(person.id));
      assert.match(filtered.body, /<option value="knowledge_item" selected[^>]*>Wissensbeitrag<\/option>/);
    });
  });

  describe('in English', () => {
    before(async () => {
      await admin.get('/sprache/en');
    });
    after(async () => {
      await admin.get('/sprache/de');
    });

    it('names the same entries in English', async () => {
      const page = await admin.get('/verwaltung/protokoll');
      assert.match(page.body, /<html lang="en"/);
      assert.match(rowWith(page.body, person.id), /Role changed User account .* Role Before: Member → After: Editor$/);
      const published = await admin.get('/verwaltung/protokoll?aktion=knowledge.publish');
      assert.match(rowWith(published.body, itemId), /Item published Knowledge item .* Status Before: In review → After: Published$/);
      assert.doesNotMatch(page.body, /siteRole/);
    });
  });

  it('shows what the catalogue does not know as it was recorded, so no entry is hidden', async () => {
    await recordAudit(
      rt.deps.db,
      null,
      'future.feature.change',
      { type: 'future_subject', id: 'zukunft-1' },
      { mysteryField: 'alt', siteRole: 'member' },
      { mysteryField: 'neu', siteRole: 'member' },
    );
    await recordAudit(rt.deps.db, null, 'user.role', { type: 'user', id: 'zukunft-2' }, { siteRole: 'member' }, { siteRole: 'superhero' });
    const page = await admin.get('/verwaltung/protokoll');
    assert.match(rowWith(page.body, 'zukunft-1'), /System future\.feature\.change future_subject zukunft-1 mysteryField Vorher: alt → Nachher: neu$/);
    assert.match(rowWith(page.body, 'zukunft-2'), /Rolle Vorher: Mitglied → Nachher: superhero$/);
    assert.match(page.body, /<option value="future\.feature\.change"[^>]*>future\.feature\.change<\/option>/);
  });

  it('shortens a long text and keeps the whole of it one click away', async () => {
    const long = `Wir laden herzlich ein. ${'Es geht um die digitale Zukunft der Dörfer. '.repeat(6)}\n\nDer zweite Absatz.`;
    await recordAudit(rt.deps.db, null, 'event.update', { type: 'event', id: 'lang-1' }, { description: 'Kurz.' }, { description: long });
    const row = (await admin.get('/verwaltung/protokoll?aktion=event.update')).body;
    assert.match(row, /<summary class="kern-accordion__header">Ganzen Text anzeigen<span class="kern-sr-only">: Beschreibung, Nachher<\/span><\/summary>/);
    assert.match(row, /<p class="kern-body kern-body--small">Der zweite Absatz\.<\/p>/);
    assert.match(rowWith(row, 'lang-1'), /Beschreibung Vorher: Kurz\. Nachher: Wir laden herzlich ein\. .* … Ganzen Text anzeigen/);
  });

  it('says so when a save changed nothing', async () => {
    await recordAudit(rt.deps.db, null, 'page.update', { type: 'content_page', id: 'gleich-1' }, { titleDe: 'Kontakt' }, { titleDe: 'Kontakt' });
    assert.match(rowWith((await admin.get('/verwaltung/protokoll')).body, 'gleich-1'), /Service-Seite geändert Service-Seite gleich-1 Nichts geändert$/);
  });

  it('filters by Berlin days, as the times in the list are shown', async () => {
    await recordAudit(rt.deps.db, null, 'settings.update', { type: 'settings', id: 'nachts' }, { demo: true }, { demo: false });
    // 23:30 UTC on 9 March is half past midnight on 10 March in Berlin.
    await queryRows(rt.deps.db, sql`update audit_log set at = '2026-03-09T23:30:00Z' where subject_id = 'nachts'`);
    const tenth = await admin.get('/verwaltung/protokoll?von=2026-03-10&bis=2026-03-10');
    assert.match(
      rowWith(tenth.body, 'nachts'),
      /10\. März 2026 um 00:30 System Einstellungen geändert Einstellungen nachts Demo-Hinweis Vorher: Ja → Nachher: Nein$/,
    );
    const ninth = await admin.get('/verwaltung/protokoll?von=2026-03-09&bis=2026-03-09');
    assert.doesNotMatch(ninth.body, /nachts/);
  });
});
