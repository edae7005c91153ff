import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { parse } from 'yaml';
import { queryRows } from '../../../platform/db/client.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { openMultipartForm, submitMultipart, type FilePart } from '../../../platform/testing/multipart-client.ts';
import { publiccodeCoreSchema } from '../../../platform/testing/publiccode-core-schema.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../../testing/harness.ts';
import { insertMembership, insertOrganisation } from '../../organisations/repository.ts';
import { listVersions } from '../../versions/service.ts';
import { IMPORT_PATH, MY_SOLUTIONS_PATH, publiccodePath, solutionPath } from '../core/paths.ts';
import { findSolution, insertSolution, type SolutionRow } from '../core/repository.ts';
import { SOLUTION_RECORD_KEY } from '../profiles/text-versions.ts';
import { APPROACH_HEADING, cutAtWord, PROBLEM_HEADING, solutionToPubliccode, splitLongDescription } from './publiccode-mapping.ts';
import { readPubliccode } from './read-publiccode.ts';
import { testOrganisationValues } from '../../../testing/test-organisation.ts';

/** The fields a publiccode.yml carries both ways (publiccode-mapping.ts); the rest of a profile stays behind. */
const CARRIED = [
  'title',
  'summary',
  'problem',
  'approach',
  'maturity',
  'licence',
  'openSource',
  'repositoryUrl',
  'softwareType',
  'contactName',
  'contactEmail',
] as const satisfies readonly (keyof SolutionRow)[];

const software = {
  title: 'Mängelmelder für Gemeinden',
  summary: 'Bürgerinnen und Bürger melden Schlaglöcher, wilden Müll und defekte Laternen mit Foto und Ort; der Bauhof sieht alles auf einer Karte.',
  problem: 'Meldungen kommen per Telefon, E-Mail und Zettel. **Vieles geht verloren**, und niemand weiß, was schon erledigt ist.',
  approach:
    'Eine Web-Anwendung, die jede Meldung mit Ort und Foto aufnimmt.\n\n- Meldung ohne Konto, mit Foto und Standort\n- Karte und Liste für den Bauhof mit Bearbeitungsstand\n- Rückmeldung an die meldende Person, wenn erledigt',
  maturity: 'pilot' as const,
  licence: 'EUPL-1.2',
  openSource: true,
  repositoryUrl: 'https://gitlab.opencode.de/beispiel/maengelmelder',
  softwareType: 'standalone/backend',
  contactName: 'Bauhof Beispielstadt',
  contactEmail: 'bauhof@beispiel.de',
  // not carried by publiccode: left behind on import
  costOneOffCents: 1_200_000,
  operatorModel: 'Kommunaler Dienstleister',
  fieldsOfAction: [],
};

/** A valid publiccode.yml, line by line, so that tests can break one line and name it. */
const VALID_LINES = [
  'publiccodeYmlVersion: "0.4"', // 1
  'name: Ratsinfo Offen', // 2
  'url: "https://github.com/beispiel/ratsinfo"', // 3
  'platforms:', // 4
  '  - web', // 5
  'developmentStatus: stable', // 6
  'softwareType: standalone/web', // 7
  'description:', // 8
  '  de:', // 9
  '    shortDescription: Sitzungen, Vorlagen und Beschlüsse des Rates öffentlich.', // 10
  '    longDescription: Ein Ratsinformationssystem, das Vorlagen und Beschlüsse öffentlich und durchsuchbar macht.', // 11
  '    features:', // 12
  '      - Volltextsuche in Vorlagen', // 13
  'legal:', // 14
  '  license: AGPL-3.0-or-later', // 15
  'maintenance:', // 16
  '  type: internal', // 17
  '  contacts:', // 18
  '    - name: Jana Beispiel', // 19
  '      email: jana@beispiel.de', // 20
  'localisation:', // 21
  '  localisationReady: true', // 22
  '  availableLanguages:', // 23
  '    - de', // 24
];
const withLines = (changes: Record<number, string | null>) =>
  VALID_LINES.flatMap((line, i) => (i + 1 in changes ? (changes[i + 1] === null ? [] : [changes[i + 1]!]) : [line])).join('\n');

