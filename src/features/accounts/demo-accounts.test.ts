import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { createTestRuntime, eachBackend, type TestRuntime } from '../../testing/harness.ts';
import { DEMO_ACCOUNTS, seedDemoAccounts } from './seed.ts';

eachBackend('demo accounts', (backend) => {
  let rt: TestRuntime;
  before(async () => {
    rt = await createTestRuntime(backend);
  });
  after(async () => rt.close());

  it('warns at every start for as long as an account with the published password exists', async () => {
    assert.deepEqual(await rt.runtime.startupWarnings(), [], 'nothing to say on a clean installation');
    await seedDemoAccounts(rt.deps);
    const warnings = await rt.runtime.startupWarnings();
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /^DEMO ACCOUNTS EXIST/);
    for (const account of DEMO_ACCOUNTS) assert.ok(warnings[0]!.includes(account.email), account.email);
  });
});
