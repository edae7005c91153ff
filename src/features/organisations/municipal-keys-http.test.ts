import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/client.ts';
import { messagesFor } from '../../platform/i18n/index.ts';
import { TestClient } from '../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../testing/harness.ts';

const v = messagesFor('de').organisations.validation;
const p = messagesFor('de').organisations.profile;
const NEW = '/netzwerk/organisationen/neu';
const BLANK = { ags: '', amtsschluessel: '', ars: '', street: '', postcode: '', website: '', description: '' };

// Made-up keys of the right shape: Kreis 01099 does not exist in Schleswig-Holstein.
const KREIS = { ...BLANK, name: 'Kreis Schlüsselland', type: 'kreis', town: 'Kreisstadt', ags: '01099000' };
const AMT = { ...BLANK, name: 'Amt Schlüsselau', type: 'amt', town: 'Schlüsselau', amtsschluessel: '010995501', ars: '010995501000' };
const GEMEINDE = { ...BLANK, name: 'Gemeinde Schlüsseldorf', type: 'gemeinde', town: 'Schlüsseldorf', ags: '01099123', ars: '01 0 99 5501 123' };

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

eachBackend('organisations: official keys through the pages', (backend) => {
  let rt: TestRuntime;
  let client: TestClient;

  async function stored(name: string) {
    return queryRows<{ slug: string; ags: string | null; amtsschluessel: string | null; ars: string | null }>(
      rt.deps.db,
      sql`select slug, ags, amtsschluessel, ars from organisations where name = ${name}`,
    );
  }

  /** Creates through the form and returns the new profile's address. */
  async function create(fields: Record<string, string>): Promise<string> {
    await client.get(NEW);
    const res = await client.postForm(NEW, fields);
    assert.equal(res.statusCode, 303, `create ${fields.name}: ${res.statusCode}`);
    return res.location!.replace(/\?.*$/, '');
  }

  before(async () => {
    rt = await createTestRuntime(backend);
    const user = await createTestUser(rt.deps, { email: 'keys@example.org', displayName: 'Keys' });
    client = new TestClient(rt.app);
    assert.equal((await client.login(user.email, user.password)).statusCode, 303);
  });
  after(async () => {
    await rt.close();
  });

  describe('an Amt', () => {
    it('is refused with an 8-digit key, with the summary and the input kept, and nothing stored', async () => {
      const page = await client.get(NEW);
      assert.match(page.body, /Amt: 9-stelliger Amtsschlüssel/);
      for (const [fields, message] of [
        [{ ...AMT, amtsschluessel: '', ars: '', ags: '01099123' }, v.agsNotForAmt],
        [{ ...AMT, amtsschluessel: '01099123', ars: '' }, v.amtsschluesselFormat],
      ] as const) {
        const res = await client.postForm(NEW, fields);
        assert.equal(res.statusCode, 400);
        assert.match(res.body, /Es gibt ein Problem/);
        assert.match(res.body, new RegExp(`<a href="#f-(ags|amtsschluessel)">${escaped(message)}</a>`));
        assert.match(res.body, /value="01099123"/);
        assert.match(res.body, /value="Amt Schlüsselau"/);
      }
      assert.deepEqual(await stored(AMT.name), []);
    });

    it('is created with its 9-digit Amtsschlüssel', async () => {
      const path = await create(AMT);
      assert.deepEqual(
        (await stored(AMT.name)).map(({ slug: _slug, ...keys }) => keys),
        [{ ags: null, amtsschluessel: '010995501', ars: '010995501000' }],
      );
      const profile = await client.get(path);
      assert.match(profile.body, /Amtsschlüssel<\/dt>\s*<dd[^>]*>010995501</);
      assert.match(profile.body, new RegExp(escaped(p.noMunicipalitiesOfAmt)));
    });
  });

  it('refuses an ARS that disagrees with the AGS, and one that another organisation has', async () => {
    await client.get(NEW);
    const wrong = await client.postForm(NEW, { ...GEMEINDE, ags: '01099124' });
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, new RegExp(`<a href="#f-ars">${escaped(v.arsDisagreesWithAgs)}</a>`));
    assert.match(wrong.body, /value="01 0 99 5501 123"/);
    assert.deepEqual(await stored(GEMEINDE.name), []);

    const taken = await client.postForm(NEW, { ...GEMEINDE, name: 'Region Doppelt', ags: '', ars: '010995501000', type: 'region' });
    assert.equal(taken.statusCode, 409);
    assert.match(taken.body, new RegExp(`<a href="#f-ars">${escaped(v.arsTaken)}</a>`));
    assert.match(taken.body, /value="Region Doppelt"/);
    assert.deepEqual(await stored('Region Doppelt'), []);
  });

  it('relates Gemeinde, Amt and Kreis by their keys on their profiles', async () => {
    const kreisPath = await create(KREIS);
    const gemeindePath = await create(GEMEINDE);
    assert.equal((await stored(GEMEINDE.name))[0]?.ars, '010995501123');
    const amtPath = `/netzwerk/organisationen/${(await stored(AMT.name))[0]!.slug}`;

    const gemeinde = await client.get(gemeindePath);
    assert.match(gemeinde.body, new RegExp(`${p.partOfAmt}</dt>\\s*<dd[^>]*><a href="${amtPath}">Amt Schlüsselau</a>`));
    assert.match(gemeinde.body, new RegExp(`${p.partOfKreis}</dt>\\s*<dd[^>]*><a href="${kreisPath}">Kreis Schlüsselland</a>`));

    const amt = await client.get(amtPath);
    assert.match(amt.body, new RegExp(`${p.municipalitiesOfAmt}</h2>\\s*<ul[^>]*>\\s*<li><a href="${gemeindePath}">Gemeinde Schlüsseldorf</a> \\(Gemeinde\\)`));
    assert.match(amt.body, new RegExp(`${p.partOfKreis}</dt>\\s*<dd[^>]*><a href="${kreisPath}">`));

    const kreis = await client.get(kreisPath);
    assert.match(kreis.body, new RegExp(`${escaped(p.municipalitiesOfKreis)}</h2>[\\s\\S]*Amt Schlüsselau[\\s\\S]*Gemeinde Schlüsseldorf`));
    assert.doesNotMatch(kreis.body, new RegExp(p.partOfKreis));
  });

  it('shows no relation for an Amt that is not on the platform', async () => {
    const path = await create({ ...GEMEINDE, name: 'Gemeinde Anderamt', ags: '01099777', ars: '010995599777' });
    const page = await client.get(path);
    assert.doesNotMatch(page.body, new RegExp(p.partOfAmt));
    assert.match(page.body, new RegExp(p.partOfKreis));
  });

  it('keeps the organisation’s own ARS on saving and refuses one of another', async () => {
    const path = `/netzwerk/organisationen/${(await stored('Gemeinde Anderamt'))[0]!.slug}`;
    const fields = { ...GEMEINDE, name: 'Gemeinde Anderamt', ags: '01099777', ars: '010995599777' };
    await client.get(`${path}/bearbeiten`);
    assert.equal((await client.postForm(`${path}/bearbeiten`, { ...fields, description: 'Neu beschrieben.' })).statusCode, 303);
    await client.get(`${path}/bearbeiten`);
    const taken = await client.postForm(`${path}/bearbeiten`, { ...fields, ags: '01099123', ars: '010995501123' });
    assert.equal(taken.statusCode, 409);
    assert.match(taken.body, new RegExp(`<a href="#f-ars">${escaped(v.arsTaken)}</a>`));
    assert.deepEqual((await stored('Gemeinde Anderamt'))[0]?.ars, '010995599777');
  });
});