describe('publiccode mapping', () => {
  it('cuts a long summary at a word with "…" and keeps the whole summary in longDescription', () => {
    const summary = `${'Ein Satz über die Lösung, '.repeat(8)}der zu lang ist.`;
    assert.ok(summary.length > 150);
    const short = cutAtWord(summary, 150);
    assert.ok(short.length <= 150 && short.endsWith('…') && !short.endsWith(' …'));
    assert.ok(summary.startsWith(short.slice(0, -1)));
    const code = solutionToPubliccode({ ...software, summary, publishedAt: null });
    const de = code.description.de!;
    assert.equal(de.shortDescription, short);
    const split = splitLongDescription(de.longDescription, de.shortDescription);
    assert.equal(split.summary, summary);
    assert.equal(split.problem, software.problem);
    assert.equal(split.approach, software.approach);
  });

  it('writes the approach under its heading, features from its list, and splits back only by the two headings', () => {
    const code = solutionToPubliccode({ ...software, publishedAt: new Date('2026-03-31T22:30:00Z') });
    const de = code.description.de!;
    assert.ok(de.longDescription.startsWith(`${PROBLEM_HEADING}\n\n`));
    assert.ok(de.longDescription.includes(`\n\n${APPROACH_HEADING}\n\n`));
    assert.deepEqual(de.features, [
      'Meldung ohne Konto, mit Foto und Standort',
      'Karte und Liste für den Bauhof mit Bearbeitungsstand',
      'Rückmeldung an die meldende Person, wenn erledigt',
    ]);
    // the Berlin day of publication
    assert.equal(code.releaseDate, '2026-04-01');
    assert.equal(code.developmentStatus, 'beta');
    // text without the headings is the approach
    assert.deepEqual(splitLongDescription('Nur ein Text ohne Überschriften.', 'Kurz.'), { problem: '', approach: 'Nur ein Text ohne Überschriften.' });
    // transferred solutions are stable software
    assert.equal(solutionToPubliccode({ ...software, maturity: 'transferred', publishedAt: null }).developmentStatus, 'stable');
  });

  it('reads a valid file, adding features that the text does not already say to the approach', () => {
    const read = readPubliccode(withLines({}));
    assert.equal(read.kind, 'read');
    if (read.kind !== 'read') return;
    assert.equal(read.profile.title, 'Ratsinfo Offen');
    assert.equal(read.profile.maturity, 'operation');
    assert.equal(read.profile.problem, '');
    assert.equal(
      read.profile.approach,
      'Ein Ratsinformationssystem, das Vorlagen und Beschlüsse öffentlich und durchsuchbar macht.\n\n- Volltextsuche in Vorlagen',
    );
    assert.equal(read.profile.openSource, true);
    assert.equal(read.profile.contactEmail, 'jana@beispiel.de');
    // English when there is no German description; a proprietary licence is no open source
    const english = readPubliccode(withLines({ 9: '  en:', 15: '  license: LicenseRef-proprietary' }));
    assert.equal(english.kind === 'read' && english.profile.openSource, false);
  });
});

