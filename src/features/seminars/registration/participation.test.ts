import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { insertItem } from '../../knowledge/repository.ts';
import { insertTestOrganisation } from '../../../testing/test-organisation.ts';
import { createTestRuntime, eachBackend, type TestRuntime } from '../../../testing/harness.ts';
import { certificatePath, feedbackPath, materialPath, participationPath, seriesPath } from '../core/paths.ts';
import { insertTestAttendance, insertTestSeries, signedInParticipant } from '../testing/registration-fixtures.ts';

const noPdfTools = spawnSync('pdftotext', ['-v']).error !== undefined;

/** The PDF's text as pdftotext reads it, no-break spaces as plain ones. */
function pdfText(pdf: Buffer): string {
  const file = path.join(os.tmpdir(), `dk-seminar-${process.pid}-${Date.now()}.pdf`);
  fs.writeFileSync(file, pdf);
  try {
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
  } finally {
    fs.rmSync(file, { force: true });
  }
}

eachBackend('seminar series: the participant page, feedback and the certificate', (backend) => {
  let rt: TestRuntime;
  let held: string;
  let coming: string;
  let heldItem: string;
  let comingItem: string;
  let participant: Awaited<ReturnType<typeof signedInParticipant>>;
  let waiting: Awaited<ReturnType<typeof signedInParticipant>>;
  const SLUG = 'reihe-teilnahme';
  const feedbackCount = async () => (await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from seminar_feedback`))[0]!.n;

  before(async () => {
    rt = await createTestRuntime(backend);
    const item = async (slug: string, title: string) =>
      (await insertItem(rt.deps.db, { type: 'guide', slug, title, summary: 'Für die Seminarreihe.', body: 'Text.', status: 'draft' }))!.id;
    heldItem = await item('arbeitsblatt-start', 'Arbeitsblatt Reifegrad');
    comingItem = await item('arbeitsblatt-vision', 'Arbeitsblatt Vision');
    const orgId = await insertTestOrganisation(rt.deps.db, 'gemeinde-teilnahme', 'Gemeinde Teilnahme');
    const { seriesId, moduleIds } = await insertTestSeries(rt.deps, {
      slug: SLUG,
      seats: 1,
      modules: [
        { title: 'Startworkshop', inDays: -10, isPilot: true, homeworkStep: 'assessment', materials: [heldItem] },
        { title: 'Vision', inDays: 30, materials: [comingItem] },
      ],
    });
    [held, coming] = moduleIds as [string, string];
    participant = await signedInParticipant(rt.deps, rt.app, { displayName: 'Anna Bürgermeisterin', organisationIds: [orgId] });
    waiting = await signedInParticipant(rt.deps, rt.app, { organisationIds: [orgId] });
    // registrations are made directly: the series has begun, the form would refuse them
    await rt.deps.db.execute(sql`insert into seminar_registrations (series_id, scope, user_id, organisation_id, status, consent_text, confirmed_at)
      values (${seriesId}, 'series', ${participant.id}, ${orgId}, 'confirmed', 'Einwilligung', now()),
             (${seriesId}, 'series', ${waiting.id}, ${orgId}, 'waiting', 'Einwilligung', null)`);
    await insertTestAttendance(rt.deps, held, participant.id);
  });
  after(async () => {
    await rt.close();
  });

  it('shows the confirmed participant the materials of held modules only, attendance and the homework in the workbench', async () => {
    const page = await participant.client.get(participationPath(SLUG));
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes(`href="${materialPath(SLUG, heldItem)}"`));
    assert.ok(!page.body.includes(materialPath(SLUG, comingItem)), 'no materials of a module still to come');
    assert.match(page.body, /Teilgenommen/);
    assert.match(page.body, /Kommt noch/);
    assert.match(page.body, /href="\/strategie\/gemeinde-teilnahme\/werkstatt\/reifegrad">Reifegrad<\/a> \(Nicht begonnen\)/);
    // the waiting person is not yet a participant: no materials
    const waitingPage = await waiting.client.get(participationPath(SLUG));
    assert.match(waitingPage.body, /Auf der Warteliste, Platz 1/);
    assert.ok(!waitingPage.body.includes(materialPath(SLUG, heldItem)));
    // without a registration there is no such page
    const stranger = await signedInParticipant(rt.deps, rt.app);
    assert.equal((await stranger.client.get(participationPath(SLUG))).statusCode, 404);
    assert.equal((await stranger.client.get(feedbackPath(SLUG, held))).statusCode, 404);
  });

  it('takes feedback on a held pilot module from those who attended it, once', async () => {
    assert.equal((await participant.client.get(feedbackPath(SLUG, coming))).statusCode, 404, 'not a pilot, not held');
    assert.equal((await waiting.client.get(feedbackPath(SLUG, held))).statusCode, 404, 'not attended');
    const form = await participant.client.get(feedbackPath(SLUG, held));
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /Sehr hilfreich/);
    const missing = await participant.client.postForm(feedbackPath(SLUG, held), { rating: '', comment: 'Gut.' });
    assert.equal(missing.statusCode, 400);
    assert.match(missing.body, /Wählen Sie eine Bewertung/);
    assert.match(missing.body, />Gut\.<\/textarea>/);
    const sent = await participant.client.postForm(feedbackPath(SLUG, held), { rating: '4', comment: 'Mehr Praxisbeispiele, bitte.' });
    assert.equal(sent.statusCode, 303);
    assert.equal((await participant.client.postForm(feedbackPath(SLUG, held), { rating: '4', comment: 'Noch einmal.' })).statusCode, 303);
    assert.equal(await feedbackCount(), 1);
    assert.match((await participant.client.get(participationPath(SLUG))).body, /Danke, Ihre Rückmeldung ist gespeichert/);
    const second = await participant.client.get(feedbackPath(SLUG, held));
    assert.equal(second.location, participationPath(SLUG));
  });

  it('gives the certificate only once every module was attended', { skip: noPdfTools && 'pdftotext not installed' }, async () => {
    assert.equal((await participant.client.get(certificatePath(SLUG))).statusCode, 404);
    assert.doesNotMatch((await participant.client.get(participationPath(SLUG))).body, /bescheinigung\.pdf/);
    await insertTestAttendance(rt.deps, coming, participant.id);
    assert.match((await participant.client.get(participationPath(SLUG))).body, /bescheinigung\.pdf/);
    const res = await rt.app.inject({
      method: 'GET',
      url: certificatePath(SLUG),
      headers: { cookie: `${rt.app.sessionCookie.name}=${participant.client.cookie(rt.app.sessionCookie.name)}` },
    });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    const text = pdfText(res.rawPayload);
    assert.match(text, /Teilnahmebescheinigung/);
    assert.match(text, /Anna Bürgermeisterin/);
    assert.match(text, /Gemeinde Teilnahme/);
    assert.match(text, /Modul 1: Startworkshop/);
    assert.match(text, /Modul 2: Vision/);
    assert.match(text, /Kommunal-Akademie/);
    // someone else attended nothing: no certificate for them
    assert.equal((await waiting.client.get(certificatePath(SLUG))).statusCode, 404);
    assert.equal((await waiting.client.get(seriesPath('gibt-es-nicht', 'teilnahme'))).statusCode, 404);
  });
});
