import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { createTestRuntime, type TestRuntime } from '../../testing/harness.ts';
import { loadConfig } from '../config.ts';

const DAY = 86_400_000;

/** The fields of a security.txt, by name. */
function fields(body: string): Record<string, string> {
  return Object.fromEntries(
    body
      .trim()
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

let site: TestRuntime;
let configured: TestRuntime;
before(async () => {
  site = await createTestRuntime('pglite');
  configured = await createTestRuntime('pglite', { config: { securityContact: 'https://sicherheit.example.org/melden' } });
});
after(async () => {
  await site.close();
  await configured.close();
});

it('names the site’s contact address for vulnerabilities once there is one, and expires within a year', async () => {
  assert.equal((await site.app.inject({ method: 'GET', url: '/.well-known/security.txt' })).statusCode, 404, 'no contact: no file');
  await site.deps.settings.update({ contactEmail: 'digitalekommune@example.org' });
  const res = await site.app.inject({ method: 'GET', url: '/.well-known/security.txt' });
  assert.equal(res.statusCode, 200);
  assert.match(String(res.headers['content-type']), /^text\/plain; charset=utf-8/);
  const f = fields(res.body);
  assert.equal(f.Contact, 'mailto:digitalekommune@example.org');
  assert.equal(f['Preferred-Languages'], 'de, en');
  assert.equal(f.Canonical, `${site.deps.config.baseUrl}/.well-known/security.txt`);
  const expires = Date.parse(f.Expires!);
  assert.ok(expires > Date.now() + 150 * DAY && expires < Date.now() + 365 * DAY, f.Expires);
});

it('names SECURITY_CONTACT before the site’s address, and refuses a contact that is no address', async () => {
  await configured.deps.settings.update({ contactEmail: 'digitalekommune@example.org' });
  const res = await configured.app.inject({ method: 'GET', url: '/.well-known/security.txt' });
  assert.equal(fields(res.body).Contact, 'https://sicherheit.example.org/melden');
  assert.equal(loadConfig({ SECURITY_CONTACT: 'mailto:sicherheit@example.org' }).securityContact, 'mailto:sicherheit@example.org');
  assert.throws(() => loadConfig({ SECURITY_CONTACT: 'sicherheit@example.org' }), /SECURITY_CONTACT: a mailto: or https: address/);
  assert.throws(() => loadConfig({ SECURITY_CONTACT: 'http://example.org' }), /SECURITY_CONTACT/);
});
