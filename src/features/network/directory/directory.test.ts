import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { updateUser } from '../../../platform/auth/user-repository.ts';
import { messagesFor } from '../../../platform/i18n/index.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../../testing/harness.ts';
import { insertTestOrganisation } from '../../../testing/test-organisation.ts';
import { insertMembership } from '../../organisations/repository.ts';
import { MY_PROFILE_PATH, PEOPLE_PATH, personPath } from '../core/paths.ts';
import { createProfiledPerson, givePicture } from '../testing/directory-fixtures.ts';
import { insertTestGroup } from '../testing/group-fixtures.ts';
import { findListedProfile, listedUserIds } from './service.ts';

const m = messagesFor('de').networkDirectory;

/** The names on a directory page, in the order shown. */
const namesOn = (html: string) => [...html.matchAll(/<a class="kern-link--stretched" href="\/netzwerk\/personen\/[^"]+">([^<]+)<\/a>/g)].map((x) => x[1]);

eachBackend('network directory: people and profiles', (backend) => {
  let rt: TestRuntime;
  const anonymous = () => new TestClient(rt.app);
  const people = {} as Record<'anke' | 'bernd' | 'carla' | 'dirk' | 'hidden' | 'blocked', { id: string; email: string }>;
  const orgs = { gemeinde: '', firma: '', kreisNord: '', kreisSued: '' };
  const groups = { open: '', members: '', secret: '' };
  const list = async (query = '') => namesOn((await anonymous().get(`${PEOPLE_PATH}${query}`)).body);

  before(async () => {
    rt = await createTestRuntime(backend);
    const db = rt.deps.db;
    orgs.gemeinde = await insertTestOrganisation(db, 'gemeinde-verzeichnis', 'Gemeinde Süderlügum');
    orgs.firma = await insertTestOrganisation(db, 'stadtwerke-verzeichnis', 'Stadtwerke Nordfriesland', { type: 'daseinsvorsorge' });
    orgs.kreisNord = await insertTestOrganisation(db, 'kreis-nord-verzeichnis', 'Kreis Nordfriesland', { type: 'kreis' });
    orgs.kreisSued = await insertTestOrganisation(db, 'kreis-sued-verzeichnis', 'Kreis Herzogtum Lauenburg', { type: 'kreis' });
    people.anke = await createProfiledPerson(rt.deps, {
      displayName: 'Anke Asmussen',
      profile: {
        sector: 'verwaltung',
        jobTitle: 'Amtsleiterin',
        organisationId: orgs.gemeinde,
        kreisOrganisationId: orgs.kreisNord,
        fieldsOfAction: ['verwaltung'],
        expertise: ['open data', 'ozg'],
        about: 'Zuständig für das Bürgeramt.\n\n<script>alert(1)</script>',
      },
    });
    people.bernd = await createProfiledPerson(rt.deps, {
      displayName: 'Bernd Brodersen',
      profile: { sector: 'daseinsvorsorge', jobTitle: 'Netzplaner', organisationId: orgs.firma, kreisOrganisationId: orgs.kreisNord, expertise: ['breitband'] },
    });
    people.carla = await createProfiledPerson(rt.deps, {
      displayName: 'Carla Christiansen',
      profile: { sector: 'politik', kreisOrganisationId: orgs.kreisSued, fieldsOfAction: ['bildung'], expertise: ['open data'] },
    });
    people.dirk = await createProfiledPerson(rt.deps, {
      displayName: 'Dirk Dethlefsen',
      profile: { listed: false, sector: 'verwaltung', expertise: ['open data'] },
    });
    people.hidden = await createProfiledPerson(rt.deps, { displayName: 'Hilke Hansen', profile: { sector: 'wissenschaft' } });
    people.blocked = await createProfiledPerson(rt.deps, { displayName: 'Gesa Gesperrt', profile: { sector: 'verwaltung' } });
    await updateUser(db, people.blocked.id, { disabledAt: new Date() });
    await insertMembership(db, { organisationId: orgs.gemeinde, userId: people.anke.id, role: 'member', status: 'active' });
    groups.open = (
      await insertTestGroup(rt.deps, {
        joinPolicy: 'invitation',
        slug: 'offene-runde-test',
        name: 'Offene Runde',
        visibility: 'public',
        members: [people.anke.id],
      })
    ).id;
    groups.members = (
      await insertTestGroup(rt.deps, {
        joinPolicy: 'invitation',
        slug: 'mitgliederrunde-test',
        name: 'Mitgliederrunde',
        visibility: 'members',
        members: [people.anke.id],
      })
    ).id;
    groups.secret = (
      await insertTestGroup(rt.deps, {
        joinPolicy: 'invitation',
        slug: 'geheimer-kreis-test',
        name: 'Geheimer Lenkungskreis',
        visibility: 'hidden',
        members: [people.anke.id, people.bernd.id],
      })
    ).id;
  });
  after(async () => {
    await rt.close();
  });

  it('lists only listed people of active accounts, by name, with a count', async () => {
    const page = await anonymous().get(PEOPLE_PATH);
    assert.equal(page.statusCode, 200);
    assert.deepEqual(namesOn(page.body), ['Anke Asmussen', 'Bernd Brodersen', 'Carla Christiansen', 'Hilke Hansen']);
    assert.ok(page.body.includes(m.count(4)));
    assert.ok(page.body.includes('Amtsleiterin · Gemeinde Süderlügum'));
    assert.ok(!page.body.includes(m.invite.title), 'no invitation without a login');
  });

  it('narrows by each filter: sector, organisation type, Kreis, field of action, tag and name', async () => {
    assert.deepEqual(await list('?sektor=verwaltung'), ['Anke Asmussen']);
    assert.deepEqual(await list('?art=daseinsvorsorge'), ['Bernd Brodersen']);
    assert.deepEqual(await list('?art=gemeinde'), ['Anke Asmussen']);
    assert.deepEqual(await list('?art=wissenschaft'), []);
    assert.deepEqual(await list(`?kreis=${orgs.kreisNord}`), ['Anke Asmussen', 'Bernd Brodersen']);
    assert.deepEqual(await list(`?kreis=${orgs.kreisSued}`), ['Carla Christiansen']);
    assert.deepEqual(await list('?handlungsfeld=bildung'), ['Carla Christiansen']);
    assert.deepEqual(await list('?thema=Open%20Data'), ['Anke Asmussen', 'Carla Christiansen']);
    assert.deepEqual(await list('?q=brod'), ['Bernd Brodersen']);
    assert.deepEqual(await list('?q=%25'), [], 'a % is a character, not a wildcard');
    assert.deepEqual(await list(`?kreis=${orgs.kreisNord}&sektor=daseinsvorsorge`), ['Bernd Brodersen']);
    // values that are no choice are ignored, never an error
    const odd = await anonymous().get('/netzwerk/personen?sektor=erfunden&art=x&kreis=kein-id&seite=-3');
    assert.equal(odd.statusCode, 200);
    assert.equal(namesOn(odd.body).length, 4);
  });

  it("shows a listed person's profile with organisation, Kreis, tags as filter links and the about text escaped", async () => {
    const page = await anonymous().get(personPath(people.anke.id));
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes('Anke Asmussen'));
    assert.ok(page.body.includes('href="/netzwerk/organisationen/gemeinde-verzeichnis"'));
    assert.ok(page.body.includes('href="/netzwerk/organisationen/kreis-nord-verzeichnis"'));
    assert.ok(page.body.includes('href="/netzwerk/personen?thema=open+data"'));
    assert.ok(page.body.includes('Zuständig für das Bürgeramt.'));
    assert.ok(!page.body.includes('<script>alert(1)</script>'));
    assert.ok(page.body.includes('&lt;script>alert(1)&lt;/script>'));
  });

  it('answers 404 for a person not listed, disabled, unknown or no id', async () => {
    for (const url of [personPath(people.dirk.id), personPath(people.blocked.id), personPath('00000000-0000-4000-8000-000000000000'), personPath('kein-id')]) {
      assert.equal((await anonymous().get(url)).statusCode, 404, url);
    }
  });

  it('shows a hidden group only to a viewer who is an active member of it too', async () => {
    const outsider = await anonymous().get(personPath(people.anke.id));
    assert.ok(outsider.body.includes('Offene Runde'));
    assert.ok(outsider.body.includes('Mitgliederrunde'));
    assert.ok(!outsider.body.includes('Geheimer Lenkungskreis'));
    assert.ok(!outsider.body.includes('geheimer-kreis-test'));
    const other = new TestClient(rt.app);
    await other.login(people.carla.email, TEST_PASSWORD);
    assert.ok(!(await other.get(personPath(people.anke.id))).body.includes('Geheimer Lenkungskreis'));
    const coMember = new TestClient(rt.app);
    await coMember.login(people.bernd.email, TEST_PASSWORD);
    const shared = await coMember.get(personPath(people.anke.id));
    assert.ok(shared.body.includes('Geheimer Lenkungskreis'));
    assert.ok(shared.body.includes('href="/netzwerk/gruppen/geheimer-kreis-test"'));
  });

  it('never shows an e-mail address, on the list or the profile, to anyone', async () => {
    const signedIn = new TestClient(rt.app);
    await signedIn.login(people.bernd.email, TEST_PASSWORD);
    for (const client of [anonymous(), signedIn]) {
      for (const url of [PEOPLE_PATH, personPath(people.anke.id), personPath(people.carla.id)]) {
        const body = (await client.get(url)).body;
        for (const person of [people.anke, people.carla]) assert.ok(!body.includes(person.email), `${url} shows ${person.email}`);
      }
    }
  });

  it('opting out takes the person off the list and the profile; opting in brings them back', async () => {
    const client = new TestClient(rt.app);
    await client.login(people.carla.email, TEST_PASSWORD);
    await client.get(MY_PROFILE_PATH);
    const out = await client.postForm(MY_PROFILE_PATH, {
      jobTitle: '',
      sector: 'politik',
      organisationId: '',
      kreisOrganisationId: '',
      expertise: '',
      about: '',
    });
    assert.equal(out.statusCode, 303);
    assert.ok(!(await list()).includes('Carla Christiansen'));
    assert.equal((await anonymous().get(personPath(people.carla.id))).statusCode, 404);
    assert.equal(await findListedProfile(rt.deps.db, people.carla.id), undefined);
    await client.get(MY_PROFILE_PATH);
    const back = await client.postForm(MY_PROFILE_PATH, {
      listed: '1',
      jobTitle: 'Ratsfrau',
      sector: 'politik',
      organisationId: '',
      kreisOrganisationId: '',
      expertise: 'Ehrenamt',
      about: '',
    });
    assert.equal(back.statusCode, 303);
    assert.ok((await list()).includes('Carla Christiansen'));
    const profile = await anonymous().get(personPath(people.carla.id));
    assert.equal(profile.statusCode, 200);
    assert.ok(profile.body.includes('Ratsfrau'));
  });

  it('invites a signed-in person who is not listed to show themselves, and not one who is', async () => {
    const newcomer = await createTestUser(rt.deps);
    const client = new TestClient(rt.app);
    await client.login(newcomer.email, TEST_PASSWORD);
    const page = await client.get(PEOPLE_PATH);
    assert.ok(page.body.includes(m.invite.title));
    assert.ok(page.body.includes(`href="${MY_PROFILE_PATH}"`));
    const listed = new TestClient(rt.app);
    await listed.login(people.anke.email, TEST_PASSWORD);
    assert.ok(!(await listed.get(PEOPLE_PATH)).body.includes(m.invite.title));
  });

  it("serves a listed person's picture to everyone, and never one file under another person", async () => {
    const [file] = await givePicture(rt.deps, people.bernd);
    const [unlistedFile] = await givePicture(rt.deps, people.dirk, '#993333');
    const url = `${personPath(people.bernd.id)}/bild/${file}`;
    const res = await anonymous().get(url);
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['cache-control']), /public/);
    assert.ok((await anonymous().get(PEOPLE_PATH)).body.includes(url));
    assert.equal((await anonymous().get(`${personPath(people.bernd.id)}/bild/${unlistedFile}`)).statusCode, 404);
    assert.equal((await anonymous().get(`${personPath(people.dirk.id)}/bild/${unlistedFile}`)).statusCode, 404);
  });

  it('tells other parts which people are listed', async () => {
    const listed = await listedUserIds(rt.deps.db, [people.anke.id, people.dirk.id, people.blocked.id, 'kein-id']);
    assert.deepEqual([...listed], [people.anke.id]);
  });

  it('pages 24 people at a time', async () => {
    for (let i = 0; i < 22; i++) await createProfiledPerson(rt.deps, { displayName: `Zora Zahl ${String(i).padStart(2, '0')}` });
    const first = await anonymous().get(PEOPLE_PATH);
    assert.equal(namesOn(first.body).length, 24);
    assert.ok(first.body.includes(m.count(26)));
    assert.ok(first.body.includes('href="/netzwerk/personen?seite=2"'));
    const second = namesOn((await anonymous().get(`${PEOPLE_PATH}?seite=2`)).body);
    assert.deepEqual(second, ['Zora Zahl 20', 'Zora Zahl 21']);
  });
});
