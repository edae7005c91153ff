import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { TestClient } from '../../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../../testing/harness.ts';
import { insertMembership } from '../../organisations/repository.ts';
import { seedOrganisations } from '../../organisations/seed.ts';
import { getOrganisationBySlug } from '../../organisations/service.ts';
import { seedCompetition } from '../seed.ts';

const NINE = [
  'Kreis Dithmarschen',
  'Kreis Schleswig-Flensburg',
  'Wirtschaftsraum Rendsburg',
  'Landeshauptstadt Kiel',
  'Stadt Flensburg',
  'Stadt Eutin',
  'Stadt Pinneberg',
  'Stadt Nortorf',
  'Gemeinde Kirchbarkau',
];

eachBackend('competition: the model municipalities', (backend) => {
  let rt: TestRuntime;
  const visitor = () => new TestClient(rt.app);

  before(async () => {
    rt = await createTestRuntime(backend);
    await seedOrganisations(rt.deps);
    await seedCompetition(rt.deps);
    await seedCompetition(rt.deps);
  });
  after(async () => rt.close());

  it('shows the nine winners of the first round, about a million euros, each linked to its municipality', async () => {
    const page = await visitor().get('/wettbewerb/modellkommunen');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /9 geförderte Vorhaben/);
    for (const name of NINE) assert.ok(page.body.includes(name), name);
    const json = (await visitor().get('/wettbewerb/modellkommunen.json')).body;
    const { projects } = JSON.parse(json) as { projects: { fundingEur: number; municipality: string; url: string }[] };
    assert.equal(projects.length, 9, 'the seed ran twice and added nothing the second time');
    const total = projects.reduce((sum, p) => sum + p.fundingEur, 0);
    assert.ok(total >= 850_000 && total <= 1_000_000, `about a million: ${total}`);
    assert.ok(
      projects.every((p) => p.fundingEur <= 100_000),
      'none above the call’s maximum',
    );
    assert.match(projects[0]!.url, /^http:\/\/localhost\/wettbewerb\/modellkommunen\//);

    const kiel = await visitor().get('/wettbewerb/modellkommunen/open-data-kiel');
    assert.match(kiel.body, /Offene Daten für Kiel und das Land/);
    assert.match(kiel.body, /href="\/netzwerk\/organisationen\/landeshauptstadt-kiel"/);
    assert.match(kiel.body, /href="\/wettbewerb\/digitale-modellkommunen-2020"/);

    const archive = await visitor().get('/wettbewerb/archiv');
    assert.match(archive.body, /Ergebnis: 9 geförderte Vorhaben mit zusammen [\d.]+\s€/);
    assert.match(archive.body, /href="\/wettbewerb\/modellkommunen\?wettbewerb=digitale-modellkommunen-2020"/);
  });

  it('filters by field of action, status and competition, and ignores nonsense in the address', async () => {
    const data = await visitor().get('/wettbewerb/modellkommunen?handlungsfeld=infrastruktur-daten');
    assert.match(data.body, /3 geförderte Vorhaben/);
    assert.match(data.body, /Offene Daten für Kiel/);
    assert.doesNotMatch(data.body, /Das Rathaus in der Hosentasche/);
    assert.match((await visitor().get('/wettbewerb/modellkommunen?stand=running')).body, /0 geförderte Vorhaben|Zu diesen Filtern gibt es kein/);
    assert.match((await visitor().get('/wettbewerb/modellkommunen?wettbewerb=digitale-modellkommunen-2020')).body, /9 geförderte Vorhaben/);
    const nonsense = await visitor().get('/wettbewerb/modellkommunen?stand=%3Cscript%3E&handlungsfeld=..%2F..');
    assert.equal(nonsense.statusCode, 200);
    assert.match(nonsense.body, /9 geförderte Vorhaben/);
  });

  it('offers the same as CSV that German Excel opens, safe against formulas', async () => {
    const res = await visitor().get('/wettbewerb/modellkommunen.csv');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.match(String(res.headers['content-disposition']), /modellkommunen\.csv/);
    const lines = res.body
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    assert.equal(lines[0], 'Kommune;Vorhaben;Kurzbeschreibung;Handlungsfelder;Förderung (Euro);Stand;Beginn;Ende;Wettbewerb;Adresse');
    assert.equal(lines.length, 10);
    assert.ok(lines.some((l) => l.startsWith('Gemeinde Kirchbarkau;') && l.includes(';80000,00;Abgeschlossen;2020-09-01;2022-08-31;')));
  });

  it('shows the archived call with its results, and finds a project by the search', async () => {
    const call = await visitor().get('/wettbewerb/digitale-modellkommunen-2020');
    assert.match(call.body, /Geförderte Vorhaben dieses Wettbewerbs/);
    assert.match(call.body, /Das smarte Baugebiet der Zukunft/);
    assert.match((await visitor().get('/wettbewerb/archiv')).body, /Wettbewerb Digitale Modellkommunen Schleswig-Holstein/);
    const open = await visitor().get('/wettbewerb/digitale-modellkommunen-2027');
    assert.doesNotMatch(open.body, /Geförderte Vorhaben dieses Wettbewerbs/, 'an open call has no results yet');
    const search = await visitor().get('/suche?q=Baugebiet');
    assert.match(search.body, /Modellprojekt/);
    assert.match(search.body, /href="\/wettbewerb\/modellkommunen\/smartes-baugebiet-nortorf"/);
  });

  it("shows an organisation's funded projects to everyone and its applications to its members, with no decision before the release", async () => {
    const profile = '/netzwerk/organisationen/stadt-pinneberg';
    const anonymous = await visitor().get(profile);
    assert.match(anonymous.body, /Geförderte Modellprojekte/);
    assert.match(anonymous.body, /href="\/wettbewerb\/modellkommunen\/digitales-rathaus-pinneberg"/);
    assert.doesNotMatch(anonymous.body, /zweite Ausbaustufe/);

    const pinneberg = (await getOrganisationBySlug(rt.deps.db, 'stadt-pinneberg'))!;
    const as = async (role: 'member' | 'manager') => {
      const person = await createTestUser(rt.deps);
      await insertMembership(rt.deps.db, { organisationId: pinneberg.id, userId: person.id, role, status: 'active' });
      const client = visitor();
      await client.login(person.email, TEST_PASSWORD);
      return (await client.get(profile)).body;
    };
    const member = await as('member');
    assert.match(member, /Bewerbungen im Wettbewerb/);
    assert.match(member, /Digitales Rathaus Pinneberg – zweite Ausbaustufe<br\/>/, 'a member reads it without a link');
    assert.match(member, /Formal vollständig · WB-2027-0007/);
    assert.doesNotMatch(member, /Abgelehnt/, 'the rejection is not released yet');
    const manager = await as('manager');
    assert.match(manager, /href="\/wettbewerb\/bewerbungen\/7c0aa000-0000-4000-8000-000000000008"/);
  });
});
