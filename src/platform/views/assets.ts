import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../paths.ts';

/** Where the platform serves public/build/: file names carry a content hash, so they never change. */
export const BUILD_PREFIX = '/static/build/';

interface Manifest {
  files: Record<string, string>;
}

function readManifest(): Manifest {
  const file = path.join(PROJECT_ROOT, 'public', 'build', 'manifest.json');
  if (!fs.existsSync(file)) {
    throw new Error('public/build/manifest.json is missing: run `npm run build:assets` (npm start, npm test and npm run build do it for you).');
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
}

let manifest: Manifest | undefined;

function builtName(logical: string): string {
  manifest ??= readManifest();
  const file = manifest.files[logical];
  if (!file) throw new Error(`No built asset named ${logical}; known: ${Object.keys(manifest.files).join(', ')}`);
  return file;
}

/** The address of a built asset by its logical name (`platform.css`, `enhance.js`, `fira-sans-400.woff2`). */
export function assetUrl(logical: string): string {
  return `${BUILD_PREFIX}${builtName(logical)}`;
}

/** The file of a built asset on disk, for what the server itself reads (the fonts of the PDFs, `noto-sans-400.woff`). */
export function assetFile(logical: string): string {
  return path.join(PROJECT_ROOT, 'public', 'build', builtName(logical));
}

/** The two font files every page uses, preloaded so that text does not change its face while reading. */
export const PRELOADED_FONTS = ['fira-sans-400.woff2', 'fira-sans-600.woff2'] as const;
