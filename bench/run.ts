/**
 * `npm run bench [-- --quick] [-- --resilience] [-- --scenario <name>] [-- --processes <n|auto>]`
 *
 * Creates a database of its own on the PostgreSQL server in DATABASE_URL, starts the app in
 * production mode as a separate process (plus an SMTP sink and the reference servers), runs
 * the scenarios, prints one JSON line per scenario and a summary, and removes everything it
 * created, also when interrupted. See docs/benchmarks.md.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { ROOT } from './lib/app-process.ts';
import { BenchContext } from './lib/context.ts';
import { anyFailure, printResult, printSummary, progress } from './lib/report.ts';
import { knowledgeDiffScenario } from './scenarios/knowledge-diff.ts';
import { memoryScenario } from './scenarios/memory.ts';
import { pagesScenario } from './scenarios/pages.ts';
import { registrationRushScenario } from './scenarios/registration-rush.ts';
import { crashScenario } from './scenarios/resilience-crash.ts';
import { databaseOutageScenario } from './scenarios/resilience-database.ts';
import { hostileInputScenario } from './scenarios/resilience-hostile-input.ts';
import { mailOutageScenario } from './scenarios/resilience-mail.ts';
import { searchScenario } from './scenarios/search.ts';
import { sizeScenario } from './scenarios/size.ts';

const LOAD = ['pages', 'size', 'registration-rush', 'search', 'memory', 'knowledge-diff'] as const;
const RESILIENCE = ['crash', 'mail-outage', 'database-outage', 'hostile-input'] as const;
type ScenarioName = (typeof LOAD)[number] | (typeof RESILIENCE)[number];
const ALL: readonly string[] = [...LOAD, ...RESILIENCE];

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    resilience: { type: 'boolean', default: false },
    scenario: { type: 'string' },
    processes: { type: 'string', default: 'auto' },
  },
});

function plan(): ScenarioName[] {
  if (values.scenario) {
    if (!ALL.includes(values.scenario)) throw new Error(`unknown scenario "${values.scenario}"; one of: ${ALL.join(', ')}`);
    // memory is the peak during other scenarios, so it brings the two that load the app most
    return values.scenario === 'memory' ? ['pages', 'registration-rush', 'memory'] : [values.scenario as ScenarioName];
  }
  if (values.resilience) return [...RESILIENCE];
  return values.quick ? [...LOAD] : [...LOAD, ...RESILIENCE];
}

const scenarios = plan();
const serverUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const ctx = new BenchContext({ quick: values.quick, serverUrl, processes: values.processes });
const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;

let cleaning: Promise<void> | undefined;
let interrupted = false;
const cleanup = () => (cleaning ??= ctx.cleanup());
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    interrupted = true;
    progress(`${signal}: stopping processes and dropping the bench database`);
    void cleanup().finally(() => process.exit(130));
  });
}
// Output piped into `head` must not kill the run before it has cleaned up after itself.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);
process.on('uncaughtException', (error) => {
  progress(`uncaught: ${error.stack ?? error.message}`);
  void cleanup().finally(() => process.exit(1));
});

const started = performance.now();
let exitCode = 0;
try {
  progress(`${command}: ${scenarios.join(', ')} on ${os.cpus().length} cores, Node ${process.version}, app processes: ${values.processes}`);
  // the app runs as in production: the bundle in dist/ under plain node
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit' });
  await ctx.setup();
  const done: string[] = [];
  for (const name of scenarios) {
    if (interrupted) break;
    const t0 = performance.now();
    try {
      await run(name, done);
    } catch (error) {
      if (interrupted) break;
      // A scenario that crashes is a failed scenario, not a failed run: report and go on.
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      printResult(name, { failures: [`scenario crashed: ${message.split('\n').slice(0, 3).join(' | ')}`] });
    }
    done.push(name);
    progress(`${name} done in ${Math.round((performance.now() - t0) / 1000)} s`);
  }
  if (interrupted) throw new Error('interrupted');
  printSummary(
    `Summary – ${command} – ${new Date().toISOString().slice(0, 16)}Z – ${os.cpus().length} × ${os.cpus()[0]?.model.trim()} – Node ${process.version} – ${Math.round((performance.now() - started) / 1000)} s`,
  );
  if (anyFailure()) exitCode = 1;
} catch (error) {
  progress(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);

async function run(name: ScenarioName, done: string[]): Promise<void> {
  switch (name) {
    case 'pages':
      return pagesScenario(ctx);
    case 'size':
      return sizeScenario(ctx);
    case 'registration-rush':
      return registrationRushScenario(ctx);
    case 'search':
      return searchScenario(ctx);
    case 'memory':
      return memoryScenario(ctx, done);
    case 'knowledge-diff':
      return knowledgeDiffScenario();
    case 'crash':
      return crashScenario(ctx);
    case 'mail-outage':
      return mailOutageScenario(ctx);
    case 'database-outage':
      return databaseOutageScenario(ctx);
    case 'hostile-input':
      return hostileInputScenario(ctx);
  }
}
