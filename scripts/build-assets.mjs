// `npm run build:assets` (also run before `npm start`, `npm test` and `npm run build`): the
// stylesheet from KERN UX's SCSS sources and ours, trimmed to the classes our views use, and
// the two Fira Sans weights cut to the Latin letters German text needs, and the Noto Sans files the
// PDFs embed (src/platform/pdf; KERN UX is a development package, gone after `npm prune --omit=dev`,
// so the server reads them from here). Everything lands in
// public/build/ under names that carry a hash of the content, so browsers may keep them for a
// year; public/build/manifest.json maps each logical name to its file. Skips the work when
// nothing it reads has changed. See docs/decisions/0017-kern-ux-compiled-and-trimmed.md.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import postcss from 'postcss';
import * as sass from 'sass';
import subsetFont from 'subset-font';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'public', 'build');
const kernDir = path.join(root, 'node_modules', '@kern-ux', 'native');
const stylesDir = path.join(root, 'src', 'platform', 'views', 'styles');
const scriptsDir = path.join(root, 'public', 'js');
/** Stylesheets of single pages, plain CSS on KERN's tokens, served as they are. */
const pageStylesDir = path.join(root, 'public', 'css');

/** Fira Sans at the two weights KERN's text uses most: body (400) and headings, labels, strong (600). */
const FONTS = [
  { logical: 'fira-sans-400.woff2', file: 'FiraSans-Regular.woff2', weight: 400 },
  { logical: 'fira-sans-600.woff2', file: 'FiraSans-SemiBold.woff2', weight: 600 },
];
/**
 * Noto Sans as KERN UX ships it, whole (Latin, Greek, Cyrillic): src/platform/pdf embeds the glyphs
 * a document uses, so names from anywhere in Europe print, and nothing is cut here.
 */
const PDF_FONTS = [
  { logical: 'noto-sans-400.woff', file: 'NotoSans-Regular.woff' },
  { logical: 'noto-sans-700.woff', file: 'NotoSans-Bold.woff' },
];
/** Basic Latin and Latin-1 (German and the neighbouring languages' names), dashes, quotes, euro, arrows. */
const UNICODE_RANGE =
  'U+0020-007E, U+00A0-00FF, U+0152-0153, U+0160-0161, U+0178, U+017D-017E, U+2010-2014, U+2018-201E, U+2022, U+2026, U+2039-203A, U+20AC, U+2190-2193';
/** Kerning and the ligatures that make text look right; the rest of the features stay out. */
const FONT_FEATURES = ['kern', 'liga', 'calt', 'ccmp', 'locl', 'mark', 'mkmk'];

function walk(dir, accept) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true })
    .map((name) => path.join(dir, String(name)))
    .filter((file) => accept(file) && fs.statSync(file).isFile())
    .sort();
}

