import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../paths.ts';
import { inCI } from '../testing/ci.ts';
import { type PdfDocument, renderPdf } from './render-pdf.ts';

/**
 * The PDFs are read back as a person and a screen reader get them: the text with its layout
 * (pdftotext -layout), the words with their positions (pdftotext -bbox), the metadata and the
 * structure tree (pdfinfo), the fonts (pdffonts) — all from poppler-utils.
 */
const TOOLS = ['pdftotext', 'pdfinfo', 'pdffonts'];
const missing = TOOLS.filter((tool) => spawnSync(tool, ['-v']).error);
const skip = missing.length > 0 && !inCI && `${missing.join(', ')} not installed (apt-get install poppler-utils): the PDFs cannot be read back`;

function run(tool: string, ...args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** pdftotext writes a no-break space as a plain one. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');
const euro = (cents: number) => new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(cents / 100);

const TITLE = 'Eingangsbestätigung: „Digitale Dörfer“ – Müller & Söhne <GbR>';
const ROWS = 60;
/** Amounts of different lengths (12,34 € to 98.765,43 €), so that right alignment shows. */
const amount = (row: number) => [1234, 98765, 1234567, 9876543][row % 4]! + row;
const total = Array.from({ length: ROWS }, (_, i) => amount(i + 1)).reduce((a, b) => a + b, 0);
const URL_VALUE = 'https://www.digitale-kommune.example/wettbewerb/2027/antraege/WB-2027-0042/eingangsbestaetigung?token=abcdefghijklmnopqrstuvwxyz0123456789';

const HEADINGS = [
  'Eingangsbestätigung für Ihren Antrag „Digitale Dörfer“',
  'Ihre Antworten',
  'Was wollen Sie mit dem Projekt erreichen?',
  'Kostenplan',
  'Wie es weitergeht',
];

const receipt: PdfDocument = {
  title: TITLE,
  lang: 'de',
  author: 'Geschäftsstelle Digitale Kommune',
  subject: 'Bestätigung des Eingangs eines Antrags',
  pageLabel: (page, pages) => `Seite ${page} von ${pages}`,
  blocks: [
    { kind: 'heading', level: 1, text: HEADINGS[0]! },
    {
      kind: 'paragraph',
      text: 'Sehr geehrte Frau Müller,\nwir haben Ihren Antrag am 3. März 2027 erhalten. Gefördert werden höchstens 250.000,00 € – der Eigenanteil beträgt 10 %.',
    },
    {
      kind: 'facts',
      rows: [
        { label: 'Aktenzeichen', value: 'WB-2027-0042' },
        { label: 'Antragstellerin', value: 'Gemeinde Groß Wüstenfelde, Straße der Einheit 5, 17168 Groß Wüstenfelde' },
        { label: 'Adresse der Bestätigung', value: URL_VALUE },
      ],
    },
    { kind: 'heading', level: 2, text: HEADINGS[1]! },
    { kind: 'heading', level: 3, text: HEADINGS[2]! },
    { kind: 'paragraph', text: 'Ältere Menschen in allen Ortsteilen sollen an Beteiligungsverfahren teilnehmen können, ohne ins Rathaus zu fahren.' },
    { kind: 'heading', level: 2, text: HEADINGS[3]! },
    {
      kind: 'table',
      caption: 'Ausgaben nach Positionen',
      head: ['Nr.', 'Position', 'Betrag'],
      align: ['right', 'left', 'right'],
      rows: Array.from({ length: ROWS }, (_, i) => [String(i + 1), `Position ${i + 1} – Tablets für die Bürgersprechstunde`, euro(amount(i + 1))]),
      foot: ['', 'Summe', euro(total)],
    },
    { kind: 'heading', level: 2, text: HEADINGS[4]! },
    { kind: 'paragraph', text: 'Die Jury entscheidet bis Ende Juni 2027.' },
  ],
};

describe('renderPdf', { skip }, () => {
  let dir: string;
  let file: string;
  let info: string;
  let pages: number;
  let text: string;
  let pageTexts: string[];
  let structure: string;

  before(async () => {
    if (missing.length > 0) throw new Error(`CI needs ${missing.join(', ')} (poppler-utils) to read the PDFs back.`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dk-pdf-'));
    file = path.join(dir, 'receipt.pdf');
    fs.writeFileSync(file, await renderPdf(receipt));
    info = run('pdfinfo', file);
    pages = Number(info.match(/^Pages:\s+(\d+)$/m)?.[1]);
    text = run('pdftotext', '-layout', file, '-');
    pageTexts = Array.from({ length: pages }, (_, i) => run('pdftotext', '-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'));
    structure = run('pdfinfo', '-struct-text', file);
  });
  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes a tagged PDF 1.7 on A4 with title, author, subject, language and the title in the window', () => {
    assert.match(info, /^Tagged:\s+yes$/m);
    assert.match(info, /^PDF version:\s+1\.7$/m);
    assert.match(info, /^Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)$/m);
    assert.equal(info.match(/^Title:\s+(.*)$/m)?.[1], TITLE);
    assert.equal(info.match(/^Author:\s+(.*)$/m)?.[1], 'Geschäftsstelle Digitale Kommune');
    assert.equal(info.match(/^Subject:\s+(.*)$/m)?.[1], 'Bestätigung des Eingangs eines Antrags');
    const raw = fs.readFileSync(file, 'latin1');
    assert.match(raw, /\/Lang \(de\)/);
    assert.match(raw, /\/DisplayDocTitle true/);
  });

  it('escapes the title in the XMP metadata, which must stay well-formed XML', () => {
    const xmp = run('pdfinfo', '-meta', file);
    assert.ok(xmp.includes('Eingangsbestätigung: „Digitale Dörfer“ – Müller &amp; Söhne &lt;GbR&gt;'), xmp);
    assert.doesNotMatch(xmp, /&(?!amp;|lt;|gt;|quot;|apos;|#)/);
  });

  it('embeds Noto Sans, regular and bold, and no other font', () => {
    const fonts = run('pdffonts', file).split('\n').slice(2).filter(Boolean);
    assert.deepEqual(fonts.map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')).sort(), ['NotoSans-Bold', 'NotoSans-Regular']);
    for (const line of fonts) assert.match(line, /\s+yes\s+yes\s+yes\s+/, `embedded, as a subset, with Unicode mapping: ${line}`);
  });

  it('prints the texts with umlauts, ß, €, dashes and German quotes, and the headings in order', () => {
    // Lines are wrapped where the page ends them; the caller's line break is kept.
    const flat = plain(text).replace(/\s+/g, ' ');
    assert.ok(text.includes('Sehr geehrte Frau Müller,\nwir haben Ihren Antrag am 3. März 2027'), 'the line break of the paragraph is kept');
    assert.ok(flat.includes('Gefördert werden höchstens 250.000,00 € – der Eigenanteil beträgt 10 %.'));
    assert.match(text, /Antragstellerin +Gemeinde Groß Wüstenfelde, Straße der Einheit 5/);
    assert.match(text, /Aktenzeichen +WB-2027-0042/);
    assert.ok(flat.includes('Ältere Menschen in allen Ortsteilen sollen an Beteiligungsverfahren teilnehmen können, ohne ins Rathaus zu fahren.'));
    assert.ok(flat.includes('Die Jury entscheidet bis Ende Juni 2027.'));
    const positions = HEADINGS.map((heading) => flat.indexOf(heading));
    assert.ok(
      positions.every((at) => at >= 0),
      `every heading is printed: ${positions}`,
    );
    assert.deepEqual(
      [...positions].sort((a, b) => a - b),
      positions,
    );
    assert.ok(flat.indexOf('Summe') < flat.indexOf(HEADINGS[4]!), 'what follows the table comes after it');
  });

  it('lays the table out over several pages, each row on one line with its amount, and the sum at the end', () => {
    assert.ok(pages >= 2, `${pages} pages`);
    for (let row = 1; row <= ROWS; row++) {
      const line = text.split('\n').find((l) => l.includes(`Position ${row} –`));
      assert.ok(line, `row ${row} is printed`);
      assert.match(line, new RegExp(`^\\s*${row}\\s+Position ${row} – Tablets für die Bürgersprechstunde\\s+${plain(euro(amount(row))).replace('.', '\\.')}$`));
    }
    assert.match(plain(text), new RegExp(`^\\s+Summe\\s+${plain(euro(total)).replace(/\./g, '\\.')}$`, 'm'));
  });

  it('aligns the amounts to the right edge of their column', () => {
    const words = [...run('pdftotext', '-bbox', '-f', '2', '-l', '2', file, '-').matchAll(/<word xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>€<\/word>/g)];
    assert.ok(words.length > 10, `${words.length} amounts on page 2`);
    const rightEdges = new Set(words.map((w) => Number(w[2]).toFixed(1)));
    assert.equal(rightEdges.size, 1, `the euro signs end at ${[...rightEdges]}`);
  });

  it('starts every following page of the table with its head row, which screen readers hear only once', () => {
    const tablePages = pageTexts.filter((page) => /Position \d+ –/.test(page));
    assert.ok(tablePages.length >= 2, `${tablePages.length} pages with the table`);
    for (const [i, page] of tablePages.entries()) {
      const lines = page.split('\n').filter((line) => line.trim());
      const head = lines.findIndex((line) => /^\s*Nr\.\s+Position\s+Betrag\s*$/.test(line));
      const firstRow = lines.findIndex((line) => /Position \d+ –/.test(line));
      assert.ok(head >= 0 && head < firstRow, `page ${i + 1} of the table shows the head above its rows:\n${lines.slice(0, 4).join('\n')}`);
      if (i > 0) assert.equal(head, 0, 'a following page begins with the head');
    }
    assert.equal(structure.match(/^\s+TH\b/gm)?.length, 3, 'the repeated heads are artifacts, not table cells');
  });

  it('labels each page with the words the caller gives', () => {
    assert.equal(pageTexts.length, pages);
    for (const [i, page] of pageTexts.entries()) {
      const lines = page.split('\n').filter((line) => line.trim());
      assert.equal(lines.at(-1)?.trim(), `Seite ${i + 1} von ${pages}`);
    }
  });

  it('breaks a long address so that it stays on the page', () => {
    const page = run('pdftotext', '-bbox', '-f', '1', '-l', '1', file, '-');
    const width = Number(page.match(/<page width="([\d.]+)"/)?.[1]);
    const words = [...page.matchAll(/<word xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)];
    // The address's pieces, one per line, up to its length.
    const address: string[] = [];
    for (const w of words.slice(words.findIndex((w) => w[3]!.startsWith('https://')))) {
      if (address.join('').length >= URL_VALUE.length) break;
      address.push(w[3]!);
    }
    assert.equal(address.join(''), URL_VALUE);
    assert.ok(address.length >= 2, `the address is broken over lines: ${address.join(' | ')}`);
    const margin = 20 * (72 / 25.4);
    for (const w of words) assert.ok(Number(w[2]) <= width - margin + 0.5, `"${w[3]}" ends at ${w[2]}, in the right margin`);
  });

  it('tags headings, paragraphs, the facts as a list and the table with head, body and foot', () => {
    const top = structure
      .split('\n')
      .filter((line) => /^ {2}\S/.test(line))
      .map((line) => line.trim().replace(/ \(block\)$/, ''));
    assert.deepEqual(top, ['H1', 'P', 'L', 'H2', 'H3', 'P', 'H2', 'Table', 'H2', 'P']);
    assert.match(structure, /H1 \(block\)\n\s+"Eingangsbestätigung für Ihren Antrag „Digitale Dörfer“ ?"/);
    assert.match(structure, /Lbl \(block\)\n\s+"Aktenzeichen"\n\s+LBody \(block\)\n\s+"WB-2027-0042"/);
    assert.match(structure, /Table \(block\)\n\s+Caption\n\s+"Ausgaben nach Positionen"\n\s+THead\n\s+TR\n\s+TH:\n\s+\/Scope \/Column\n\s+"Nr\."/);
    assert.equal(structure.match(/^\s+TBody$/gm)?.length, 1);
    const body = structure.slice(structure.indexOf('TBody'), structure.indexOf('TFoot'));
    assert.equal(body.match(/^\s+TR$/gm)?.length, ROWS);
    assert.match(plain(structure), new RegExp(`TFoot\\n\\s+TR\\n\\s+TD\\n\\s+TD\\n\\s+"Summe"\\n\\s+TD\\n\\s+"${plain(euro(total)).replace(/\./g, '\\.')}"`));
    // The paragraph's line break is read as a space, not as one run-together word.
    assert.ok(structure.includes('"Sehr geehrte Frau Müller, wir haben Ihren Antrag'));
  });

  it('adds a bookmark for each heading, leading to its page', () => {
    const raw = fs.readFileSync(file, 'latin1');
    assert.match(raw, /\/PageMode \/UseOutlines/);
    const targets = [...raw.matchAll(/\/Dest \[(\d+) 0 R \/Fit\]/g)].map((m) => m[1]);
    assert.equal(targets.length, HEADINGS.length);
    assert.equal(new Set(targets).size, 2, 'the last heading is on a later page than the others');
  });

  it('never leaves a heading at the foot of a page without the beginning of the table it heads', async () => {
    // However much text comes before, the heading, the caption, the head row and the first row share a page.
    for (let paragraphs = 20; paragraphs <= 30; paragraphs++) {
      const keep = path.join(dir, `keep-${paragraphs}.pdf`);
      fs.writeFileSync(
        keep,
        await renderPdf({
          title: 'Zusammenhalt',
          lang: 'de',
          blocks: [
            ...Array.from({ length: paragraphs }, (_, i) => ({ kind: 'paragraph' as const, text: `Absatz ${i + 1}` })),
            { kind: 'heading', level: 2, text: 'Kostenplan' },
            { kind: 'table', caption: 'Ausgaben', head: ['Nr.', 'Position', 'Betrag'], rows: [['1', 'Erste Position', '1,00 €']] },
          ],
        }),
      );
      const first = run('pdftotext', '-f', '1', '-l', '1', keep, '-');
      assert.equal(first.includes('Kostenplan'), first.includes('Erste Position'), `after ${paragraphs} paragraphs:\n${first.slice(-200)}`);
    }
  });

  it('splits a row taller than a page between words and keeps every word, in order, in one table cell', async () => {
    const words = Array.from({ length: 1200 }, (_, i) => `wort${i + 1}`);
    const tall = path.join(dir, 'tall.pdf');
    fs.writeFileSync(
      tall,
      await renderPdf({
        title: 'Lange Zelle',
        lang: 'de',
        blocks: [
          {
            kind: 'table',
            head: ['Frage', 'Antwort'],
            rows: [
              ['Kurz', 'Ja'],
              ['Ausführlich', words.join(' ')],
              ['Danach', 'Nein'],
            ],
          },
        ],
      }),
    );
    const tallPages = Number(run('pdfinfo', tall).match(/^Pages:\s+(\d+)$/m)?.[1]);
    assert.ok(tallPages >= 3, `${tallPages} pages`);
    const printed = run('pdftotext', tall, '-').match(/wort\d+/g);
    assert.deepEqual(printed, words);
    assert.doesNotMatch(run('pdftotext', tall, '-'), /Seite/, 'no page label where the caller asks for none');
    // The cell's parts on each page, read together, are its text.
    const cells = run('pdfinfo', '-struct-text', tall).split(/^\s+TD$/m);
    const long = cells.find((cell) => cell.includes('wort1 '));
    const parts = [...(long ?? '').matchAll(/^\s+"(.*)"$/gm)].map((m) => m[1]);
    assert.ok(parts.length >= 3, `${parts.length} parts`);
    assert.equal(parts.join('').trim(), words.join(' '));
  });
});

describe('renderPdf input', () => {
  it('refuses a table whose rows do not match its head', async () => {
    await assert.rejects(renderPdf({ title: 'x', lang: 'en', blocks: [{ kind: 'table', head: ['A', 'B'], rows: [['1', '2'], ['3']] }] }), /Row 2 .* 2 cells/);
    await assert.rejects(
      renderPdf({ title: 'x', lang: 'en', blocks: [{ kind: 'table', head: ['A', 'B'], rows: [], foot: ['1', '2', '3'] }] }),
      /Row 1 .* 2 cells/,
    );
  });
});

describe('renderPdf in the production bundle', () => {
  // As scripts/build.mjs bundles: our code in, packages (pdfkit with its data files) left in
  // node_modules. Inside the project, so that the bundle finds package.json and public/build above it.
  const outDir = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'digitale-kommune', `pdf-bundle-${process.pid}`);
  after(() => fs.rmSync(outDir, { recursive: true, force: true }));

  it('renders with plain node, started from another folder, after `npm prune --omit=dev` would have removed KERN UX', async () => {
    await build({
      entryPoints: [path.join(PROJECT_ROOT, 'src', 'platform', 'pdf', 'render-pdf.ts')],
      outdir: outDir,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
    });
    const bundle = path.join(outDir, 'render-pdf.mjs');
    assert.doesNotMatch(fs.readFileSync(bundle, 'utf8'), /@kern-ux/, 'the server reads the fonts from public/build, not from a development package');
    const script = `const { renderPdf } = await import(process.argv[1]);
      const pdf = await renderPdf({ title: 'Prüfung', lang: 'de', blocks: [{ kind: 'paragraph', text: 'Grüße – 12,50 €' }] });
      process.stdout.write(pdf.toString('latin1'));`;
    const pdf = execFileSync(process.execPath, ['--input-type=module', '-e', script, bundle], {
      cwd: os.tmpdir(),
      encoding: 'latin1',
      env: { PATH: process.env.PATH ?? '' },
    });
    assert.match(pdf, /^%PDF-1\.7/);
    assert.match(pdf, /\/StructTreeRoot/);
    assert.match(pdf, /\/BaseFont \/[A-Z]{6}\+NotoSans-Regular/);
    assert.match(pdf, /\/FontFile2/, 'the font is embedded');
  });
});
