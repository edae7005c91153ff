import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseForm } from '../../platform/http/form.ts';
import { messagesFor } from '../../platform/i18n/index.ts';
import { organisationForm } from './schema.ts';

const t = messagesFor('de');
const valid = { name: 'Gemeinde Süderbrarup', type: 'gemeinde', ags: '01059083', street: '', postcode: '24392', town: 'Süderbrarup', website: '', description: '' };

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
    for (const ags of ['0105908', '010590833', '0105908a']) assert.equal(errorsOf({ ags }).ags, t.common.validation.ags, ags);
  });

  it('requires the AGS for Gemeinde, Amt, Stadt and Kreis', () => {
    for (const type of ['gemeinde', 'amt', 'stadt', 'kreis']) {
      assert.equal(errorsOf({ type, ags: '' }).ags, t.organisations.validation.agsRequired, type);
    }
  });

  it('leaves the AGS optional for regions and ministries', () => {
    for (const type of ['region', 'land']) {
      assert.deepEqual(errorsOf({ type, ags: '' }), {}, type);
      assert.deepEqual(errorsOf({ type }), {}, type);
    }
  });

  it('refuses an AGS for organisations that are not public bodies', () => {
    for (const type of ['unternehmen', 'wissenschaft', 'daseinsvorsorge', 'zivilgesellschaft']) {
      assert.equal(errorsOf({ type }).ags, t.organisations.validation.agsNotAllowed, type);
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

  it('reports every problem at once, the AGS rule included', () => {
    const errors = errorsOf({ name: '', town: '', type: 'kreis', ags: '', postcode: '1' });
    assert.deepEqual(Object.keys(errors).sort(), ['ags', 'name', 'postcode', 'town']);
    assert.equal(errors.name, t.organisations.validation.nameRequired);
  });

  it('asks for the type when none is chosen', () => {
    assert.equal(errorsOf({ type: '' }).type, t.organisations.validation.typeRequired);
  });
});
