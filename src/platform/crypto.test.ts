import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hmac, Keyring, randomToken, safeEqual, sha256 } from './crypto.ts';

const keyring = new Keyring('a-secret-key-that-is-long-enough-for-tests');
const NOW = Date.UTC(2026, 2, 1, 12, 0, 0);

describe('Keyring.seal / unseal', () => {
  it('returns the sealed value before it expires', () => {
    const value = { email: 'erika@beispiel.de', seats: [1, 2] };
    const token = keyring.seal('registration', value, 600, NOW);
    assert.deepEqual(keyring.unseal('registration', token, NOW + 599_000), value);
  });

  it('does not reveal the value in the token', () => {
    const token = keyring.seal('registration', { email: 'erika@beispiel.de' }, 600, NOW);
    assert.ok(!Buffer.from(token, 'base64url').toString('latin1').includes('erika'));
  });

  it('rejects a tampered token', () => {
    const token = keyring.seal('registration', { admin: false }, 600, NOW);
    const raw = Buffer.from(token, 'base64url');
    raw[raw.length - 1]! ^= 0x01;
    assert.equal(keyring.unseal('registration', raw.toString('base64url'), NOW), undefined);
    assert.equal(keyring.unseal('registration', token.slice(0, -4), NOW), undefined);
    assert.equal(keyring.unseal('registration', 'kein-token', NOW), undefined);
  });

  it('rejects an expired token', () => {
    const token = keyring.seal('registration', 'x', 600, NOW);
    assert.equal(keyring.unseal('registration', token, NOW + 601_000), undefined);
  });

  it('rejects a token made for another purpose or by another installation', () => {
    const token = keyring.seal('registration', 'x', 600, NOW);
    assert.equal(keyring.unseal('password-reset', token, NOW), undefined);
    assert.equal(new Keyring('another-secret-key-that-is-long-enough').unseal('registration', token, NOW), undefined);
  });
});

describe('keys and tokens', () => {
  it('derives a different key per purpose, the same for the same purpose', () => {
    assert.notDeepEqual(keyring.key('csrf'), keyring.key('form'));
    assert.deepEqual(keyring.key('csrf'), new Keyring('a-secret-key-that-is-long-enough-for-tests').key('csrf'));
  });

  it('makes URL-safe random tokens that differ', () => {
    const a = randomToken();
    assert.match(a, /^[A-Za-z0-9_-]{43}$/);
    assert.notEqual(a, randomToken());
  });

  it('compares safely, including strings of different length', () => {
    const mac = hmac(keyring.key('x'), 'value');
    assert.equal(safeEqual(mac, hmac(keyring.key('x'), 'value')), true);
    assert.equal(safeEqual(mac, hmac(keyring.key('x'), 'other')), false);
    assert.equal(safeEqual(mac, mac.slice(1)), false);
    assert.equal(sha256('a'), sha256('a'));
    assert.notEqual(sha256('a'), sha256('b'));
  });
});
