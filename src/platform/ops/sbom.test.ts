import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { it } from 'node:test';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../paths.ts';

interface Bom {
  bomFormat: string;
  specVersion: string;
  metadata: { component: { name: string; version: string; licenses?: { license: { id?: string } }[] } };
  components: { name: string; version: string; purl?: string }[];
}

it('npm run sbom lists every package that runs in production with its version, and none that only builds or tests', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dk-sbom-'));
  try {
    const file = path.join(dir, 'sbom.cdx.json');
    await promisify(execFile)(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'sbom.mjs'), file], { cwd: PROJECT_ROOT });
    const bom = JSON.parse(await fs.readFile(file, 'utf8')) as Bom;
    const pkg = JSON.parse(await fs.readFile(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
      name: string;
      version: string;
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    assert.equal(bom.bomFormat, 'CycloneDX');
    assert.match(bom.specVersion, /^1\.\d+$/);
    assert.equal(bom.metadata.component.name, pkg.name);
    assert.equal(bom.metadata.component.version, pkg.version);
    assert.equal(bom.metadata.component.licenses?.[0]?.license.id, 'EUPL-1.2');
    const listed = new Map(bom.components.map((c) => [c.name, c]));
    for (const name of Object.keys(pkg.dependencies)) {
      const installed = JSON.parse(await fs.readFile(path.join(PROJECT_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
      assert.equal(listed.get(name)?.version, installed.version, name);
      assert.match(listed.get(name)?.purl ?? '', /^pkg:npm\//, name);
    }
    // type packages come along with drizzle-orm's own dependencies; the tools do not
    for (const name of Object.keys(pkg.devDependencies).filter((n) => !n.startsWith('@types/'))) {
      assert.equal(listed.has(name), false, `${name} only builds or tests`);
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
