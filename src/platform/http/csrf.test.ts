import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FastifyRequest } from 'fastify';
import type { CurrentUser } from '../auth/current-user.ts';
import { Keyring } from '../crypto.ts';
import { checkCsrf, CSRF_FIELD, isValidCsrfToken, issueCsrfToken } from './csrf.ts';
import { HttpError } from './errors.ts';

const keyring = new Keyring('a-test-secret-that-is-long-enough-for-the-rule');
const NOW = Date.UTC(2027, 8, 27, 15, 0, 0);
const member: CurrentUser = { id: 'u1', email: 'm@example.org', displayName: 'M', siteRole: 'member', sessionIdHash: 'session-hash-1' };

interface FakeRequest {
  method?: string;
  user?: CurrentUser | null;
  body?: unknown;
  query?: Record<string, unknown>;
  headers?: Record<string, string>;
  /** the route's config, e.g. `{ oneClickUnsubscribe: true }` */
  config?: Record<string, unknown>;
}

/** Just the parts of a request the CSRF check reads; the rest of Fastify's request does not matter here. */
function request(fake: FakeRequest): FastifyRequest {
  const { config = {}, ...rest } = fake;
  return {
    method: 'POST',
    user: null,
    body: {},
    query: {},
    ...rest,
    headers: { host: 'localhost', ...fake.headers },
    routeOptions: { config },
  } as unknown as FastifyRequest;
}

function refused(fake: FakeRequest): boolean {
  try {
    checkCsrf(keyring, request(fake));
    return false;
  } catch (error) {
    assert.ok(error instanceof HttpError && error.kind === 'csrf', String(error));
    return true;
  }
}

describe('CSRF tokens', () => {
  it('are valid until their expiry second and not after', () => {
    const token = issueCsrfToken(keyring, { user: null }, NOW);
    const expires = Number(token.split('.')[0]) * 1000;
    assert.equal(isValidCsrfToken(keyring, request({}), token, expires), true, 'at the expiry second');
    assert.equal(isValidCsrfToken(keyring, request({}), token, expires + 1), false, 'one millisecond later');
  });

  it('belong to the session they were issued for', () => {
    const token = issueCsrfToken(keyring, { user: member }, NOW);
    assert.equal(isValidCsrfToken(keyring, request({ user: member }), token, NOW), true);
    assert.equal(isValidCsrfToken(keyring, request({ user: { ...member, sessionIdHash: 'session-hash-2' } }), token, NOW), false);
    assert.equal(isValidCsrfToken(keyring, request({ user: null }), token, NOW), false);
    assert.equal(isValidCsrfToken(keyring, request({ user: member }), issueCsrfToken(keyring, { user: null }, NOW), NOW), false);
  });

  it('refuse what is not a token', () => {
    const [expires, mac] = issueCsrfToken(keyring, { user: null }, NOW).split('.');
    for (const bad of [
      undefined,
      42,
      '',
      'nur-ein-teil',
      `${expires}.`,
      `.${mac}`,
      `${expires}.5.${mac}`,
      `abc.${mac}`,
      `${Number(expires) + 0.5}.${mac}`,
      ['a', 'b'],
    ]) {
      assert.equal(isValidCsrfToken(keyring, request({}), bad, NOW), false, JSON.stringify(bad));
    }
  });
});

describe('the CSRF check of a request', () => {
  const token = issueCsrfToken(keyring, { user: null });

  it('lets GET, HEAD and OPTIONS through without a token', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) assert.equal(refused({ method, body: undefined }), false, method);
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) assert.equal(refused({ method, body: undefined }), true, method);
  });

  it('finds the token in the form, in the query (multipart forms) or in a header', () => {
    assert.equal(refused({ body: { [CSRF_FIELD]: token } }), false);
    assert.equal(refused({ body: undefined, query: { [CSRF_FIELD]: token } }), false);
    assert.equal(refused({ body: 'kein Formular', query: { [CSRF_FIELD]: token } }), false, 'a body that is no form is looked past');
    assert.equal(refused({ body: undefined, query: undefined as unknown as Record<string, unknown>, headers: { 'x-csrf-token': token } }), false);
    assert.equal(refused({ body: {}, headers: { 'x-other': token } }), true);
  });

  it('refuses a valid token that comes from another site', () => {
    assert.equal(refused({ body: { [CSRF_FIELD]: token }, headers: { origin: 'http://localhost' } }), false, 'same origin');
    assert.equal(refused({ body: { [CSRF_FIELD]: token }, headers: { origin: 'https://evil.example' } }), true, 'another host');
    assert.equal(refused({ body: { [CSRF_FIELD]: token }, headers: { origin: 'null' } }), true, 'an opaque origin (sandboxed frame, data: URL)');
    assert.equal(refused({ body: { [CSRF_FIELD]: token }, headers: { origin: 'nicht eine Adresse' } }), true, 'an origin that is no URL');
    assert.equal(refused({ body: { [CSRF_FIELD]: token }, headers: { 'sec-fetch-site': 'cross-site' } }), true, 'Sec-Fetch-Site');
    assert.equal(refused({ body: { [CSRF_FIELD]: token }, headers: { 'sec-fetch-site': 'same-origin' } }), false);
  });

  it('lets exactly the RFC 8058 one-click body through without a token, and only on a route that takes it', () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const oneClick = { body: { 'List-Unsubscribe': 'One-Click' }, headers: { ...form, 'sec-fetch-site': 'cross-site' } };
    assert.equal(refused({ ...oneClick, config: { oneClickUnsubscribe: true } }), false, 'a mail program’s POST, from wherever it comes');
    assert.equal(refused(oneClick), true, 'another route');
    assert.equal(refused({ ...oneClick, headers: { 'content-type': 'application/json' }, config: { oneClickUnsubscribe: true } }), true, 'not a form');
    assert.equal(
      refused({ body: { 'List-Unsubscribe': 'One-Click', frequency: 'immediate' }, headers: form, config: { oneClickUnsubscribe: true } }),
      true,
      'another field',
    );
    assert.equal(refused({ body: { 'List-Unsubscribe': 'Two-Clicks' }, headers: form, config: { oneClickUnsubscribe: true } }), true, 'another value');
    assert.equal(refused({ body: {}, config: { oneClickUnsubscribe: true } }), true, 'the page’s own form still needs its token');
    assert.equal(refused({ body: { [CSRF_FIELD]: token }, config: { oneClickUnsubscribe: true } }), false);
    // a multipart body is read only by the handler, which takes nothing but the one-click field
    const multipart = { body: undefined, headers: { 'content-type': 'multipart/form-data; boundary=x' } };
    assert.equal(refused({ ...multipart, config: { oneClickUnsubscribe: true } }), false);
    assert.equal(refused(multipart), true);
  });
});
