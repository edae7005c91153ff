// `npm run mutation`: StrykerJS breaks the rules of the modules below one change at a time
// (a mutant) and runs the module's tests against each; a mutant that no test notices
// "survives". `npm run mutation -- csrf sessions` runs only the named modules. Reports go to
// reports/mutation/<module>.html; docs/testing.md keeps the scores and the accepted survivors.
// Not part of CI: one module takes minutes on two cores.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Each module of rules with the test files (as `npm test` filters) that should notice a broken rule. */
const MODULES = {
  csrf: { mutate: 'src/platform/http/csrf.ts', tests: ['src/platform/http/csrf.test', 'src/platform/http/platform.test'] },
  sessions: { mutate: 'src/platform/auth/sessions.ts', tests: ['src/platform/auth/sessions.test', 'src/platform/http/security.test'] },
  'rate-limits': { mutate: 'src/platform/http/rate-limit.ts', tests: ['src/features/accounts/security.test', 'src/platform/http/security.test'] },
  'account-links': { mutate: 'src/platform/auth/tokens.ts', tests: ['src/features/accounts/', 'src/platform/auth/tokens.test'] },
  policy: { mutate: 'src/platform/auth/policy.ts', tests: ['src/platform/auth/policy.test', 'src/features/authorization-matrix.test'] },
  'form-tokens': { mutate: 'src/features/events/registration/form-token.ts', tests: ['src/features/events/registration/registration.test'] },
  // Lines 26–172 hold the seat and waiting-list rules; the rest are plain look-ups.
  'seat-taking': { mutate: 'src/features/events/registration/repository.ts:26-172', tests: ['src/features/events/registration/'] },
  // security.test lets held seats run out, the other way into expireTimed
  offers: {
    mutate: 'src/features/events/registration/promote-from-waiting-list.ts',
    tests: [
      'src/features/events/registration/rules.test',
      'src/features/events/registration/registration.test',
      'src/features/events/registration/security.test',
    ],
  },
  confirmation: {
    mutate: 'src/features/events/registration/confirm-registration.ts',
    tests: [
      'src/features/events/registration/confirm-registration.test',
      'src/features/events/registration/registration.test',
      'src/features/events/registration/security.test',
      'src/features/events/registration/concurrency.test',
    ],
  },
  'manage-links': {
    mutate: 'src/features/events/registration/service.ts',
    tests: ['src/features/events/registration/manage-links.test', 'src/features/events/registration/security.test'],
  },
  retention: { mutate: 'src/features/events/operations/retention.ts', tests: ['src/features/events/operations/retention.test'] },
  'job-claiming': { mutate: 'src/platform/jobs/repository.ts', tests: ['src/platform/jobs/'] },
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in MODULES));
if (unknown.length > 0) {
  console.error(`Unknown module(s): ${unknown.join(', ')}. Known: ${Object.keys(MODULES).join(', ')}`);
  process.exit(2);
}
let failed = false;
for (const [name, module] of Object.entries(MODULES).filter(([name]) => wanted.length === 0 || wanted.includes(name))) {
  console.log(`\n=== ${name}: ${module.mutate}`);
  // PGlite only: the rules are the same on both databases, and each mutant runs the tests once.
  const env = { ...process.env, TEST_DATABASE_URL: '', CI: '' };
  // The command runner has no command-line flag for its command, so each module gets a config file.
  const config = {
    testRunner: 'command',
    commandRunner: { command: `node scripts/test.mjs ${module.tests.join(' ')}` },
    mutate: [module.mutate],
    reporters: ['clear-text', 'html', 'json'],
    htmlReporter: { fileName: `reports/mutation/${name}.html` },
    jsonReporter: { fileName: `reports/mutation/${name}.json` },
    concurrency: 1,
    timeoutMS: 120_000,
    tempDirName: '.stryker-tmp',
    ignorePatterns: ['data', 'reports', 'dist', '.cache'],
    cleanTempDir: true,
  };
  const configFile = path.join(root, 'reports', 'mutation', `${name}.stryker.json`);
  fs.mkdirSync(path.dirname(configFile), { recursive: true });
  fs.writeFileSync(configFile, JSON.stringify(config, null, 2));
  const result = spawnSync('npx', ['stryker', 'run', configFile], { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
