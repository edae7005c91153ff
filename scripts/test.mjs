// `npm test`: every unit, integration and browser test in one run of node's test runner.
// `npm test -- accounts e2e/platform` runs only the files whose path contains one of the words.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAssets } from './build-assets.mjs';
import { compileTests, compiledPath } from './compile-tests.mjs';

// DK_TEST_ROOT lets this runner's own test (src/platform/testing/test-runner.test.ts) run it on
// a small fixture tree instead of the whole project.
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = process.env.DK_TEST_ROOT ? path.resolve(process.env.DK_TEST_ROOT) : projectRoot;
// The same rule as src/platform/testing/ci.ts, which this plain script cannot import.
const inCI = process.env.CI === 'true' || process.env.CI === '1';

function testFiles(dir) {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return [];
  return fs
    .readdirSync(full, { recursive: true })
    .map((name) => path.join(dir, String(name)).split(path.sep).join('/'))
    .filter((file) => file.endsWith('.test.ts') && !file.includes('node_modules/'));
}

const filters = process.argv.slice(2);
const chosen = (file) => filters.length === 0 || filters.some((f) => file.includes(f));

const files = [...testFiles('e2e'), ...testFiles('src')].filter(chosen).sort();

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

// Pages name the built stylesheet and scripts; the build skips itself when nothing changed.
if (!process.env.DK_TEST_ROOT) await buildAssets();

const databaseUrl = process.env.TEST_DATABASE_URL;
if (!databaseUrl && inCI) {
  console.error('CI is set: the PostgreSQL suites are required, but TEST_DATABASE_URL is not set. Failing.');
  process.exit(1);
}
console.log(
  `Integration tests run on: PGlite (embedded)${databaseUrl ? ` and PostgreSQL at ${describeServer(databaseUrl)}` : ' only (set TEST_DATABASE_URL to add a PostgreSQL server)'}`,
);

// e2e/support/test.ts looks for chromium itself (skipping, or failing in CI, each browser
// test); the banner here only makes a missing browser impossible to overlook.
if (files.some((file) => file.startsWith('e2e/'))) {
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (fs.existsSync(chromium)) {
    console.log(`Browser tests run in ${chromium}`);
  } else {
    const line = '!'.repeat(72);
    const outcome = inCI ? 'FAIL (CI is set)' : 'SKIPPED';
    console.log(`\n${line}\n!!  BROWSER TESTS ${outcome}: chromium not found at ${chromium}\n!!  install Debian's chromium or set CHROMIUM_PATH\n${line}\n`);
  }
}
// The fixture tree of the runner's own test imports the project's e2e support, so it is compiled
// into the same cache beside src/ and e2e/.
const outDir = path.join(projectRoot, 'node_modules', '.cache', 'digitale-kommune', 'test-js');
const fromProject = (file) => path.relative(projectRoot, path.join(root, file)).split(path.sep).join('/');
const compileDirs = ['src', 'e2e', ...(root === projectRoot ? [] : [fromProject('.')])];
await compileTests({ root: projectRoot, dirs: compileDirs, outDir });

/*
 * What `node --test` runs: one process per entry file, two at a time, in the order of the entry
 * files' names (node sorts the files it is given). Starting a process and loading the app costs
 * 1.5–2 s of CPU, so the integration files of one folder run together in one process: an entry
 * file that imports them one after the other (tests of different files never run at the
 * same time; each file's hooks belong to its own describe blocks, none is global). A browser
 * file keeps its own process: it holds a browser and an app server for its journeys. The
 * entries alternate between browser files and folders, largest first, so that the two
 * processes running at any moment are one of each and the last ones are short.
 * See docs/decisions/0023-test-files-run-together-by-folder.md.
 */
const MAX_FILES_PER_ENTRY = 8;

function folderOf(file) {
  const parts = file.split('/');
  return parts.slice(0, parts[1] === 'features' || parts[1] === 'platform' ? 3 : 2).join('/');
}

const sizeOf = (file) => fs.statSync(path.join(root, file)).size;

