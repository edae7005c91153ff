import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { queryRows } from '../../../platform/db/client.ts';
import { messagesFor } from '../../../platform/i18n/index.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { openMultipartForm, submitMultipart } from '../../../platform/testing/multipart-client.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../../testing/harness.ts';
import { insertTestOrganisation } from '../../../testing/test-organisation.ts';
import { insertMembership } from '../../organisations/repository.ts';
import { MY_PROFILE_PATH, personPath } from '../core/paths.ts';
import { MY_PICTURE_PATH } from './paths.ts';
import { findProfile } from './repository.ts';
import { parseTags } from './schema.ts';

const de = messagesFor('de');
const m = de.networkDirectory;

/** The form as the person fills it in; each test changes what it is about. */
const FORM = {
  listed: '1',
  jobTitle: 'Bürgermeisterin',
  sector: 'politik',
  organisationId: '',
  kreisOrganisationId: '',
  fieldsOfAction: ['verwaltung', 'bildung'],
  expertise: 'Open Data, OZG',
  about: 'Ich leite die Gemeinde seit 2019.\n\nSchwerpunkt: digitale Bürgerdienste.',
};

describe('network directory: expertise tags', () => {
  it('lower-cases, trims, joins spaces and drops empty and repeated tags', () => {
    assert.deepEqual(parseTags('  Open   Data, OZG ,, open data, Breitband,ozg '), ['open data', 'ozg', 'breitband']);
    assert.deepEqual(parseTags(' , '), []);
  });
});

