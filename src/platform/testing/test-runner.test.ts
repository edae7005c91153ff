import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../paths.ts';

const FIXTURE = path.join(PROJECT_ROOT, 'scripts', 'test-runner-fixture');
const NO_CHROMIUM = path.join(FIXTURE, 'no-such-chromium');

interface Run {
  code: number | null;
  output: string;
}

function run(args: string[], env: Record<string, string>): Promise<Run> {
  const base = { ...process.env };
  // Set for test files run by `node --test`; a nested runner would take it as its own.
  delete base.NODE_TEST_CONTEXT;
  for (const name of ['CI', 'TEST_DATABASE_URL', 'DK_TEST_ROOT']) delete base[name];
  const child = spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    env: { ...base, DK_TEST_ROOT: FIXTURE, CHROMIUM_PATH: NO_CHROMIUM, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

const runner = (filter: string, env: Record<string, string>) => run(['scripts/test.mjs', filter], env);
const lastLine = (output: string) => output.trimEnd().split('\n').at(-1);
// Never connected to: the fixture has no database tests.
const DATABASE = { TEST_DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' };

describe('npm test (scripts/test.mjs)', { concurrency: true }, () => {
  it('ends with the summary line and fails when a test fails; without browser tests it does not look for chromium', async () => {
    const { code, output } = await runner('src/', { CI: '1', ...DATABASE });
    assert.equal(lastLine(output), '1 passed, 1 failed, 1 skipped');
    assert.equal(code, 1);
    assert.doesNotMatch(output, /chromium/i);
  });

  it('in CI fails each browser test when chromium is missing', async () => {
    const { code, output } = await runner('e2e/', { CI: 'true', ...DATABASE });
    assert.match(output, /BROWSER TESTS FAIL \(CI is set\)/);
    assert.match(output, /browser tests are required in CI: chromium not found/);
    assert.equal(lastLine(output), '0 passed, 1 failed, 0 skipped');
    assert.equal(code, 1);
  });

  it('outside CI skips browser tests without chromium and passes', async () => {
    const { code, output } = await runner('e2e/', {});
    assert.match(output, /BROWSER TESTS SKIPPED/);
    assert.equal(lastLine(output), '0 passed, 0 failed, 1 skipped');
    assert.equal(code, 0);
  });

  it('in CI fails at once without TEST_DATABASE_URL', async () => {
    const { code, output } = await runner('src/', { CI: 'true' });
    assert.match(output, /TEST_DATABASE_URL is not set/);
    assert.doesNotMatch(output, /passed/);
    assert.equal(code, 1);
  });

  it('with CI=1 fails a browser test file run directly, without the runner, when chromium is missing', async () => {
    const file = path.join(FIXTURE, 'e2e', 'browser.test.ts');
    const { code, output } = await run(['--import', 'tsx', '--test', '--test-reporter=tap', file], { CI: '1', ...DATABASE });
    assert.match(output, /browser tests are required in CI/);
    assert.match(output, /^# fail 1$/m);
    assert.notEqual(code, 0);
  });
});
