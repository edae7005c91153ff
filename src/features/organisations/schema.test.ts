import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseForm } from '../../platform/http/form.ts';
import { messagesFor } from '../../platform/i18n/index.ts';
import { organisationForm } from './schema.ts';

const t = messagesFor('de');
const valid = {
  name: 'Gemeinde Süderbrarup',
  type: 'gemeinde',
  ags: '01059083',
  street: '',
  postcode: '24392',
  town: 'Süderbrarup',
  website: '',
  description: '',
};
const v = t.organisations.validation;
// Made-up keys of the right shape: Kreis 01099 does not exist in Schleswig-Holstein.
const AMT = { name: 'Amt Beispiel', type: 'amt', ags: '', amtsschluessel: '010995501', ars: '010995501000' };
const GEMEINDE = { name: 'Gemeinde Beispiel', type: 'gemeinde', ags: '01099123', ars: '010995501123' };

function errorsOf(fields: Record<string, string>) {
  const result = parseForm(organisationForm, { ...valid, ...fields }, t);
  return result.ok ? {} : Object.fromEntries(result.errors.map((e) => [e.field, e.message]));
}

describe('organisation form', () => {
  it('accepts a complete municipality and drops the spaces of an official AGS', () => {
    const result = parseForm(organisationForm, { ...valid, ags: '01 0 59 083' }, t);
    assert.ok(result.ok);
    assert.equal(result.data.ags, '01059083');
    assert.equal(result.data.street, undefined);
  });

  it('requires exactly 8 digits for the AGS', () => {
    for (const ags of ['0105908', '010590833', '0105908a']) assert.equal(errorsOf({ ags }).ags, v.agsFormat, ags);
  });

  it('requires the AGS for Gemeinde, Stadt and Kreis', () => {
    for (const type of ['gemeinde', 'stadt', 'kreis']) {
      assert.equal(errorsOf({ type, ags: '' }).ags, v.agsRequired, type);
    }
  });

  it('takes the 9-digit Amtsschlüssel of an Amt and refuses an 8-digit AGS for it', () => {
    const result = parseForm(organisationForm, { ...valid, ...AMT, amtsschluessel: '01 0 99 5501' }, t);
    assert.ok(result.ok);
    assert.deepEqual([result.data.ags, result.data.amtsschluessel, result.data.ars], [undefined, '010995501', '010995501000']);
    assert.deepEqual(errorsOf({ ...AMT, ags: '01099123' }), { ags: v.agsNotForAmt });
    assert.deepEqual(errorsOf({ ...AMT, amtsschluessel: '', ars: '' }), { amtsschluessel: v.amtsschluesselRequired });
    assert.deepEqual(errorsOf({ ...AMT, amtsschluessel: '01099123', ars: '' }), { amtsschluessel: v.amtsschluesselFormat });
    assert.deepEqual(errorsOf({ ...AMT, ags: '01099123', amtsschluessel: '' }), { ags: v.agsNotForAmt, amtsschluessel: v.amtsschluesselRequired });
  });

  it('gives the Amtsschlüssel to Ämter only', () => {
    for (const type of ['gemeinde', 'kreis', 'region', 'unternehmen']) {
      assert.equal(errorsOf({ type, amtsschluessel: '010995501' }).amtsschluessel, v.amtsschluesselNotAllowed, type);
    }
  });

  it('wants the AGS of a Kreis to be its Kreis key and 000', () => {
    assert.deepEqual(errorsOf({ type: 'kreis', ags: '01099000', ars: '010990000000' }), {});
    assert.deepEqual(errorsOf({ type: 'kreis', ags: '01099123' }), { ags: v.agsOfKreis });
  });

  it('lets every public body give a 12-digit ARS, written with blanks or not', () => {
    const result = parseForm(organisationForm, { ...valid, ...GEMEINDE, ars: ' 01 0 99 5501 123 ' }, t);
    assert.ok(result.ok);
    assert.equal(result.data.ars, '010995501123');
    for (const type of ['region', 'land']) assert.deepEqual(errorsOf({ type, ags: '', ars: '010995501123' }), {}, type);
    for (const type of ['unternehmen', 'wissenschaft', 'daseinsvorsorge', 'zivilgesellschaft']) {
      assert.deepEqual(errorsOf({ type, ags: '', ars: '010995501123' }), { ars: v.arsNotAllowed }, type);
    }
    for (const ars of ['01099550112', '0109955011234', '01099550112a', 'O10995501123'])
      assert.deepEqual(errorsOf({ ...GEMEINDE, ars }), { ars: v.arsFormat }, ars);
  });

  it('refuses an ARS that disagrees with the AGS or the Amtsschlüssel', () => {
    assert.deepEqual(errorsOf({ ...GEMEINDE, ags: '01099124' }), { ars: v.arsDisagreesWithAgs });
    assert.deepEqual(errorsOf({ ...GEMEINDE, ags: '01098123' }), { ars: v.arsDisagreesWithAgs });
    assert.deepEqual(errorsOf({ ...AMT, ars: '010995502000' }), { ars: v.arsDisagreesWithAmtsschluessel });
    assert.deepEqual(errorsOf({ ...AMT, ars: '010995501123' }), { ars: v.arsDisagreesWithAmtsschluessel }, 'the ARS of one of its Gemeinden');
    assert.deepEqual(errorsOf({ ...GEMEINDE, ags: '0109912', ars: '010995501124' }), { ags: v.agsFormat }, 'a malformed key is not compared');
  });

  it('leaves the AGS optional for regions and ministries', () => {
    for (const type of ['region', 'land']) {
      assert.deepEqual(errorsOf({ type, ags: '' }), {}, type);
      assert.deepEqual(errorsOf({ type }), {}, type);
    }
  });

  it('refuses an AGS for organisations that are not public bodies', () => {
    for (const type of ['unternehmen', 'wissenschaft', 'daseinsvorsorge', 'zivilgesellschaft']) {
      assert.equal(errorsOf({ type }).ags, v.agsNotAllowed, type);
      assert.deepEqual(errorsOf({ type, ags: '' }), {}, type);
    }
  });

  it('wants a five-digit postcode when one is given', () => {
    assert.equal(errorsOf({ postcode: '2439' }).postcode, t.common.validation.postcode);
    assert.equal(errorsOf({ postcode: 'D-24392' }).postcode, t.common.validation.postcode);
    assert.deepEqual(errorsOf({ postcode: '' }), {});
  });

  it('accepts http and https websites, adds https to a bare address and refuses other schemes', () => {
    const bare = parseForm(organisationForm, { ...valid, website: 'www.amt-suederbrarup.de' }, t);
    assert.ok(bare.ok);
    assert.equal(bare.data.website, 'https://www.amt-suederbrarup.de');
    assert.deepEqual(errorsOf({ website: 'http://www.heide.de/rathaus' }), {});
    for (const website of ['javascript:alert(1)', 'ftp://example.org', 'https://', 'mailto:info@heide.de']) {
      assert.equal(errorsOf({ website }).website, t.common.validation.url, website);
    }
  });

  it('reports every problem at once, the key rules included', () => {
    const errors = errorsOf({ name: '', town: '', type: 'kreis', ags: '', amtsschluessel: '010995501', ars: '0109', postcode: '1' });
    assert.deepEqual(Object.keys(errors).sort(), ['ags', 'amtsschluessel', 'ars', 'name', 'postcode', 'town']);
    assert.equal(errors.name, t.organisations.validation.nameRequired);
  });

  it('asks for the type when none is chosen', () => {
    assert.equal(errorsOf({ type: '' }).type, t.organisations.validation.typeRequired);
  });
});