eachBackend('network directory: my profile', (backend) => {
  let rt: TestRuntime;
  let person: { id: string; email: string; client: TestClient };
  const ids = { own: '', foreign: '', kreis: '' };
  const auditCount = async () =>
    (
      await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from audit_log where action = 'network.profile' and subject_id = ${person.id}`)
    )[0]!.n;

  before(async () => {
    rt = await createTestRuntime(backend);
    const user = await createTestUser(rt.deps, { displayName: 'Hanna Petersen' });
    const client = new TestClient(rt.app);
    await client.login(user.email, TEST_PASSWORD);
    person = { id: user.id, email: user.email, client };
    ids.own = await insertTestOrganisation(rt.deps.db, 'gemeinde-profil-eigen', 'Gemeinde Eigenhof');
    ids.foreign = await insertTestOrganisation(rt.deps.db, 'gemeinde-profil-fremd', 'Gemeinde Fremdenau');
    ids.kreis = await insertTestOrganisation(rt.deps.db, 'kreis-profil-test', 'Kreis Testfeld', { type: 'kreis' });
    await insertMembership(rt.deps.db, { organisationId: ids.own, userId: user.id, role: 'member', status: 'active' });
    // asked to join, not yet a member: not theirs to name
    await insertMembership(rt.deps.db, { organisationId: ids.foreign, userId: user.id, role: 'member', status: 'requested' });
  });
  after(async () => {
    await rt.close();
  });

  it('asks the anonymous visitor to sign in', async () => {
    const res = await new TestClient(rt.app).get(MY_PROFILE_PATH);
    assert.equal(res.statusCode, 303);
  });

  it('offers only the active memberships and the Kreise, and explains who sees what', async () => {
    const page = await person.client.get(MY_PROFILE_PATH);
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes('Gemeinde Eigenhof'));
    assert.ok(!page.body.includes('Gemeinde Fremdenau'));
    assert.ok(page.body.includes('Kreis Testfeld'));
    assert.ok(page.body.includes('Ihre E-Mail-Adresse wird nie gezeigt'));
    assert.ok(page.body.includes(m.mine.notListed));
  });

  it('refuses an organisation the person is not an active member of, keeping the input and storing nothing', async () => {
    await person.client.get(MY_PROFILE_PATH);
    const res = await person.client.postForm(MY_PROFILE_PATH, { ...FORM, organisationId: ids.foreign });
    assert.equal(res.statusCode, 400);
    assert.ok(res.body.includes(m.errors.organisationInvalid));
    assert.ok(res.body.includes('value="Bürgermeisterin"'));
    assert.ok(res.body.includes('Schwerpunkt: digitale Bürgerdienste.'));
    assert.equal(await findProfile(rt.deps.db, person.id), undefined);
    assert.equal(await auditCount(), 0);
  });

  it('refuses a Kreis that is no Kreis and a field of action that does not exist', async () => {
    await person.client.get(MY_PROFILE_PATH);
    const res = await person.client.postForm(MY_PROFILE_PATH, { ...FORM, kreisOrganisationId: ids.own, fieldsOfAction: ['verwaltung', 'erfunden'] });
    assert.equal(res.statusCode, 400);
    assert.ok(res.body.includes(m.errors.kreisInvalid));
    assert.ok(res.body.includes(m.errors.fieldsInvalid));
    assert.equal(await findProfile(rt.deps.db, person.id), undefined);
  });

  it('keeps the input on validation errors: no sector while listed, too many and too long tags, too long texts', async () => {
    await person.client.get(MY_PROFILE_PATH);
    const res = await person.client.postForm(MY_PROFILE_PATH, {
      ...FORM,
      sector: [],
      expertise: 'a, b, c, d, e, f, g, h, i, j, k',
      jobTitle: 'x'.repeat(121),
    });
    assert.equal(res.statusCode, 400);
    assert.ok(res.body.includes(m.errors.sectorRequired));
    assert.ok(res.body.includes(m.errors.tooManyTags));
    assert.ok(res.body.includes('value="a, b, c, d, e, f, g, h, i, j, k"'));
    assert.ok(res.body.includes(`value="${'x'.repeat(121)}"`));
    const long = await person.client.postForm(MY_PROFILE_PATH, { ...FORM, expertise: `ok, ${'y'.repeat(41)}` });
    assert.equal(long.statusCode, 400);
    assert.ok(long.body.includes(m.errors.tagTooLong));
    assert.equal(await findProfile(rt.deps.db, person.id), undefined);
  });

  it('stores the profile once on a double submit, with normalised tags, and shows the notice', async () => {
    await person.client.get(MY_PROFILE_PATH);
    const values = { ...FORM, organisationId: ids.own, kreisOrganisationId: ids.kreis, expertise: ' Open Data , OZG, open  data ' };
    const first = await person.client.postForm(MY_PROFILE_PATH, values);
    assert.equal(first.statusCode, 303);
    assert.equal(first.location, MY_PROFILE_PATH);
    const second = await person.client.postForm(MY_PROFILE_PATH, { ...values, jobTitle: 'Zweiter Klick' });
    assert.equal(second.statusCode, 303);
    const profile = (await findProfile(rt.deps.db, person.id))!;
    assert.equal(profile.listed, true);
    assert.equal(profile.jobTitle, 'Bürgermeisterin');
    assert.equal(profile.sector, 'politik');
    assert.equal(profile.organisationId, ids.own);
    assert.equal(profile.kreisOrganisationId, ids.kreis);
    assert.deepEqual(profile.fieldsOfAction, ['verwaltung', 'bildung']);
    assert.deepEqual(profile.expertise, ['open data', 'ozg']);
    assert.equal(await auditCount(), 1);
    const page = await person.client.followRedirect(first);
    assert.ok(page.body.includes(m.notices.saved));
    assert.ok(page.body.includes('value="open data, ozg"'));
    assert.ok(page.body.includes(`href="${personPath(person.id)}"`));
  });

  it('lets the person leave organisation and Kreis empty and opt out again', async () => {
    await person.client.get(MY_PROFILE_PATH);
    const res = await person.client.postForm(MY_PROFILE_PATH, { ...FORM, listed: [], sector: [], expertise: '' });
    assert.equal(res.statusCode, 303);
    const profile = (await findProfile(rt.deps.db, person.id))!;
    assert.equal(profile.listed, false);
    assert.equal(profile.sector, null);
    assert.equal(profile.organisationId, null);
    assert.deepEqual(profile.expertise, []);
  });

  it('takes a picture, serves it to the person while unlisted only, and removes it', async () => {
    const content = await sharp({ create: { width: 900, height: 900, channels: 3, background: '#2a6f97' } })
      .jpeg()
      .toBuffer();
    const noAlt = await submitMultipart(
      rt.app,
      person.client,
      await openMultipartForm(person.client, MY_PICTURE_PATH, MY_PICTURE_PATH),
      { alt: '' },
      {
        picture: { name: 'ich.jpg', content, type: 'image/jpeg' },
      },
    );
    assert.equal(noAlt.statusCode, 400);
    assert.equal((await findProfile(rt.deps.db, person.id))!.pictureId, null);
    const form = await openMultipartForm(person.client, MY_PICTURE_PATH, MY_PICTURE_PATH);
    const saved = await submitMultipart(
      rt.app,
      person.client,
      form,
      { alt: 'Hanna Petersen am Schreibtisch' },
      { picture: { name: 'ich.jpg', content, type: 'image/jpeg' } },
    );
    assert.equal(saved.statusCode, 303);
    const again = await submitMultipart(
      rt.app,
      person.client,
      form,
      { alt: 'Hanna Petersen am Schreibtisch' },
      { picture: { name: 'ich.jpg', content, type: 'image/jpeg' } },
    );
    assert.equal(again.statusCode, 303);
    const pictures = await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from pictures where created_by = ${person.id}`);
    assert.equal(pictures[0]!.n, 1);
    const page = await person.client.get(MY_PICTURE_PATH);
    assert.ok(page.body.includes('alt="Hanna Petersen am Schreibtisch"'));
    const url = /srcset="([^" ]+) \d+w/.exec(page.body)![1]!;
    assert.equal((await person.client.get(url)).statusCode, 200);
    // not listed: nobody else sees the picture
    assert.equal((await new TestClient(rt.app).get(url)).statusCode, 404);
    await person.client.get(MY_PICTURE_PATH);
    const removed = await person.client.postForm(`${MY_PICTURE_PATH}/entfernen`, {});
    assert.equal(removed.statusCode, 303);
    assert.equal((await findProfile(rt.deps.db, person.id))!.pictureId, null);
    assert.equal((await person.client.get(url)).statusCode, 404);
  });
});
