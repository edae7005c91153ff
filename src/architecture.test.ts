import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from './platform/paths.ts';

/**
 * The layers of docs/architecture.md, checked on the code's own imports: what a person reads
 * there is what the code does. Only production files are judged; tests may build the whole app.
 */
const SRC = path.join(PROJECT_ROOT, 'src');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

const relative = (file: string) => path.relative(SRC, file).split(path.sep).join('/');
const isTest = (file: string) => file.endsWith('.test.ts');
const isTestSupport = (file: string) => isTest(file) || file.split('/').includes('testing');

function sourceFiles(): string[] {
  return fs
    .readdirSync(SRC, { recursive: true })
    .map(String)
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => name.split(path.sep).join('/'));
}

/** Every file with the files it imports, as paths relative to src/. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles()) {
    const text = fs.readFileSync(path.join(SRC, file), 'utf8');
    const targets = [...text.matchAll(IMPORT)].map((m) => relative(path.resolve(SRC, path.dirname(file), (m[1] ?? m[2])!)));
    graph.set(file, targets);
  }
  return graph;
}

const graph = importGraph();
const production = [...graph].filter(([file]) => !isTestSupport(file));

/** The sub-area of a feature file, e.g. "registration" for events/registration/routes.ts; undefined for the feature's root files. */
function subArea(file: string): { feature: string; area: string } | undefined {
  const parts = file.split('/');
  if (parts[0] !== 'features' || parts.length < 4) return undefined;
  const area = parts[2]!;
  return area === 'views' ? undefined : { feature: parts[1]!, area };
}

describe('architecture', () => {
  it('finds the source files', () => {
    assert.ok(production.length > 100, `${production.length} production files`);
  });

  it('keeps the platform free of features, the composition root and test support', () => {
    // The message catalogue is data that every layer reads; the platform's test support counts too.
    const wrong = [...graph]
      .filter(([file]) => file.startsWith('platform/') && !isTest(file))
      .flatMap(([file, targets]) => targets.filter((t) => !t.startsWith('platform/') && !t.startsWith('messages/')).map((t) => `${file} → ${t}`));
    assert.deepEqual(wrong, []);
  });

  it('never bundles test support: no production file imports a test or a testing/ folder', () => {
    const wrong = production.flatMap(([file, targets]) => targets.filter(isTestSupport).map((t) => `${file} → ${t}`));
    assert.deepEqual(wrong, []);
  });

  it('lets features use the platform and each other, never the composition root', () => {
    const root = new Set(['server.ts', 'runtime.ts', 'serve.ts', 'main.ts', 'cli.ts']);
    const wrong = production
      .filter(([file]) => file.startsWith('features/'))
      .flatMap(([file, targets]) => targets.filter((t) => root.has(t)).map((t) => `${file} → ${t}`));
    assert.deepEqual(wrong, []);
  });

  it('lets a feature use another only through its service module or, for an engine, its ui.ts', () => {
    const featureOf = (file: string) => /^features\/([^/]+)\//.exec(file)?.[1];
    const publicModule = (file: string) => /(^|[/-])service\.ts$/.test(file) || /^features\/[^/]+\/ui\.ts$/.test(file);
    const wrong = production
      .filter(([file]) => featureOf(file) && file !== 'features/index.ts')
      .flatMap(([file, targets]) => targets.filter((t) => featureOf(t) && featureOf(t) !== featureOf(file) && !publicModule(t)).map((t) => `${file} → ${t}`));
    assert.deepEqual(wrong, []);
  });

  it('lets a sub-area of a feature import its core and at most one other sub-area', () => {
    const uses = new Map<string, Set<string>>();
    for (const [file, targets] of production) {
      const from = subArea(file);
      if (!from || from.area === 'core') continue;
      for (const target of targets) {
        const to = subArea(target);
        if (!to || to.feature !== from.feature || to.area === from.area || to.area === 'core') continue;
        const key = `${from.feature}/${from.area}`;
        uses.set(key, (uses.get(key) ?? new Set()).add(to.area));
      }
    }
    const wrong = [...uses].filter(([, areas]) => areas.size > 1).map(([area, areas]) => `${area} → ${[...areas].join(', ')}`);
    assert.deepEqual(wrong, []);
    const core = production.filter(([file]) => subArea(file)?.area === 'core');
    const upward = core.flatMap(([file, targets]) =>
      targets.filter((t) => subArea(t) && subArea(t)?.feature === subArea(file)?.feature && subArea(t)?.area !== 'core').map((t) => `${file} → ${t}`),
    );
    assert.deepEqual(upward, [], 'core imports no sub-area');
  });

  it('has no files that import each other in a circle', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      stack.push(file);
      for (const target of graph.get(file) ?? []) {
        if (isTestSupport(target) || !graph.has(target)) continue;
        if (state.get(target) === 'open') circles.push([...stack.slice(stack.indexOf(target)), target].join(' → '));
        else if (!state.has(target)) visit(target);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const [file] of production) if (!state.has(file)) visit(file);
    assert.deepEqual(circles, []);
  });
});
