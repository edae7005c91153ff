import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { upsertSearchDocument } from '../../platform/search/index.ts';
import { TestClient } from '../../platform/testing/client.ts';
import { createTestRuntime, eachBackend, type TestRuntime } from '../../testing/harness.ts';

eachBackend('search page', (backend) => {
  let rt: TestRuntime;
  before(async () => {
    rt = await createTestRuntime(backend);
    const doc = { feature: 'test', summary: '', fieldsOfAction: ['verwaltung'], published: true };
    await upsertSearchDocument(rt.deps.db, {
      ...doc,
      refId: '1',
      type: 'guide',
      title: 'Anträge <b>stellen</b>',
      body: 'So gelingt ein Antrag.',
      url: '/wissen/antraege',
    });
    await upsertSearchDocument(rt.deps.db, {
      ...doc,
      refId: '2',
      type: 'event',
      title: 'Sprechstunde',
      body: 'Hilfe bei Anträgen.',
      url: '/veranstaltungen/sprechstunde',
      fieldsOfAction: [],
    });
  });
  after(async () => rt.close());

  it('asks for a search term when there is none', async () => {
    const res = await new TestClient(rt.app).get('/suche');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<label[^>]*for="[^"]*q"[^>]*>Suchbegriff/);
    assert.match(res.body, /<form method="get" action="\/suche" role="search"/);
    assert.doesNotMatch(res.body, /Ergebnisse für/);
  });

  it('lists results with type, link and marked snippet, escaping the content', async () => {
    const res = await new TestClient(rt.app).get('/suche?q=Antrag');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /2 Ergebnisse für „Antrag“/);
    assert.match(res.body, /<a href="\/wissen\/antraege">Anträge &lt;b>stellen&lt;\/b><\/a>/);
    assert.match(res.body, /Leitfaden/);
    assert.match(res.body, /Hilfe bei <mark>Anträgen<\/mark><\/p>/);
  });

  it('filters by type and field of action', async () => {
    const byType = await new TestClient(rt.app).get('/suche?q=Antrag&typ=event');
    assert.match(byType.body, /1 Ergebnis für/);
    assert.match(byType.body, /\/veranstaltungen\/sprechstunde/);
    const byField = await new TestClient(rt.app).get('/suche?q=Antrag&handlungsfeld=verwaltung');
    assert.match(byField.body, /1 Ergebnis für/);
    assert.match(byField.body, /\/wissen\/antraege/);
  });

  it('searches the closest known word for a mistyped one, and says so', async () => {
    const res = await new TestClient(rt.app).get('/suche?q=Sprechstunbe');
    assert.match(res.body, /1 Ergebnis für „Sprechstunbe“ Wir haben auch nach dem ähnlichen Wort „Sprechstunde“ gesucht\./);
    assert.match(res.body, /\/veranstaltungen\/sprechstunde/);
  });

  it('shows tips when nothing is found, and survives hostile queries', async () => {
    const none = await new TestClient(rt.app).get('/suche?q=Quantencomputer');
    assert.equal(none.statusCode, 200);
    assert.match(none.body, /Tipps für die Suche/);
    for (const q of ["'; drop table users; --", 'a & | ! (', 'x'.repeat(10_000), '%00<script>']) {
      const res = await new TestClient(rt.app).get(`/suche?q=${encodeURIComponent(q)}&seite=abc&typ=<x>`);
      assert.equal(res.statusCode, 200, q.slice(0, 20));
      assert.doesNotMatch(res.body, /<script>/);
    }
  });

  it('speaks English', async () => {
    const client = new TestClient(rt.app);
    await client.get('/sprache/en');
    const res = await client.get('/suche?q=Antrag');
    assert.match(res.body, /2 results for/);
  });
});
