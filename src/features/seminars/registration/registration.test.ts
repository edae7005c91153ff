import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { insertTestOrganisation } from '../../../testing/test-organisation.ts';
import { createTestRuntime, eachBackend, type TestRuntime } from '../../../testing/harness.ts';
import { participationPath, registerPath, seriesPath } from '../core/paths.ts';
import { insertTestSeries, signedInParticipant } from '../testing/registration-fixtures.ts';

const MAYOR = 'hauptamtliche Bürgermeisterinnen und Bürgermeister';
const CONFIRM = (slug: string) => seriesPath(slug, 'anmelden/bestaetigen');

/** The answers the check page carries on to the confirmation, as its hidden fields. */
function carried(html: string): Record<string, string> {
  const form = /<form[^>]*action="[^"]*anmelden\/bestaetigen"[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1] ?? '';
  const fields: Record<string, string> = {};
  for (const m of form.matchAll(/<input type="hidden" name="([^"_][^"]*)" value="([^"]*)"/g)) fields[m[1]!] = m[2]!.replace(/&amp;/g, '&');
  return fields;
}

eachBackend('seminar series: registering for a series or a module', (backend) => {
  let rt: TestRuntime;
  let vgId: string;
  let gemeindeId: string;

  const registrations = async (slug: string) =>
    queryRows<{ user_id: string; status: string; scope: string; organisation_id: string | null; function_statement: string }>(
      rt.deps.db,
      sql`select r.user_id, r.status, r.scope, r.organisation_id, r.function_statement from seminar_registrations r
          join seminar_series s on s.id = r.series_id where s.slug = ${slug} order by r.created_at`,
    );
  const person = (organisationIds: string[] = [vgId]) => signedInParticipant(rt.deps, rt.app, { organisationIds });
  const mayor = { organisationId: '', confirmsFunction: '1', functionStatement: 'Bürgermeisterin der Verbandsgemeinde Musterland', consent: '1' };

  /** The form, the check page and the confirmation, as a person goes through them. */
  async function register(client: Awaited<ReturnType<typeof person>>['client'], slug: string, fields: Record<string, string>, moduleId?: string) {
    await client.get(registerPath(slug, moduleId));
    const checkPage = await client.postForm(registerPath(slug, moduleId), { ...fields, ...(moduleId ? { moduleId } : {}) });
    assert.equal(checkPage.statusCode, 200, checkPage.body.slice(0, 300));
    assert.match(checkPage.body, /Angaben prüfen/);
    return client.postForm(CONFIRM(slug), carried(checkPage.body));
  }

  before(async () => {
    rt = await createTestRuntime(backend);
    vgId = await insertTestOrganisation(rt.deps.db, 'vg-musterland', 'Verbandsgemeinde Musterland', { type: 'amt' });
    gemeindeId = await insertTestOrganisation(rt.deps.db, 'gemeinde-klein', 'Gemeinde Klein');
  });
  after(async () => {
    await rt.close();
  });

  it('registers for the whole series through the check page, once, with a receipt; the seats of the series fill and then the waiting list', async () => {
    await insertTestSeries(rt.deps, {
      slug: 'reihe-serie',
      seats: 1,
      requiredFunction: MAYOR,
      modules: [
        { title: 'Startworkshop', inDays: 20, homeworkStep: 'assessment' },
        { title: 'Vision', inDays: 60 },
      ],
    });
    const first = await person();
    const form = await first.client.get(registerPath('reihe-serie'));
    assert.equal(form.statusCode, 200);
    assert.ok(form.body.includes(`Die Reihe richtet sich an ${MAYOR}. Ich bestätige, dass ich dazu gehöre.`));
    assert.match(form.body, /Ich willige ein, dass meine Angaben/);

    await first.client.get(registerPath('reihe-serie'));
    const checkPage = await first.client.postForm(registerPath('reihe-serie'), { ...mayor, organisationId: vgId });
    assert.equal(checkPage.statusCode, 200);
    assert.match(checkPage.body, /Verbandsgemeinde Musterland/);
    assert.match(checkPage.body, /Bürgermeisterin der Verbandsgemeinde Musterland/);
    // the change link carries the answers back into the form
    const change = /href="([^"]*anmelden\?[^"]*#f-functionStatement)"/.exec(checkPage.body)?.[1]?.replace(/&amp;/g, '&');
    assert.ok(change);
    assert.match((await first.client.get(change)).body, /name="functionStatement"[^>]*value="Bürgermeisterin der Verbandsgemeinde Musterland"/);
    assert.equal((await registrations('reihe-serie')).length, 0, 'the check page stores nothing');

    const checked = await first.client.postForm(registerPath('reihe-serie'), { ...mayor, organisationId: vgId });
    const done = await first.client.postForm(CONFIRM('reihe-serie'), carried(checked.body));
    assert.equal(done.statusCode, 303);
    assert.equal(done.location, participationPath('reihe-serie'));
    // the same submission again (double click): nothing more
    const again = await first.client.postForm(CONFIRM('reihe-serie'), carried(checked.body));
    assert.equal(again.statusCode, 303);
    const rows = await registrations('reihe-serie');
    assert.equal(rows.length, 1);
    assert.deepEqual(
      { status: rows[0]!.status, scope: rows[0]!.scope, org: rows[0]!.organisation_id, fn: rows[0]!.function_statement },
      { status: 'confirmed', scope: 'series', org: vgId, fn: 'Bürgermeisterin der Verbandsgemeinde Musterland' },
    );
    const page = await first.client.open(participationPath('reihe-serie'));
    assert.match(page.body, /Ihre Anmeldung ist gespeichert/);
    assert.match(page.body, /Angemeldet/);

    // a second registration, with a new check page, is refused and sent to the participant's page
    assert.equal((await first.client.get(registerPath('reihe-serie'))).location, participationPath('reihe-serie'));
    const otherTab = carried(checked.body);
    const second = await first.client.postForm(
      CONFIRM('reihe-serie'),
      { ...otherTab, _submission: randomUUID() },
      { csrfFrom: participationPath('reihe-serie') },
    );
    assert.equal(second.location, participationPath('reihe-serie'));
    assert.equal((await registrations('reihe-serie')).length, 1);

    // the one seat is taken: the next person waits
    const next = await person();
    assert.equal((await register(next.client, 'reihe-serie', { ...mayor, organisationId: vgId })).statusCode, 303);
    assert.equal((await registrations('reihe-serie'))[1]!.status, 'waiting');
    assert.match((await next.client.get(participationPath('reihe-serie'))).body, /Auf der Warteliste, Platz 1/);

    await rt.runJobs();
    const receipt = rt.mails.find((m) => m.to === first.email);
    assert.ok(receipt);
    assert.equal(receipt.subject, 'Anmeldung bestätigt: Seminarreihe reihe-serie');
    assert.match(receipt.text, /Modul 1: Startworkshop/);
    assert.match(receipt.text, /Mayen/);
    assert.ok(receipt.text.includes(`${participationPath('reihe-serie')}`));
    assert.equal(rt.mails.find((m) => m.to === next.email)?.subject, 'Warteliste: Seminarreihe reihe-serie');

    // the first cancels: the waiting person moves up and is told
    const cancelled = await first.client.postForm(
      participationPath('reihe-serie', 'abmelden'),
      { cancel: '1' },
      { csrfFrom: participationPath('reihe-serie') },
    );
    assert.equal(cancelled.statusCode, 200);
    assert.match(cancelled.body, /Ihre Abmeldung ist gespeichert/);
    assert.deepEqual(
      (await registrations('reihe-serie')).map((r) => r.status),
      ['cancelled', 'confirmed'],
    );
    assert.equal((await first.client.get(participationPath('reihe-serie'))).statusCode, 404);
    await rt.runJobs();
    assert.equal(
      rt.mails.find((m) => m.to === next.email && m.subject.startsWith('Ein Platz ist frei'))?.subject,
      'Ein Platz ist frei geworden: Seminarreihe reihe-serie',
    );
    assert.ok(rt.mails.some((m) => m.to === first.email && m.subject === 'Abmeldung: Seminarreihe reihe-serie'));
  });

  it('registers per module: each module has its own seats and waiting list', async () => {
    const { moduleIds } = await insertTestSeries(rt.deps, {
      slug: 'reihe-module',
      mode: 'module',
      modules: [
        { title: 'Eins', inDays: 10, seats: 1 },
        { title: 'Zwei', inDays: 40, seats: 1 },
      ],
    });
    const [one, two] = moduleIds as [string, string];
    const a = await person([]);
    const b = await person([]);
    assert.equal((await register(a.client, 'reihe-module', { consent: '1' }, one)).statusCode, 303);
    assert.equal((await register(b.client, 'reihe-module', { consent: '1' }, one)).statusCode, 303);
    assert.equal((await register(b.client, 'reihe-module', { consent: '1' }, two)).statusCode, 303);
    const rows = await registrations('reihe-module');
    assert.deepEqual(
      rows.map((r) => [r.user_id === a.id ? 'a' : 'b', r.scope === one ? 'one' : 'two', r.status]),
      [
        ['a', 'one', 'confirmed'],
        ['b', 'one', 'waiting'],
        ['b', 'two', 'confirmed'],
      ],
    );
    // the wrong mode or another series' module: refused, nothing stored
    assert.equal((await a.client.get(registerPath('reihe-module'))).statusCode, 400);
    assert.equal((await a.client.get(registerPath('reihe-module', undefined))).statusCode, 400);
    // a module of another series is not found under this one
    assert.equal((await a.client.get(registerPath('reihe-serie', one))).statusCode, 404);
    assert.equal((await a.client.get(registerPath('reihe-module', randomUUID()))).statusCode, 404);
    assert.equal((await a.client.get(registerPath('reihe-module', 'kein-modul'))).statusCode, 404);
    assert.equal((await registrations('reihe-module')).length, 3);

    // a cancels module one: b moves up there
    const cancelled = await a.client.postForm(
      participationPath('reihe-module', 'abmelden'),
      { moduleId: one, cancel: '1' },
      { csrfFrom: participationPath('reihe-module') },
    );
    assert.equal(cancelled.statusCode, 200);
    assert.deepEqual(
      (await registrations('reihe-module')).map((r) => r.status),
      ['cancelled', 'confirmed', 'confirmed'],
    );
  });

  it('refuses whoever is not eligible with the explanation and stores nothing', async () => {
    await insertTestSeries(rt.deps, {
      slug: 'reihe-regeln',
      requiredFunction: MAYOR,
      organisationTypes: ['amt'],
      modules: [{ title: 'Start', inDays: 20 }],
    });
    // not a mayor: the statement is missing
    const notMayor = await person([vgId]);
    await notMayor.client.get(registerPath('reihe-regeln'));
    const refused = await notMayor.client.postForm(registerPath('reihe-regeln'), { organisationId: vgId, functionStatement: '', consent: '1' });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /richtet sich nur an hauptamtliche Bürgermeisterin/);
    assert.match(refused.body, /Wir haben nichts gespeichert/);
    // the confirmation checks again: a hand-made confirmation without the function is refused too
    const forged = await notMayor.client.postForm(
      CONFIRM('reihe-regeln'),
      { organisationId: vgId, functionStatement: 'Kämmerer', consent: '1', _submission: randomUUID() },
      { csrfFrom: registerPath('reihe-regeln') },
    );
    assert.equal(forged.statusCode, 400);

    // a member of a Gemeinde only: the form already explains
    const gemeinde = await person([gemeindeId]);
    const explained = await gemeinde.client.get(registerPath('reihe-regeln'));
    assert.equal(explained.statusCode, 200);
    assert.match(explained.body, /Anmelden können sich nur Mitglieder dieser Organisationen: Amt/);
    assert.doesNotMatch(explained.body, /name="consent"/);
    // and the organisation of the wrong type is refused on the server as well
    const both = await person([gemeindeId, vgId]);
    await both.client.get(registerPath('reihe-regeln'));
    const wrongType = await both.client.postForm(registerPath('reihe-regeln'), { ...mayor, organisationId: gemeindeId });
    assert.equal(wrongType.statusCode, 400);
    assert.match(wrongType.body, /Anmelden können sich nur Mitglieder/);
    // an organisation the person does not belong to: the form's error
    const foreign = await both.client.postForm(registerPath('reihe-regeln'), { ...mayor, organisationId: randomUUID() });
    assert.equal(foreign.statusCode, 400);
    assert.match(foreign.body, /Wählen Sie eine Organisation, der Sie angehören/);
    // no consent: the form again with the error and the answers kept
    const noConsent = await both.client.postForm(registerPath('reihe-regeln'), { ...mayor, organisationId: vgId, consent: '' });
    assert.equal(noConsent.statusCode, 400);
    assert.match(noConsent.body, /Willigen Sie in die Verarbeitung/);
    assert.match(noConsent.body, /name="functionStatement"[^>]*value="Bürgermeisterin der Verbandsgemeinde Musterland"/);
    assert.equal((await registrations('reihe-regeln')).length, 0);
  });

  it('refuses closed registrations: a passed deadline, a series whose last module has begun, a draft; a begun series takes participants for its later modules', async () => {
    await insertTestSeries(rt.deps, { slug: 'reihe-schluss', deadlineInDays: -1, modules: [{ title: 'Start', inDays: 20 }] });
    await insertTestSeries(rt.deps, {
      slug: 'reihe-begonnen',
      modules: [
        { title: 'Start', inDays: -30 },
        { title: 'Letztes Modul', inDays: -1 },
      ],
    });
    await insertTestSeries(rt.deps, {
      slug: 'reihe-laeuft',
      modules: [
        { title: 'Start', inDays: -1 },
        { title: 'Später', inDays: 30 },
      ],
    });
    await insertTestSeries(rt.deps, { slug: 'reihe-entwurf', status: 'draft', modules: [{ title: 'Start', inDays: 20 }] });
    const p = await person([]);
    for (const slug of ['reihe-schluss', 'reihe-begonnen']) {
      const page = await p.client.get(registerPath(slug));
      assert.match(page.body, /Anmeldung geschlossen/);
      const posted = await p.client.postForm(CONFIRM(slug), { consent: '1', functionStatement: '', _submission: randomUUID() }, { csrfFrom: '/' });
      assert.equal(posted.statusCode, 409);
      assert.equal((await registrations(slug)).length, 0);
    }
    assert.doesNotMatch((await p.client.get(registerPath('reihe-laeuft'))).body, /Anmeldung geschlossen/);
    assert.equal((await p.client.get(registerPath('reihe-entwurf'))).statusCode, 404);
    const draft = await p.client.postForm(CONFIRM('reihe-entwurf'), { consent: '1', functionStatement: '', _submission: randomUUID() }, { csrfFrom: '/' });
    assert.equal(draft.statusCode, 404);
    assert.equal((await registrations('reihe-entwurf')).length, 0);
    // not signed in: the login first
    const { TestClient } = await import('../../../platform/testing/client.ts');
    assert.match((await new TestClient(rt.app).get(registerPath('reihe-schluss'))).location ?? '', /^\/anmelden\?weiter=/);
  });
});
