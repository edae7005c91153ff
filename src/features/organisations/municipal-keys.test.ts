import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  agsOfArs,
  agsOfKreis,
  amtKeyOfArs,
  arsAgreesWithAgs,
  arsAgreesWithAmtsschluessel,
  arsOfAmt,
  compactKey,
  isAgs,
  isAmtsschluessel,
  isArs,
  isKreisAgs,
  kreisKeyOf,
} from './municipal-keys.ts';
import { relationKeysOf } from './municipal-relations.ts';

// Made-up keys of the right shape: Kreis 01099 does not exist in Schleswig-Holstein.
const KREIS = '01099';
const AMT = '010995501';
const AMT_ARS = '010995501000';
const GEMEINDE_AGS = '01099123';
const GEMEINDE_ARS = '010995501123';
const AMTSFREI_ARS = '010990044044';
const KREISFREI_ARS = '010990000000';

describe('municipal keys', () => {
  it('recognises each key by its number of digits only', () => {
    assert.ok(isAgs(GEMEINDE_AGS));
    assert.ok(isAmtsschluessel(AMT));
    assert.ok(isArs(GEMEINDE_ARS));
    for (const bad of ['0109912', '010991234', '0109912a', 'O1099123', '0109912 3', ' 01099123', '01099123\n', '', '٠١٠٩٩١٢٣']) {
      assert.equal(isAgs(bad), false, JSON.stringify(bad));
    }
    for (const bad of ['01099550', '0109955010', '01099550x', '010995501 ']) assert.equal(isAmtsschluessel(bad), false, JSON.stringify(bad));
    for (const bad of ['01099550112', '0109955011234', '01099550112a', '+10995501123', '1.0995501123e11']) assert.equal(isArs(bad), false, bad);
  });

  it('drops the blanks of keys as official lists print them, and nothing else', () => {
    assert.equal(compactKey('01 0 99 5501 123'), GEMEINDE_ARS);
    assert.equal(compactKey(' 01\u00a0099\t123 '), GEMEINDE_AGS);
    assert.equal(compactKey('01-099-123'), '01-099-123');
  });

  it('finds the Kreis at the start of every key and of nothing else', () => {
    for (const key of [GEMEINDE_AGS, AMT, GEMEINDE_ARS, AMT_ARS]) assert.equal(kreisKeyOf(key), KREIS, key);
    for (const bad of [KREIS, '0109912', 'abcdefgh', '']) assert.equal(kreisKeyOf(bad), undefined, bad);
  });

  it('finds the Amt only in an ARS that names a Gemeindeverband', () => {
    assert.equal(amtKeyOfArs(GEMEINDE_ARS), AMT);
    assert.equal(amtKeyOfArs(AMT_ARS), AMT);
    assert.equal(amtKeyOfArs(AMTSFREI_ARS), '010990044', 'an amtsfreie Gemeinde names a key that no Amt has');
    assert.equal(amtKeyOfArs(KREISFREI_ARS), undefined);
    assert.equal(amtKeyOfArs(GEMEINDE_AGS), undefined);
    assert.equal(amtKeyOfArs('01099550112x'), undefined);
  });

  it('takes the AGS out of an ARS and builds the keys of an Amt and a Kreis', () => {
    assert.equal(agsOfArs(GEMEINDE_ARS), GEMEINDE_AGS);
    assert.equal(agsOfArs(AMTSFREI_ARS), '01099044');
    assert.equal(agsOfArs(GEMEINDE_AGS), undefined);
    assert.equal(arsOfAmt(AMT), AMT_ARS);
    assert.equal(arsOfAmt('01099550'), undefined);
    assert.equal(agsOfKreis(KREIS), '01099000');
    assert.ok(isKreisAgs('01099000'));
    assert.equal(isKreisAgs(GEMEINDE_AGS), false);
    assert.equal(isKreisAgs('0109900'), false);
  });

  it('says whether ARS and AGS or Amtsschlüssel agree', () => {
    assert.ok(arsAgreesWithAgs(GEMEINDE_ARS, GEMEINDE_AGS));
    assert.equal(arsAgreesWithAgs(GEMEINDE_ARS, '01099124'), false, 'another Gemeinde');
    assert.equal(arsAgreesWithAgs(GEMEINDE_ARS, '01098123'), false, 'another Kreis');
    assert.equal(arsAgreesWithAgs(GEMEINDE_ARS, '0109912'), false, 'too short');
    assert.equal(arsAgreesWithAgs('01099550112', '01099112'), false, 'no ARS');
    assert.ok(arsAgreesWithAmtsschluessel(AMT_ARS, AMT));
    assert.equal(arsAgreesWithAmtsschluessel(GEMEINDE_ARS, AMT), false, 'the ARS of a Gemeinde of the Amt is not the Amt’s');
    assert.equal(arsAgreesWithAmtsschluessel('010995502000', AMT), false, 'another Amt');
    assert.equal(arsAgreesWithAmtsschluessel(AMT_ARS, GEMEINDE_AGS), false, 'an AGS is no Amtsschlüssel');
  });
});

describe('relation keys of an organisation', () => {
  const none = { ags: null, amtsschluessel: null, ars: null };

  it('relates a Gemeinde or Stadt to Amt and Kreis by its ARS, and to the Kreis alone by its AGS', () => {
    assert.deepEqual(relationKeysOf({ ...none, type: 'gemeinde', ags: GEMEINDE_AGS, ars: GEMEINDE_ARS }), { amt: AMT, kreis: KREIS });
    assert.deepEqual(relationKeysOf({ ...none, type: 'stadt', ags: GEMEINDE_AGS }), { amt: undefined, kreis: KREIS });
    assert.deepEqual(relationKeysOf({ ...none, type: 'gemeinde' }), { amt: undefined, kreis: undefined });
  });

  it('relates an Amt to its Kreis and its Gemeinden, a Kreis to what lies in it', () => {
    assert.deepEqual(relationKeysOf({ ...none, type: 'amt', amtsschluessel: AMT, ars: AMT_ARS }), { kreis: KREIS, membersOf: { level: 'amt', key: AMT } });
    assert.deepEqual(relationKeysOf({ ...none, type: 'amt' }), { kreis: undefined, membersOf: { level: 'amt', key: undefined } });
    assert.deepEqual(relationKeysOf({ ...none, type: 'kreis', ags: '01099000' }), { membersOf: { level: 'kreis', key: KREIS } });
  });

  it('relates no other kind of organisation', () => {
    for (const type of ['region', 'land', 'unternehmen'] as const) assert.deepEqual(relationKeysOf({ ...none, type, ags: GEMEINDE_AGS }), {});
  });
});