eachBackend('solutions: publiccode.yml export and import', (backend) => {
  let rt: TestRuntime;
  const clients = {} as Record<'owner' | 'importer' | 'member', TestClient>;
  let ownerOrg = '';
  let importerOrg = '';
  let published: SolutionRow;
  const countSolutions = async () => (await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from solutions`))[0]!.n;

  /** Sends the import form as a browser does; a file, pasted text, or both. */
  async function sendImport(client: TestClient, fields: { organisationId?: string; text?: string }, file?: FilePart) {
    const form = await openMultipartForm(client, IMPORT_PATH, IMPORT_PATH);
    return submitMultipart(rt.app, client, form, { organisationId: importerOrg, text: '', ...fields }, { file });
  }
  const yml = (content: string | Buffer, name = 'publiccode.yml'): FilePart => ({
    name,
    content: Buffer.isBuffer(content) ? content : Buffer.from(content),
    type: 'application/yaml',
  });

  before(async () => {
    rt = await createTestRuntime(backend);
    const db = rt.deps.db;
    ownerOrg = (await insertOrganisation(db, testOrganisationValues('gemeinde-publiccode-a', 'Gemeinde Publiccode A', { population: 3000 })))!.id;
    importerOrg = (await insertOrganisation(db, testOrganisationValues('gemeinde-publiccode-b', 'Gemeinde Publiccode B', { population: 3000 })))!.id;
    const people = { owner: await createTestUser(rt.deps), importer: await createTestUser(rt.deps), member: await createTestUser(rt.deps) };
    await insertMembership(db, { organisationId: ownerOrg, userId: people.owner.id, role: 'manager', status: 'active' });
    await insertMembership(db, { organisationId: importerOrg, userId: people.importer.id, role: 'manager', status: 'active' });
    await insertMembership(db, { organisationId: importerOrg, userId: people.member.id, role: 'member', status: 'active' });
    for (const [role, person] of Object.entries(people)) {
      const client = new TestClient(rt.app);
      await client.login(person.email, TEST_PASSWORD);
      clients[role as keyof typeof clients] = client;
    }
    published = await insertSolution(db, {
      ...software,
      slug: 'maengelmelder',
      ownerOrganisationId: ownerOrg,
      status: 'published',
      publishedAt: new Date('2026-05-04T08:00:00Z'),
    });
  });
  after(async () => {
    await rt.close();
  });

  it('exports a published software solution as a publiccode.yml that meets the standard, linked from its page', async () => {
    const res = await new TestClient(rt.app).get(publiccodePath('maengelmelder'));
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'text/yaml; charset=utf-8');
    assert.equal(res.headers['content-disposition'], 'attachment; filename="publiccode.yml"');
    const checked = publiccodeCoreSchema.safeParse(parse(res.body));
    assert.ok(checked.success, checked.success ? '' : JSON.stringify(checked.error.issues, null, 2));
    assert.equal(checked.data.url, software.repositoryUrl);
    assert.equal(checked.data.softwareType, 'standalone/backend');
    assert.equal(checked.data.releaseDate, '2026-05-04');
    const page = await new TestClient(rt.app).get(solutionPath('maengelmelder'));
    assert.match(page.body, /href="\/loesungen\/maengelmelder\/publiccode\.yml"[^>]*>publiccode\.yml herunterladen</);
  });

  it('imports the exported file as a draft of another organisation with the same profile in every field publiccode carries', async () => {
    const exported = (await new TestClient(rt.app).get(publiccodePath('maengelmelder'))).body;
    const before = await countSolutions();
    const res = await sendImport(clients.importer, {}, yml(exported));
    assert.equal(res.statusCode, 303, res.body.slice(0, 500));
    assert.match(res.location!, /^\/loesungen\/bearbeiten\/[0-9a-f-]{36}$/);
    assert.equal(await countSolutions(), before + 1);
    const imported = (await findSolution(rt.deps.db, res.location!.split('/').pop()!))!;
    for (const field of CARRIED) assert.deepEqual(imported[field], published[field], field);
    assert.equal(imported.status, 'draft');
    assert.equal(imported.ownerOrganisationId, importerOrg);
    assert.notEqual(imported.slug, published.slug);
    // what publiccode does not carry starts empty, as in a new draft
    assert.equal(imported.costOneOffCents, null);
    assert.equal(imported.operatorModel, '');
    assert.equal((await listVersions(rt.deps.db, SOLUTION_RECORD_KEY, imported.id)).length, 1);
    const audit = await queryRows<{ n: number }>(
      rt.deps.db,
      sql`select count(*)::int as n from audit_log where action = 'solutions.import' and subject_id = ${imported.id}`,
    );
    assert.equal(audit[0]!.n, 1);
    // the redirect leaves the editor's "imported" notice (the multipart test client keeps no cookies to show it)
    assert.match(String(res.headers['set-cookie']), /dk_hinweis=imported/);
    assert.equal((await clients.importer.get(res.location!)).statusCode, 200);
    // the draft's own file is not public
    assert.equal((await new TestClient(rt.app).get(publiccodePath(imported.slug))).statusCode, 404);
  });

  it('imports pasted text, and creates one draft however often the form is sent', async () => {
    const before = await countSolutions();
    const form = await openMultipartForm(clients.importer, IMPORT_PATH, IMPORT_PATH);
    const fields = { organisationId: importerOrg, text: withLines({ 2: 'name: Doppelt gesendet' }) };
    const first = await submitMultipart(rt.app, clients.importer, form, fields, { file: undefined });
    const again = await submitMultipart(rt.app, clients.importer, form, fields, { file: undefined });
    assert.equal(first.statusCode, 303);
    assert.equal(again.location, first.location, 'a double submit lands where the first did');
    assert.equal(await countSolutions(), before + 1);
    assert.equal((await findSolution(rt.deps.db, first.location!.split('/').pop()!))?.title, 'Doppelt gesendet');
  });

  it('lists what is wrong line by line, keeps the organisation and the pasted text, and stores nothing', async () => {
    const before = await countSolutions();
    const text = withLines({
      2: `name: ${'x'.repeat(201)}`,
      3: 'url: "http://github.com/beispiel/ratsinfo"',
      6: 'developmentStatus: fertig',
      10: `    shortDescription: ${'Lang '.repeat(32)}`,
      15: '  mainCopyrightOwner: Gemeinde Beispiel',
      20: '      email: keine-adresse',
    });
    const res = await sendImport(clients.importer, { text });
    assert.equal(res.statusCode, 400);
    const errors = [...res.body.matchAll(/<li><a href="#f-text">([^<]*)<\/a><\/li>/g)].map((m) => m[1]!);
    assert.deepEqual(
      errors.map((e) => /^Zeile (\d+):/.exec(e)?.[1]),
      ['2', '3', '6', '10', '14', '20'],
      errors.join('\n'),
    );
    assert.match(errors[0]!, /„name“ ist zu lang: höchstens 200 Zeichen, hier 201/);
    assert.match(errors[1]!, /„url“ muss eine Adresse sein, die mit https:\/\/ beginnt/);
    assert.match(errors[2]!, /„developmentStatus“ muss einer dieser Werte sein: concept, development, beta, stable, obsolete/);
    assert.match(errors[3]!, /„description\.de\.shortDescription“ ist zu lang: höchstens 150 Zeichen/);
    assert.match(errors[4]!, /Es fehlt „legal\.license“/);
    assert.match(errors[5]!, /„maintenance\.contacts\[0\]\.email“ ist keine gültige E-Mail-Adresse/);
    // the organisation stays chosen and the pasted text is there to correct
    assert.match(res.body, new RegExp(`<option value="${importerOrg}" selected`));
    assert.ok(res.body.includes('developmentStatus: fertig'));
    assert.equal(await countSolutions(), before);
  });

  it('names the line of YAML syntax errors, aliases, a second document and a missing top-level key, in English too', async () => {
    const cases: [string, RegExp][] = [
      [withLines({ 15: '\tlicense: EUPL-1.2' }), /Zeile 15: Hier wird mit Tabulatoren eingerückt/],
      [withLines({ 3: 'name: Noch ein Name' }), /Zeile 3: Ein Schlüssel steht hier doppelt/],
      [`${withLines({})}\n---\nname: Zweites`, /Zeile 25: Hier beginnt ein zweites YAML-Dokument/],
      [withLines({ 2: null }), /Zeile 1: Es fehlt „name“/],
      [withLines({ 1: 'publiccodeYmlVersion: "1.0"' }), /Zeile 1: publiccodeYmlVersion „1.0“ wird nicht unterstützt/],
      [withLines({ 15: `  license: ${'L'.repeat(201)}` }), /Zeile 15: „legal\.license“ ist zu lang: höchstens 200 Zeichen/],
    ];
    for (const [text, expected] of cases) {
      const res = await sendImport(clients.importer, {}, yml(text));
      assert.equal(res.statusCode, 400);
      assert.match(res.body, expected);
      // the file is gone from the form; the page asks to choose it again
      assert.match(res.body, /Bitte wählen Sie „publiccode\.yml“ nach der Korrektur noch einmal aus/);
    }
    const english = new TestClient(rt.app);
    await english.login((await createEnglishManager()).email, TEST_PASSWORD);
    await english.get('/sprache/en');
    const res = await sendImport(english, {}, yml(withLines({ 6: 'developmentStatus: fertig' })));
    assert.match(res.body, /Line 6: “developmentStatus” must be one of these values/);
  });

  async function createEnglishManager() {
    const person = await createTestUser(rt.deps);
    await insertMembership(rt.deps.db, { organisationId: importerOrg, userId: person.id, role: 'manager', status: 'active' });
    return person;
  }

  it('refuses every bad input with 400 and a clear message, and stores nothing', async () => {
    const before = await countSolutions();
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    ].join('\n');
    const cases: { what: string; text?: string; file?: FilePart; organisationId?: string; expected: RegExp }[] = [
      { what: 'nothing given', expected: /Wählen Sie eine publiccode\.yml aus oder fügen Sie ihren Inhalt ein/ },
      { what: 'both given', text: withLines({}), file: yml(withLines({})), expected: /nur einmal an: als Datei oder als eingefügten Text/ },
      { what: 'an empty file', file: yml(''), expected: /Die publiccode\.yml ist leer/ },
      { what: 'only comments', file: yml('# nichts\n'), expected: /Die publiccode\.yml ist leer/ },
      { what: 'a file over 100 KB', file: yml(`# ${'x'.repeat(100 * 1024)}\n${withLines({})}`), expected: /zu groß: höchstens 100 KB/ },
      { what: 'pasted text over 100 KB', text: `# ${'x'.repeat(100 * 1024)}\n${withLines({})}`, expected: /zu groß: höchstens 100 KB/ },
      { what: 'not UTF-8', file: yml(Buffer.from(withLines({ 2: 'name: Gemeinde Süderbrarup' }), 'latin1')), expected: /nicht in UTF-8 gespeichert/ },
      { what: 'a list, not a map', file: yml('- name: a\n- name: b\n'), expected: /Zeile 1: Das ist keine publiccode\.yml/ },
      { what: 'several documents', file: yml('name: a\n---\nname: b\n'), expected: /Zeile 2: Hier beginnt ein zweites YAML-Dokument/ },
      { what: 'an alias bomb', file: yml(bomb), expected: /Zeile 2: Anker und Verweise \(&amp; und \*\) sind in einer publiccode\.yml nicht erlaubt/ },
      { what: 'another major version', file: yml(withLines({ 1: 'publiccodeYmlVersion: "1.0"' })), expected: /wird nicht unterstützt/ },
      { what: 'a syntax error', file: yml(withLines({ 2: 'name: "offen' })), expected: /Zeile \d+: Die YAML-Schreibweise ist hier fehlerhaft/ },
      { what: 'no organisation', file: yml(withLines({})), organisationId: '', expected: /Wählen Sie die Organisation, der die Lösung gehören wird/ },
      {
        what: "another organisation's id",
        file: yml(withLines({})),
        organisationId: ownerOrg,
        expected: /Wählen Sie die Organisation, der die Lösung gehören wird/,
      },
    ];
    for (const c of cases) {
      const fields = { ...(c.text === undefined ? {} : { text: c.text }), ...(c.organisationId === undefined ? {} : { organisationId: c.organisationId }) };
      const res = await sendImport(clients.importer, fields, c.file);
      assert.equal(res.statusCode, 400, c.what);
      assert.match(res.body, c.expected, c.what);
    }
    assert.equal(await countSolutions(), before);
  });

  it('is only for people who manage an organisation, and links from "Meine Lösungen"', async () => {
    assert.equal((await clients.member.get(IMPORT_PATH)).statusCode, 403);
    const res = await clients.member.postForm(IMPORT_PATH, { organisationId: importerOrg, text: withLines({}) }, { csrfFrom: MY_SOLUTIONS_PATH });
    assert.equal(res.statusCode, 403);
    assert.equal((await new TestClient(rt.app).get(IMPORT_PATH)).statusCode, 303);
    assert.match((await clients.importer.get(MY_SOLUTIONS_PATH)).body, /href="\/loesungen\/import"/);
  });

  it('has no file for a draft, for a solution in review or for a published solution without a repository', async () => {
    const base = { ...software, ownerOrganisationId: ownerOrg };
    await insertSolution(rt.deps.db, { ...base, slug: 'software-entwurf' });
    await insertSolution(rt.deps.db, { ...base, slug: 'software-pruefung', status: 'in_review' });
    await insertSolution(rt.deps.db, { ...base, slug: 'ohne-quellcode', status: 'published', repositoryUrl: null, publishedAt: new Date() });
    const guest = new TestClient(rt.app);
    for (const slug of ['software-entwurf', 'software-pruefung', 'ohne-quellcode', 'gibt-es-nicht', 'import']) {
      assert.equal((await guest.get(publiccodePath(slug))).statusCode, 404, slug);
    }
    assert.doesNotMatch((await guest.get(solutionPath('ohne-quellcode'))).body, /publiccode\.yml herunterladen/);
  });
});