/** Every file whose content changes the output, so that an unchanged tree skips the build. */
function inputFiles() {
  return [
    fileURLToPath(import.meta.url),
    path.join(kernDir, 'package.json'),
    ...walk(stylesDir, (f) => f.endsWith('.scss')),
    ...walk(path.join(root, 'src'), (f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts')),
    ...walk(scriptsDir, (f) => f.endsWith('.js')),
    ...walk(pageStylesDir, (f) => f.endsWith('.css')),
  ];
}

function hashOf(...parts) {
  const h = crypto.createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex').slice(0, 12);
}

function unicodeText() {
  let text = '';
  for (const range of UNICODE_RANGE.split(',')) {
    const [from, to = from] = range.trim().slice(2).split('-');
    for (let c = Number.parseInt(from, 16); c <= Number.parseInt(to, 16); c++) text += String.fromCodePoint(c);
  }
  return text;
}

/** The `kern-…` and `dk-…` class names our code writes; a class must appear in full to be kept. */
function usedClasses() {
  const used = new Set();
  for (const file of walk(path.join(root, 'src'), (f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'))) {
    for (const match of fs.readFileSync(file, 'utf8').matchAll(/\b(?:kern|dk)-[a-z0-9_-]*[a-z0-9]/g)) used.add(match[0]);
  }
  for (const file of walk(scriptsDir, (f) => f.endsWith('.js'))) {
    for (const match of fs.readFileSync(file, 'utf8').matchAll(/\b(?:kern|dk)-[a-z0-9_-]*[a-z0-9]/g)) used.add(match[0]);
  }
  return used;
}

/** The selector without the arguments of its functional pseudo-classes. */
function withoutArguments(selector) {
  let depth = 0;
  let out = '';
  for (const ch of selector) {
    if (ch === '(') depth++;
    if (depth === 0) out += ch;
    if (ch === ')') depth--;
  }
  return out;
}

/**
 * Drops every selector that names a KERN class no view uses (and the rule when no selector is
 * left), then every custom property that nothing reads any more, until nothing changes.
 */
function trim(css, used) {
  const tree = postcss.parse(css);
  tree.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/.test(rule.parent.name)) return;
    const kept = rule.selectors.filter((selector) => {
      // Inside :is(), :not() and the like a class no view uses does not stop the rest from matching.
      const outer = withoutArguments(selector);
      // Every page is light (data-kern-theme="light" on <html>): KERN's dark theme never applies.
      if (/data-kern-theme=["']?dark|\.kern-dark\b/.test(outer)) return false;
      const classes = outer.match(/\.kern-[a-zA-Z0-9_-]+/g) ?? [];
      return classes.every((c) => used.has(c.slice(1)));
    });
    if (kept.length === 0) rule.remove();
    else if (kept.length !== rule.selectors.length) rule.selectors = kept;
  });
  tree.walkAtRules('media', (at) => {
    if (/prefers-color-scheme/.test(at.params)) at.remove();
  });
  for (;;) {
    const read = new Set();
    tree.walkDecls((decl) => {
      for (const m of decl.value.matchAll(/var\(\s*(--[a-zA-Z0-9_-]+)/g)) read.add(m[1]);
    });
    let removed = 0;
    tree.walkDecls((decl) => {
      if (decl.prop.startsWith('--') && !read.has(decl.prop)) {
        decl.remove();
        removed++;
      }
    });
    if (removed === 0) break;
  }
  tree.walkRules((rule) => {
    if (rule.nodes.length === 0) rule.remove();
  });
  // Repeated, because emptying an inner block can empty the block around it.
  let removed = true;
  while (removed) {
    removed = false;
    tree.walkAtRules((at) => {
      if (['media', 'supports', 'layer'].includes(at.name) && (!at.nodes || at.nodes.length === 0)) {
        at.remove();
        removed = true;
      }
    });
  }
  return tree.toString();
}

/** Writes the file under a name with its hash; text also as .br and .gz for the static server to send as they are. */
function write(logical, content, ext) {
  const name = `${logical.replace(/\.[^.]+$/, '')}-${hashOf(content)}${ext}`;
  const file = path.join(outDir, name);
  fs.writeFileSync(file, content);
  // Font files are compressed already.
  if (ext !== '.woff2' && ext !== '.woff') {
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(content, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(content, { level: 9 }));
  }
  return name;
}

export async function buildAssets({ force = false } = {}) {
  const inputs = inputFiles();
  const inputHash = hashOf(...inputs.map((f) => `${path.relative(root, f)}\n${fs.readFileSync(f, 'utf8')}`));
  const manifestFile = path.join(outDir, 'manifest.json');
  if (!force && fs.existsSync(manifestFile)) {
    const previous = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    if (previous.inputHash === inputHash && Object.values(previous.files).every((f) => fs.existsSync(path.join(outDir, f)))) return previous;
  }
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const files = {};

  const text = unicodeText();
  const fontFaces = [];
  for (const font of FONTS) {
    const source = fs.readFileSync(path.join(kernDir, 'dist', 'fonts', 'fira-sans', font.file));
    const cut = await subsetFont(source, text, { targetFormat: 'woff2', noHinting: true, keepFeatures: FONT_FEATURES });
    files[font.logical] = write(font.logical, cut, '.woff2');
    fontFaces.push(
      `@font-face{font-family:"Fira Sans";font-style:normal;font-weight:${font.weight};font-display:swap;src:url(/static/build/${files[font.logical]}) format("woff2");unicode-range:${UNICODE_RANGE}}`,
    );
  }

  for (const font of PDF_FONTS) {
    files[font.logical] = write(font.logical, fs.readFileSync(path.join(kernDir, 'dist', 'fonts', 'noto-sans', font.file)), '.woff');
  }

  const compiled = sass.compile(path.join(stylesDir, 'platform.scss'), {
    loadPaths: [path.join(kernDir, 'src', 'scss')],
    style: 'compressed',
    sourceMap: false,
    // KERN's sources still use Sass features that newer Sass versions warn about; not ours to fix.
    quietDeps: true,
    silenceDeprecations: ['import', 'global-builtin', 'color-functions', 'if-function'],
  });
  const css = `${fontFaces.join('')}${trim(compiled.css, usedClasses())}`;
  files['platform.css'] = write('platform.css', css, '.css');

  for (const file of [...walk(scriptsDir, (f) => f.endsWith('.js')), ...walk(pageStylesDir, (f) => f.endsWith('.css'))]) {
    const logical = path.basename(file);
    files[logical] = write(logical, fs.readFileSync(file), path.extname(file));
  }

  const manifest = { inputHash, files };
  fs.writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const manifest = await buildAssets({ force: process.argv.includes('--force') });
  const sizes = Object.entries(manifest.files).map(([logical, file]) => `${logical} ${fs.statSync(path.join(outDir, file)).size} B`);
  console.log(`Assets in public/build/ (${Date.now() - started} ms): ${sizes.join(', ')}`);
}