function entryGroups() {
  const browser = files.filter((file) => file.startsWith('e2e/')).map((file) => [file]);
  const byFolder = new Map();
  for (const file of files.filter((f) => !f.startsWith('e2e/'))) {
    const folder = folderOf(file);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), file]);
  }
  const folders = [...byFolder.values()].flatMap((group) => {
    const chunks = Math.ceil(group.length / MAX_FILES_PER_ENTRY);
    return Array.from({ length: chunks }, (_, i) => group.filter((_, j) => j % chunks === i));
  });
  const largestFirst = (a, b) => b.reduce((n, f) => n + sizeOf(f), 0) - a.reduce((n, f) => n + sizeOf(f), 0);
  browser.sort(largestFirst);
  folders.sort(largestFirst);
  const order = [];
  while (browser.length > 0 || folders.length > 0) {
    if (browser.length > 0) order.push(browser.shift());
    if (folders.length > 0) order.push(folders.shift());
  }
  return order;
}

// One folder per run: the runner's own test starts a nested run on a fixture tree meanwhile.
const entryDir = path.join(outDir, `_entries-${process.pid}`);
fs.rmSync(entryDir, { recursive: true, force: true });
fs.mkdirSync(entryDir, { recursive: true });
const entries = entryGroups().map((group, i) => {
  const name = `${String(i).padStart(3, '0')}-${group[0].replace(/\.test\.tsx?$/, '').replace(/[^a-z0-9]+/gi, '-')}.mjs`;
  const target = path.join(entryDir, name);
  const imports = group.map(
    (file) =>
      `import ${JSON.stringify(
        path
          .relative(entryDir, compiledPath(outDir, fromProject(file)))
          .split(path.sep)
          .join('/')
          .replace(/^(?!\.)/, './'),
      )};`,
  );
  fs.writeFileSync(target, `${imports.join('\n')}\n`);
  return target;
});
console.log(`${files.length} test files in ${entries.length} processes\n`);
const removeEntries = () => fs.rmSync(entryDir, { recursive: true, force: true });

// node picks TAP when its output is not a terminal; the output is piped through here to read
// the closing counters, so the reporter is chosen by this process's own output instead.
const args = [
  '--enable-source-maps',
  '--test',
  '--test-concurrency=2',
  // A test that forgot to close a database or server must not hang the whole run.
  '--test-force-exit',
  `--test-reporter=${process.stdout.isTTY ? 'spec' : 'tap'}`,
  ...entries,
];

// The closing counters: `# pass 12` in TAP, `ℹ pass 12` (maybe coloured) from spec.
const COUNTER = /^(?:\x1b\[[\d;]*m)?(?:#|ℹ) (pass|fail|skipped|todo|cancelled) (\d+)(?:\x1b\[[\d;]*m)?$/;
const counters = new Map();
function readCounter(line) {
  const match = COUNTER.exec(line);
  if (match) counters.set(match[1], Number(match[2]));
}

const child = spawn(process.execPath, args, { cwd: root, stdio: ['inherit', 'pipe', 'inherit'] });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.stdout.setEncoding('utf8');
let partialLine = '';
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  const lines = (partialLine + chunk).split('\n');
  partialLine = lines.pop() ?? '';
  for (const line of lines) readCounter(line);
});
child.on('close', (code, signal) => {
  removeEntries();
  readCounter(partialLine);
  if (!counters.has('pass') || !counters.has('fail')) {
    console.log(`\nThe test run ended without node's closing counts (exit ${code ?? signal}).`);
    process.exit(code || 1);
  }
  const count = (name) => counters.get(name) ?? 0;
  const extra = ['cancelled', 'todo'].filter((name) => count(name) > 0).map((name) => `, ${count(name)} ${name}`);
  console.log(`\n${count('pass')} passed, ${count('fail')} failed, ${count('skipped')} skipped${extra.join('')}`);
  process.exit(code || (count('fail') > 0 || count('cancelled') > 0 ? 1 : 0));
});
