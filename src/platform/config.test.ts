import assert from 'node:assert/strict';
import os from 'node:os';
import { it } from 'node:test';
import { loadConfig } from './config.ts';

it('runs one app process unless told otherwise, and never several on the embedded database', () => {
  const server = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres' };
  assert.equal(loadConfig({}).processes, 1);
  assert.equal(loadConfig({ WEB_CONCURRENCY: '4' }).processes, 1, 'PGlite is one process');
  assert.equal(loadConfig({ ...server, WEB_CONCURRENCY: '4' }).processes, 4);
  assert.equal(loadConfig({ ...server, WEB_CONCURRENCY: 'auto' }).processes, os.availableParallelism());
  assert.throws(() => loadConfig({ ...server, WEB_CONCURRENCY: 'viele' }), /WEB_CONCURRENCY/);
});

it('names every invalid setting', () => {
  assert.throws(() => loadConfig({ PORT: 'achtzig', UPLOAD_MAX_MB: '0' }), /PORT: .*UPLOAD_MAX_MB: /);
});

it('refuses to start in production without SECRET_KEY, with a message that says what to do', () => {
  assert.throws(() => loadConfig({ NODE_ENV: 'production' }), /SECRET_KEY is required with NODE_ENV=production/);
  const key = 'k'.repeat(32);
  assert.equal(loadConfig({ NODE_ENV: 'production', SECRET_KEY: key }).secretKey, key);
  assert.equal(loadConfig({}).secretKey, undefined, 'outside production the key may come from the database');
});

it('loads demo content in production only with a second, explicit yes', () => {
  const production = { NODE_ENV: 'production', SECRET_KEY: 'k'.repeat(32) };
  assert.equal(loadConfig(production).demoContent, false);
  assert.throws(() => loadConfig({ ...production, DEMO_CONTENT: '1' }), /DEMO_CONTENT_IN_PRODUCTION=1/);
  assert.equal(loadConfig({ ...production, DEMO_CONTENT: '1', DEMO_CONTENT_IN_PRODUCTION: '1' }).demoContent, true);
  assert.equal(loadConfig({}).demoContent, true, 'a laptop gets the demo by default');
});

it('trusts forwarding headers only from the named proxies, never from everyone', () => {
  assert.deepEqual(loadConfig({}).trustProxy, []);
  assert.deepEqual(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,::1' }).trustProxy, ['10.0.0.0/8', '127.0.0.1', '::1']);
  assert.deepEqual(loadConfig({ TRUST_PROXY: 'fd00::/8' }).trustProxy, ['fd00::/8']);
  for (const value of ['1', 'true', 'all', '10.0.0.0/33', '10.0.0.0/8/1', 'proxy.example.org']) {
    assert.throws(() => loadConfig({ TRUST_PROXY: value }), /TRUST_PROXY: .*not an IP address or CIDR range/, value);
  }
});

it('reads single sign-on only with its client, maps roles only to site roles, and takes only a DCAT-AP.de contributor URI', () => {
  assert.equal(loadConfig({}).oidc, undefined);
  assert.throws(() => loadConfig({ OIDC_ISSUER: 'https://login.example.de/realms/land' }), /OIDC_CLIENT_ID/);
  const oidc = loadConfig({
    OIDC_ISSUER: 'https://login.example.de/realms/land',
    OIDC_CLIENT_ID: 'dk',
    OIDC_ROLE_MAP: 'dk-redaktion=editor, dk-admin=admin',
  }).oidc;
  assert.deepEqual(oidc?.roleMap, { 'dk-redaktion': 'editor', 'dk-admin': 'admin' });
  assert.throws(
    () => loadConfig({ OIDC_ISSUER: 'https://login.example.de/realms/land', OIDC_CLIENT_ID: 'dk', OIDC_ROLE_MAP: 'dk-chef=owner' }),
    /OIDC_ROLE_MAP: "dk-chef=owner"/,
  );
  assert.equal(
    loadConfig({ OPEN_DATA_CONTRIBUTOR_ID: 'http://dcat-ap.de/def/contributors/schleswigHolstein' }).openDataContributorId,
    'http://dcat-ap.de/def/contributors/schleswigHolstein',
  );
  assert.throws(() => loadConfig({ OPEN_DATA_CONTRIBUTOR_ID: 'Schleswig-Holstein' }), /OPEN_DATA_CONTRIBUTOR_ID/);
});
