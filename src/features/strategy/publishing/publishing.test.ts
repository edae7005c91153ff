import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { searchDocuments } from '../../../platform/search/index.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../../testing/harness.ts';
import { insertTestOrganisation } from '../../../testing/test-organisation.ts';
import { insertMembership } from '../../organisations/repository.ts';
import { publicStrategyPath, workbenchPath } from '../core/paths.ts';
import { strategies, strategyActors, strategyGoals, strategyMeasures, strategyParticipation } from '../core/tables.ts';
import { htmlExportPath, publicPdfPath, publishPath, saveVersionPath, versionsPath, withdrawPath, workbenchPdfPath } from './paths.ts';

const noPdfTools = spawnSync('pdftotext', ['-v']).error !== undefined;

/** The PDF's text as pdftotext reads it, no-break spaces as plain ones. */
function pdfText(pdf: Buffer): string {
  const file = path.join(os.tmpdir(), `dk-strategy-${process.pid}-${Date.now()}.pdf`);
  fs.writeFileSync(file, pdf);
  try {
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
  } finally {
    fs.rmSync(file, { force: true });
  }
}

eachBackend('strategy: review, versions, publication, public page and exports', (backend) => {
  let rt: TestRuntime;
  const SLUG = 'gemeinde-veroeffentlichung';
  const EMPTY_SLUG = 'gemeinde-ohne-strategie';
  let strategyId = '';
  let measureId = '';
  const people = {} as Record<'manager' | 'member' | 'outsider', { id: string; client: TestClient }>;
  const button = (who: TestClient, action: string) => who.postForm(action, {}, { csrfFrom: workbenchPath(SLUG, 'publish') });

  before(async () => {
    rt = await createTestRuntime(backend);
    const db = rt.deps.db;
    const organisationId = await insertTestOrganisation(db, SLUG, 'Gemeinde Hüttblek');
    await insertTestOrganisation(db, EMPTY_SLUG, 'Gemeinde Leerdorf');
    for (const who of ['manager', 'member', 'outsider'] as const) {
      const user = await createTestUser(rt.deps);
      const client = new TestClient(rt.app);
      assert.equal((await client.login(user.email, TEST_PASSWORD)).statusCode, 303);
      people[who] = { id: user.id, client };
      if (who !== 'outsider') await insertMembership(db, { organisationId, userId: user.id, role: who, status: 'active' });
    }
    const [strategy] = await db
      .insert(strategies)
      .values({ organisationId, vision: 'Hüttblek ist **2030** ein digitales Dorf, in dem jede Bürgerin Anträge online stellt.' })
      .returning();
    strategyId = strategy!.id;
    await db.insert(strategyGoals).values({ strategyId, position: 1, title: 'Verwaltung ohne Wartezeit' });
    const [measure] = await db
      .insert(strategyMeasures)
      .values({
        strategyId,
        position: 1,
        title: 'Bürgerportal einführen',
        leadUnit: 'Hauptamt',
        status: 'on_track',
        startsOn: '2026-03-01',
        endsOn: '2026-12-31',
        indicator: 'Online-Anträge pro Jahr',
        targetValue: '1500',
        unit: 'Anträge',
      })
      .returning();
    measureId = measure!.id;
    await db.insert(strategyMeasures).values({ strategyId, position: 2, title: 'WLAN im Dorfgemeinschaftshaus', startsOn: '2027-08-01' });
    await db.insert(strategyActors).values({ strategyId, position: 1, name: 'Gemeindevertretung', involvement: 'beschließt die Strategie' });
    await db.insert(strategyParticipation).values({ strategyId, position: 1, format: 'Dorfwerkstatt', description: 'Ideen sammeln' });
  });
  after(async () => {
    await rt.close();
  });

  const search = (query: string) => searchDocuments(rt.deps.db, { query, types: ['strategy'], page: 1, pageSize: 10 });

  it('shows members the review with the content and what is missing, but only managers the buttons; outsiders get 404', async () => {
    const review = await people.member.client.get(workbenchPath(SLUG, 'publish'));
    assert.equal(review.statusCode, 200);
    assert.match(review.body, /Bürgerportal einführen/);
    assert.match(review.body, /Im Plan/);
    assert.match(review.body, /Es sind noch keine Handlungsfelder gewählt/);
    assert.doesNotMatch(review.body, new RegExp(publishPath(SLUG)));
    const managers = await people.manager.client.get(workbenchPath(SLUG, 'publish'));
    assert.match(managers.body, new RegExp(`action="${publishPath(SLUG)}"`));
    assert.equal((await people.outsider.client.get(workbenchPath(SLUG, 'publish'))).statusCode, 404);
    assert.equal((await new TestClient(rt.app).get(workbenchPath(SLUG, 'publish'))).statusCode, 303);
  });

  it('keeps a draft away from the public page, its PDF and the search, for its own managers too', async () => {
    assert.equal((await new TestClient(rt.app).get(publicStrategyPath(SLUG))).statusCode, 404);
    assert.equal((await people.manager.client.get(publicStrategyPath(SLUG))).statusCode, 404);
    assert.equal((await new TestClient(rt.app).get(publicPdfPath(SLUG))).statusCode, 404);
    assert.equal((await new TestClient(rt.app).get(publicStrategyPath('gibt-es-nicht'))).statusCode, 404);
    assert.equal((await search('Bürgerportal')).total, 0);
  });

  it('refuses the publication to a member (403) and to an outsider (404), and changes nothing', async () => {
    assert.equal((await button(people.member.client, publishPath(SLUG))).statusCode, 403);
    const outsider = await people.outsider.client.postForm(publishPath(SLUG), {}, { csrfFrom: '/passwort-vergessen' });
    assert.equal(outsider.statusCode, 404);
    assert.equal((await button(people.member.client, saveVersionPath(SLUG))).statusCode, 403);
    const [row] = await queryRows<{ status: string }>(rt.deps.db, sql`select status from strategies where id = ${strategyId}`);
    assert.equal(row!.status, 'draft');
  });

  it('refuses to publish an organisation without any content, storing nothing', async () => {
    const db = rt.deps.db;
    const organisationId = (await queryRows<{ id: string }>(db, sql`select id from organisations where slug = ${EMPTY_SLUG}`))[0]!.id;
    await insertMembership(db, { organisationId, userId: people.manager.id, role: 'manager', status: 'active' });
    const res = await people.manager.client.postForm(
      workbenchPath(EMPTY_SLUG, 'publish', 'veroeffentlichen'),
      {},
      { csrfFrom: workbenchPath(EMPTY_SLUG, 'publish') },
    );
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /ohne Inhalte kann nicht veröffentlicht/);
    const rows = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from strategies where organisation_id = ${organisationId}`);
    assert.equal(rows[0]!.n, 0);
  });

  it('publishes once per submission with a version, shows the public page with the timeline, and the search finds it', async () => {
    const page = await people.manager.client.get(workbenchPath(SLUG, 'publish'));
    const form = /action="[^"]*\/veroeffentlichen\/veroeffentlichen"[^>]*>[\s\S]*?name="_submission" value="([^"]+)"/.exec(page.body);
    const fields = { _submission: form![1]! };
    for (let i = 0; i < 2; i++) {
      const res = await people.manager.client.postForm(publishPath(SLUG), fields, { csrfFrom: workbenchPath(SLUG, 'publish') });
      assert.equal(res.statusCode, 303);
    }
    const versions = await queryRows<{ n: number }>(
      rt.deps.db,
      sql`select count(*)::int as n from record_versions where record_key = 'strategy' and record_id = ${strategyId}`,
    );
    assert.equal(versions[0]!.n, 1, 'a double submit publishes once');
    const [row] = await queryRows<{ status: string; published_at: Date }>(
      rt.deps.db,
      sql`select status, published_at from strategies where id = ${strategyId}`,
    );
    assert.equal(row!.status, 'published');

    const pub = await new TestClient(rt.app).get(publicStrategyPath(SLUG));
    assert.equal(pub.statusCode, 200);
    assert.match(pub.body, /Digitalstrategie Gemeinde Hüttblek/);
    assert.match(pub.body, /<strong>2030<\/strong>/, 'the vision is Markdown');
    assert.match(pub.body, /1\. Halbjahr 2026[\s\S]*Bürgerportal einführen[\s\S]*2\. Halbjahr 2027[\s\S]*WLAN im Dorfgemeinschaftshaus/);
    assert.match(pub.body, /Im Plan/);
    assert.match(pub.body, /1\.500 Anträge/);
    assert.match(pub.body, /Dorfwerkstatt/);
    assert.match(pub.body, /Gemeindevertretung/);

    const found = await search('Bürgerportal');
    assert.equal(found.total, 1);
    assert.equal(found.items[0]!.url, publicStrategyPath(SLUG));

    // publishing again keeps the first date and adds a version
    await new Promise((r) => setTimeout(r, 10));
    assert.equal((await button(people.manager.client, publishPath(SLUG))).statusCode, 303);
    const [again] = await queryRows<{ published_at: Date }>(rt.deps.db, sql`select published_at from strategies where id = ${strategyId}`);
    assert.equal(new Date(again!.published_at).getTime(), new Date(row!.published_at).getTime());
  });

  it('keeps a version on request and compares two, showing what changed in a measure', async () => {
    await rt.deps.db.execute(sql`update strategy_measures set status = 'delayed' where id = ${measureId}`);
    assert.equal((await button(people.manager.client, saveVersionPath(SLUG))).statusCode, 303);
    const numbers = await queryRows<{ number: number }>(
      rt.deps.db,
      sql`select number from record_versions where record_key = 'strategy' and record_id = ${strategyId} order by number`,
    );
    assert.deepEqual(
      numbers.map((n) => n.number),
      [1, 2, 3],
    );
    const page = await people.member.client.get(`${versionsPath(SLUG)}?von=2&bis=3`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Stand: Im Plan/);
    assert.match(page.body, /Stand: Verzögert/);
    assert.equal((await people.member.client.get(`${versionsPath(SLUG)}?von=1&bis=99`)).statusCode, 404);
    assert.equal((await people.outsider.client.get(versionsPath(SLUG))).statusCode, 404);
  });

  it('exports a PDF whose text holds the vision and a measure, for the workbench and the public page', {
    skip: noPdfTools && 'pdftotext not installed',
  }, async () => {
    const workbench = await people.member.client.get(workbenchPdfPath(SLUG));
    assert.equal(workbench.statusCode, 200);
    assert.equal(workbench.headers['content-type'], 'application/pdf');
    assert.match(String(workbench.headers['content-disposition']), /attachment; filename="digitalstrategie-gemeinde-veroeffentlichung\.pdf"/);
    // the public PDF is the same document; read without a session, its bytes come whole
    const res = await rt.app.inject({ method: 'GET', url: publicPdfPath(SLUG) });
    assert.equal(res.statusCode, 200);
    const text = pdfText(res.rawPayload);
    assert.match(text, /Hüttblek ist 2030 ein digitales Dorf/);
    assert.match(text, /Bürgerportal einführen/);
    assert.match(text, /Verzögert/);
    assert.equal((await people.outsider.client.get(workbenchPdfPath(SLUG))).statusCode, 404);
  });

  it('exports a standalone HTML document for word processors', async () => {
    const res = await people.member.client.get(htmlExportPath(SLUG));
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-disposition']), /^attachment; filename="digitalstrategie-gemeinde-veroeffentlichung\.html"$/);
    assert.match(res.body, /^<!doctype html><html lang="de">/);
    assert.match(res.body, /<h1[^>]*>Digitalstrategie Gemeinde Hüttblek<\/h1>/);
    assert.match(res.body, /<th scope="col"[^>]*>Maßnahme<\/th>/);
    assert.match(res.body, /Bürgerportal einführen/);
    assert.doesNotMatch(res.body, /<script|<link /);
    assert.equal((await people.outsider.client.get(htmlExportPath(SLUG))).statusCode, 404);
  });

  it('withdraws: the public page answers 404 and the search no longer finds it; a member cannot withdraw', async () => {
    assert.equal((await button(people.member.client, withdrawPath(SLUG))).statusCode, 403);
    assert.equal((await button(people.manager.client, withdrawPath(SLUG))).statusCode, 303);
    assert.equal((await new TestClient(rt.app).get(publicStrategyPath(SLUG))).statusCode, 404);
    assert.equal((await search('Bürgerportal')).total, 0);
    const again = await button(people.manager.client, withdrawPath(SLUG));
    assert.equal(again.statusCode, 400, 'a draft cannot be withdrawn');
    const audit = await queryRows<{ action: string }>(rt.deps.db, sql`select action from audit_log where subject_id = ${strategyId} order by at`);
    assert.deepEqual(
      audit.map((a) => a.action),
      ['strategy.publish', 'strategy.publish', 'strategy.version', 'strategy.withdraw'],
    );
  });
});
