// The test runner's one TypeScript compilation per run: every .ts/.tsx file of the given folders
// becomes an .mjs file in a cache folder with the same layout, its relative imports pointing at
// the compiled files, and `node --test` runs those. Under `--import tsx` each of the ~180 test
// processes paid about 3.5 s of CPU to load the app through tsx's loader hooks; this pays it once.
// See docs/decisions/0022-tests-run-on-javascript-compiled-once.md.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { stop, transform, version as esbuildVersion } from 'esbuild';

/** Raise when the options below change: every cached file is then compiled again. */
const RECIPE = `1 esbuild ${esbuildVersion}`;

const OPTIONS = {
  format: 'esm',
  target: 'node20',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  // Failures point at the TypeScript line: the runner starts node with --enable-source-maps.
  sourcemap: 'inline',
};

// `from './x.ts'`, `import './x.tsx'` and `import('./x.ts')` of a relative path; bare package
// names are left alone. esbuild prints every import with double quotes.
const RELATIVE_TS_IMPORT = /(\bfrom\s*"|\bimport\s*"|\bimport\s*\(\s*")(\.{1,2}\/[^"]+?)\.tsx?(")/g;

/** Where `file` (relative to the project) lands in the cache. */
export function compiledPath(outDir, file) {
  return path.join(outDir, file.replace(/\.tsx?$/, '.mjs'));
}

function sourceFiles(root, dir) {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return [];
  return fs
    .readdirSync(full, { recursive: true })
    .map((name) => path.join(dir, String(name)).split(path.sep).join('/'))
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts') && !file.includes('node_modules/'));
}

/**
 * Compiles what changed since the last run (the source's hash is the compiled file's last line,
 * after the source map, whose lines it must not shift)
 * and removes compiled files whose source is gone. Writes go through a rename, so a test process
 * of a nested run never reads half a file.
 */
export async function compileTests({ root, dirs, outDir }) {
  let compiled = 0;
  const wanted = new Set();
  for (const dir of dirs) {
    const files = sourceFiles(root, dir);
    await Promise.all(
      files.map(async (file) => {
        const target = compiledPath(outDir, file);
        wanted.add(target);
        const source = await fs.promises.readFile(path.join(root, file), 'utf8');
        const stamp = `\n// ${crypto.createHash('sha256').update(RECIPE).update('\0').update(source).digest('hex')}\n`;
        const existing = await fs.promises.readFile(target, 'utf8').catch(() => '');
        if (existing.endsWith(stamp)) return;
        const result = await transform(source, { ...OPTIONS, loader: file.endsWith('.tsx') ? 'tsx' : 'ts', sourcefile: path.join(root, file) });
        await fs.promises.mkdir(path.dirname(target), { recursive: true });
        const temporary = `${target}.${process.pid}.tmp`;
        await fs.promises.writeFile(temporary, result.code.replace(RELATIVE_TS_IMPORT, '$1$2.mjs$3') + stamp);
        await fs.promises.rename(temporary, target);
        compiled += 1;
      }),
    );
    const outSub = path.join(outDir, dir);
    if (!fs.existsSync(outSub)) continue;
    for (const name of fs.readdirSync(outSub, { recursive: true })) {
      const full = path.join(outSub, String(name));
      if (full.endsWith('.mjs') && !wanted.has(full)) fs.rmSync(full, { force: true });
    }
  }
  // esbuild's service process would otherwise stay for the whole run
  await stop();
  return { compiled, total: wanted.size };
}
