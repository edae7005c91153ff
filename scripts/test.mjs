// `npm test`: every unit, integration and browser test in one run of node's test runner.
// `npm test -- accounts e2e/platform` runs only the files whose path contains one of the words.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function testFiles(dir) {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return [];
  return fs
    .readdirSync(full, { recursive: true })
    .map((name) => path.join(dir, String(name)).split(path.sep).join('/'))
    .filter((file) => file.endsWith('.test.ts') && !file.includes('node_modules/'));
}

const filters = process.argv.slice(2);
const files = [...testFiles('src'), ...testFiles('e2e')]
  .filter((file) => filters.length === 0 || filters.some((f) => file.includes(f)))
  .sort();

if (files.length === 0) {
  console.error(`No test files found${filters.length ? ` for ${filters.join(', ')}` : ''}.`);
  process.exit(1);
}

function describeServer(url) {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}`;
  } catch {
    return 'TEST_DATABASE_URL';
  }
}

const databaseUrl = process.env.TEST_DATABASE_URL;
console.log(
  `Integration tests run on: PGlite (embedded)${databaseUrl ? ` and PostgreSQL at ${describeServer(databaseUrl)}` : ' only (set TEST_DATABASE_URL to add a PostgreSQL server)'}`,
);

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const env = { ...process.env };
if (fs.existsSync(chromium)) {
  console.log(`Browser tests run in ${chromium}`);
  delete env.DK_BROWSER_TESTS_SKIPPED;
} else {
  const reason = `chromium not found at ${chromium} (install Debian's chromium or set CHROMIUM_PATH)`;
  const line = '!'.repeat(72);
  console.log(`\n${line}\n!!  BROWSER TESTS SKIPPED: chromium not found\n!!  ${reason}\n${line}\n`);
  if (process.env.CI === 'true') {
    console.error('CI=true: browser tests are required in CI, failing.');
    process.exit(1);
  }
  // e2e/support/test.ts reads this and skips each browser test with the reason.
  env.DK_BROWSER_TESTS_SKIPPED = reason;
}
console.log(`${files.length} test files\n`);

const args = [
  '--import',
  'tsx',
  '--test',
  '--test-concurrency=2',
  // A test that forgot to close a database or server must not hang the whole run.
  '--test-force-exit',
  ...files,
];
const child = spawn(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
