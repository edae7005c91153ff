// `npm run sbom`: the software bill of materials of what runs in production (CycloneDX 1.5
// JSON, made by npm's own `npm sbom` from package-lock.json), written to dist/sbom.cdx.json or
// the path given: `npm run sbom -- /tmp/sbom.json`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.resolve(process.argv[2] ?? path.join(root, 'dist', 'sbom.cdx.json'));
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (args) => JSON.parse(execFileSync(npm, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
// `npm sbom --omit=dev` (npm 11) leaves out production packages that development tools use as
// well (zod, esbuild, tsx); `npm ls` tells the production tree right, so the full list is cut to it.
const bom = run(['sbom', '--sbom-format=cyclonedx', '--sbom-type=application']);
const production = new Set();
(function collect(deps = {}) {
  for (const [name, dep] of Object.entries(deps)) {
    if (!dep.version || production.has(`${name}@${dep.version}`)) continue;
    production.add(`${name}@${dep.version}`);
    collect(dep.dependencies);
  }
})(run(['ls', '--omit=dev', '--all', '--json']).dependencies);
bom.components = bom.components.filter((c) => production.has(`${c.group ? `${c.group}/` : ''}${c.name}@${c.version}`));
const kept = new Set([bom.metadata.component['bom-ref'], ...bom.components.map((c) => c['bom-ref'])]);
bom.dependencies = (bom.dependencies ?? [])
  .filter((d) => kept.has(d.ref))
  .map((d) => ({ ...d, dependsOn: (d.dependsOn ?? []).filter((ref) => kept.has(ref)) }));
// npm names the application after the folder it was checked out into.
bom.metadata.component.name = pkg.name;
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, `${JSON.stringify(bom, null, 2)}\n`);
console.log(`${path.relative(process.cwd(), target)}: ${bom.components.length} components`);
