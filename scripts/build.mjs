// `npm run build`: our TypeScript bundled into dist/main.js and dist/cli.js for plain `node`.
// Packages stay in node_modules (native and WebAssembly parts load from there); only our code is
// bundled, so production does not carry the TypeScript loader and its compile cache in memory.
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { buildAssets } from './build-assets.mjs';

// --outdir: the tests build into a folder of their own inside the project
const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });

await buildAssets();
await build({
  entryPoints: { main: 'src/main.ts', cli: 'src/cli.ts' },
  outdir: values.outdir,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  // the primary of several app processes loads only its own small chunk
  splitting: true,
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});
console.log(`Built ${values.outdir}/main.js and ${values.outdir}/cli.js – start with: node --enable-source-maps ${values.outdir}/main.js`);
