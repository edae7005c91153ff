import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { count, eq } from 'drizzle-orm';
import { FILE_TYPES } from '../../../platform/files/index.ts';
import { searchDocuments as searchTable } from '../../../platform/search/tables.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { createTestRuntime, eachBackend, type TestRuntime } from '../../../testing/harness.ts';
import { seedCompetition } from '../../competition/seed.ts';
import { seedOrganisations } from '../../organisations/seed.ts';
import { solutionAdoptions, solutions } from '../core/tables.ts';
import { DEMO_SOLUTIONS, seedSolutions } from '../seed.ts';
import { insertDemoDocument } from '../testing/library-documents.ts';

/** The slugs of the solution cards on a list page, in their order. */
function cardSlugs(body: string): string[] {
  return [...body.matchAll(/class="kern-link--stretched" href="\/loesungen\/([a-z0-9-]+)"/g)].map((m) => m[1]!);
}

eachBackend('solutions: the public library', (backend) => {
  let rt: TestRuntime;
  const visitor = () => new TestClient(rt.app);
  const list = async (query: string) => {
    const res = await visitor().get(`/loesungen${query}`);
    assert.equal(res.statusCode, 200, query);
    return cardSlugs(res.body);
  };

  before(async () => {
    rt = await createTestRuntime(backend);
    await seedOrganisations(rt.deps);
    await seedCompetition(rt.deps);
    await seedSolutions(rt.deps);
    await seedSolutions(rt.deps);
  });
  after(async () => rt.close());

  it('adds the demo content once, and only the published solutions to the search', async () => {
    const [all] = await rt.deps.db.select({ n: count() }).from(solutions);
    const [adoptions] = await rt.deps.db.select({ n: count() }).from(solutionAdoptions);
    const [indexed] = await rt.deps.db.select({ n: count() }).from(searchTable).where(eq(searchTable.feature, 'solutions'));
    assert.deepEqual([all?.n, adoptions?.n, indexed?.n], [15, 15, 13]);
  });

  it('lists the published solutions, the most re-used first or the newest first', async () => {
    const page = await visitor().get('/loesungen');
    assert.match(page.body, /13 Lösungen/);
    assert.match(page.body, /Landeshauptstadt Kiel/);
    assert.match(page.body, /3 Nachnutzungen/);
    const byReuse = cardSlugs(page.body);
    assert.equal(byReuse.length, 13);
    // 3 re-uses, then three with 2 each, newest first among them
    assert.deepEqual(byReuse.slice(0, 4), ['open-data-portal', 'mitfahrbank-app', 'digitales-ratsinformationssystem', 'sensornetz']);
    assert.ok(!byReuse.includes('online-terminvergabe') && !byReuse.includes('rufbus-on-demand'), 'no draft, nothing in review');
    assert.deepEqual((await list('?sortierung=neueste')).slice(0, 2), ['telemedizin-punkt', 'mitfahrbank-app']);
  });

  it('filters by field of action, size, maturity, open source and cost band', async () => {
    assert.deepEqual(await list('?reife=idea'), ['digitale-strategie-ueber-die-grenze']);
    assert.deepEqual((await list('?opensource=ja')).sort(), ['beteiligungsplattform', 'mitfahrbank-app', 'open-data-portal', 'sensornetz']);
    assert.deepEqual((await list('?kosten=bis-10000')).sort(), ['mitfahrbank-app', 'schul-wlan']);
    assert.deepEqual((await list('?kosten=ueber-50000')).sort(), ['sensornetz', 'smartes-baugebiet']);
    assert.deepEqual(await list('?kosten=ohne-angabe'), ['digitale-strategie-ueber-die-grenze']);
    assert.deepEqual((await list('?handlungsfeld=mobilitaet')).sort(), ['besucherlenkung', 'mitfahrbank-app', 'parksensoren']);
    assert.deepEqual((await list('?groesse=under-2000&opensource=ja')).sort(), ['mitfahrbank-app', 'open-data-portal']);
  });

  it('finds a solution by a word of the problem it solves, with the filters', async () => {
    const parking = await list('?q=Parkplatzsuche');
    assert.ok(parking.includes('parksensoren') && !parking.includes('digitales-ratsinformationssystem'), parking.join());
    assert.deepEqual(await list('?q=Sitzungsunterlagen&reife=operation'), ['digitales-ratsinformationssystem']);
    assert.deepEqual(await list('?q=Sitzungsunterlagen&reife=pilot'), []);
  });

  it('ignores nonsense in the address instead of failing', async () => {
    for (const query of ['?reife=%3Cscript%3E&kosten=viel&sortierung=1&seite=abc', '?q=a&q=b&groesse=riesig', '?seite=999', '?q=%00%01', '?opensource=nein']) {
      const res = await visitor().get(`/loesungen${query}`);
      assert.equal(res.statusCode, 200, query);
    }
    assert.equal((await list('?reife=unbekannt&seite=-3')).length, 13);
  });

  it('shows a published solution with its costs, where it runs and the adopters’ reports', async () => {
    const page = await visitor().get('/loesungen/digitales-ratsinformationssystem');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /15\.000\s€/);
    assert.match(page.body, /3\.600\s€ im Jahr/);
    assert.match(page.body, /40 Personentage/);
    assert.match(page.body, /<strong>Sitzungsunterlagen auf Papier<\/strong>/, 'the problem is Markdown');
    assert.match(page.body, /href="\/netzwerk\/organisationen\/stadt-heide">Stadt Heide<\/a> \(seit Juni 2024\)/);
    assert.doesNotMatch(page.body, /Süderbrarup/, 'a request is no re-use and does not run there');
    assert.match(page.body, /Nachnutzungen: 2/);
    assert.match(page.body, /Früher mit den Fraktionen sprechen/);
    assert.match(page.body, /href="\/loesungen\/digitales-ratsinformationssystem\/nachnutzen"/);

    const openData = await visitor().get('/loesungen/open-data-portal');
    assert.match(openData.body, /href="\/wettbewerb\/modellkommunen\/open-data-kiel"/);
    assert.match(openData.body, /AGPL-3\.0 <strong class="kern-badge kern-badge--success"><span class="kern-label">Open Source/);
  });

  it('answers 404 for a draft, a solution in review, a reserved or malformed slug', async () => {
    for (const slug of ['online-terminvergabe', 'rufbus-on-demand', 'gibt-es-nicht', 'Kein_Name']) {
      assert.equal((await visitor().get(`/loesungen/${slug}`)).statusCode, 404, slug);
    }
  });

  it('offers a published solution’s documents, and no document of a draft', async () => {
    const put = async (name: string) =>
      (
        await rt.deps.files.put(Buffer.from(`%PDF-1.4\n% ${name}\n%%EOF\n`), {
          originalName: `${name}.pdf`,
          createdBy: null,
          allowedTypes: [FILE_TYPES.pdf],
          maxBytes: 1000,
        })
      ).id;
    const doc = await insertDemoDocument(rt.deps.db, { solutionId: DEMO_SOLUTIONS.councilInformation, title: 'Leistungsverzeichnis', fileId: await put('lv') });
    const draftDoc = await insertDemoDocument(rt.deps.db, { solutionId: DEMO_SOLUTIONS.appointments, title: 'Entwurf', fileId: await put('entwurf') });
    const page = await visitor().get('/loesungen/digitales-ratsinformationssystem');
    assert.match(page.body, new RegExp(`href="/loesungen/digitales-ratsinformationssystem/dokumente/${doc}" download>Leistungsverzeichnis`));
    const download = await visitor().get(`/loesungen/digitales-ratsinformationssystem/dokumente/${doc}`);
    assert.equal(download.statusCode, 200);
    assert.match(String(download.headers['content-type']), /application\/pdf/);
    assert.equal((await visitor().get(`/loesungen/online-terminvergabe/dokumente/${draftDoc}`)).statusCode, 404);
    assert.equal((await visitor().get(`/loesungen/digitales-ratsinformationssystem/dokumente/${draftDoc}`)).statusCode, 404, 'another solution’s document');
  });
});
