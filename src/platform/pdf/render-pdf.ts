import PDFDocument from 'pdfkit';
import type { PdfBlock, PdfDocument, PdfFacts, PdfHeading, PdfParagraph, PdfTable } from './document.ts';
import { pdfFonts } from './fonts.ts';

export type { PdfBlock, PdfDocument, PdfFacts, PdfHeading, PdfParagraph, PdfTable } from './document.ts';

type Doc = PDFKit.PDFDocument;
type StructElement = PDFKit.PDFStructureElement;
type Align = 'left' | 'right';

const MM = 72 / 25.4;
/** A4 with room for punching and binding on the left, and for the page label at the foot. */
const MARGINS = { top: 20 * MM, bottom: 24 * MM, left: 22 * MM, right: 20 * MM };
/** The page label's top edge, from the bottom of the sheet. */
const PAGE_LABEL_FROM_BOTTOM = 15 * MM;

const REGULAR = 'regular';
const BOLD = 'bold';
type Font = typeof REGULAR | typeof BOLD;

const BODY_SIZE = 10.5;
const LABEL_SIZE = 9;
/** Extra space between the lines of a text, on top of the font's own. */
const LINE_GAP = 2;
const HEADINGS = {
  1: { size: 18, before: 6, after: 8, lineGap: 1 },
  2: { size: 14, before: 18, after: 6, lineGap: 1 },
  3: { size: 11.5, before: 12, after: 4, lineGap: 1 },
} as const;
/** Space between two blocks that are not headings. */
const BLOCK_GAP = 9;
/** Contrast on white: text 17:1, the page label 8:1; the head row's shade keeps black text above 14:1. */
const COLOR = { text: '#1a1a1a', muted: '#4a4a4a', rule: '#8a8a8a', headFill: '#e6eaee' };
const CELL = { padX: 5, padY: 3.5 };
const FACTS = { gap: 12, padY: 3, minLabel: 0.22, maxLabel: 0.4 };
/** A row that would start with less room than this goes to the next page instead of being split. */
const MIN_LINES_TO_SPLIT = 3;
/** The head row is repeated on the following pages unless it takes more than this share of a page. */
const MAX_REPEATED_HEAD = 0.25;
/** Wrapping is exact to the point: a column measured for its widest text gets this much more. */
const WIDTH_SLACK = 0.5;
/** Outline entries open the whole page, and the outline shows its levels unfolded. */
const OUTLINE_ITEM = { fit: true, expanded: true };

/**
 * Renders a document as a tagged, accessible PDF on A4: PDF 1.7 with a structure tree (H1–H3, P,
 * L/LI/Lbl/LBody for facts, Table/THead/TBody/TFoot/TR/TH/TD, Caption), the document language,
 * title and author, the title shown in the viewer's window, bookmarks from the headings, and
 * Noto Sans embedded. Drawing that is not content (rules, shading, the page label, a table head
 * repeated on a following page) is marked as artifact, so screen readers skip it.
 */
export async function renderPdf(input: PdfDocument): Promise<Buffer> {
  for (const block of input.blocks) if (block.kind === 'table') checkTable(block);
  const fonts = await pdfFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    pdfVersion: '1.7',
    tagged: true,
    lang: input.lang,
    displayTitle: true,
    info: {
      Title: input.title,
      ...(input.author ? { Author: input.author } : {}),
      ...(input.subject ? { Subject: input.subject } : {}),
    },
    // The page labels need the number of pages, known only at the end.
    bufferPages: true,
    autoFirstPage: false,
    // No standard font: every text is in the embedded Noto Sans (null skips loading Helvetica).
    font: null as unknown as string,
  });
  escapeMetadataXml(doc);
  const chunks: Uint8Array[] = [];
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  doc.registerFont(REGULAR, fonts.regular);
  doc.registerFont(BOLD, fonts.bold);
  setFont(doc, REGULAR, BODY_SIZE);
  doc.addPage();
  const root = doc.struct('Document');
  doc.addStructure(root);
  const ctx: Context = { doc, root, outline: [], previous: undefined };
  for (const [i, block] of input.blocks.entries()) {
    if (block.kind === 'heading') heading(ctx, block, input.blocks[i + 1]);
    else if (block.kind === 'paragraph') paragraph(ctx, block);
    else if (block.kind === 'facts') facts(ctx, block);
    else table(ctx, block);
    ctx.previous = block.kind;
  }
  root.end();
  if (input.pageLabel) pageLabels(doc, input.pageLabel);
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}

interface Context {
  doc: Doc;
  /** the Document element of the structure tree */
  root: StructElement;
  /** the open bookmarks, one per heading level above the current one */
  outline: { level: number; item: PDFKit.PDFOutline }[];
  previous: PdfBlock['kind'] | undefined;
}

function checkTable(block: PdfTable): void {
  const columns = block.head.length;
  if (columns === 0) throw new Error('A PDF table needs at least one column.');
  const wrong = [...block.rows, ...(block.foot ? [block.foot] : [])].findIndex((row) => row.length !== columns);
  if (wrong >= 0) throw new Error(`Row ${wrong + 1} of the PDF table "${block.caption ?? block.head.join(', ')}" has not ${columns} cells like its head.`);
  if (block.align && block.align.length > columns)
    throw new Error(`The PDF table "${block.caption ?? block.head.join(', ')}" aligns more columns than it has.`);
}

// ——— helpers ————————————————————————————————————————————————————————————————

function setFont(doc: Doc, font: Font, size: number): void {
  doc.font(font).fontSize(size);
}

function contentWidth(doc: Doc): number {
  return doc.page.width - MARGINS.left - MARGINS.right;
}

function lineHeight(doc: Doc, font: Font, size: number): number {
  setFont(doc, font, size);
  return doc.currentLineHeight(true) + LINE_GAP;
}

function atPageTop(doc: Doc): boolean {
  return doc.y <= MARGINS.top + 0.01;
}

/** Space above a block, left out at the top of a page. */
function spaceBefore(doc: Doc, points: number): void {
  if (!atPageTop(doc)) doc.y += points;
}

function newPage(doc: Doc): void {
  doc.addPage();
}

/**
 * Text as it is drawn and read: line ends unified, and a space before each line break, so that
 * a screen reader reading the tagged text does not run the last word of a line into the next.
 */
function readable(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]*\n/g, ' \n')
    .trimEnd();
}

/** What `draw` puts on the page, as the content of a structure element of type `tag`. */
function marked(doc: Doc, tag: string, draw: () => void): PDFKit.PDFStructureContent {
  const content = doc.markStructureContent(tag);
  draw();
  doc.endMarkedContent();
  return content;
}

/** What `draw` puts on the page, as decoration that assistive technology skips. */
function artifact(doc: Doc, options: PDFKit.Mixins.MarkingOptions, draw: () => void): void {
  doc.markContent('Artifact', options);
  draw();
  doc.endMarkedContent();
}

/** An element with one piece of content, added to `parent`. */
function leaf(doc: Doc, parent: StructElement, tag: string, draw: () => void): void {
  parent.add(doc.struct(tag, {}, [marked(doc, tag, draw)]));
}

/**
 * pdfkit writes title, author and subject into the XMP metadata without escaping them, so that a
 * title like "Müller & Söhne" makes the metadata invalid XML (which PDF/UA checkers reject). The
 * document information dictionary is written before, from the same values, and keeps them as they
 * are. The test of this module checks the metadata, so an update of pdfkit that changes this
 * internal method fails there.
 */
function escapeMetadataXml(doc: Doc): void {
  type WithInfo = { info: Record<string, unknown>; _addInfo?: () => void };
  const target = doc as unknown as WithInfo;
  const addInfo = target._addInfo;
  if (typeof addInfo !== 'function') return;
  target._addInfo = function (this: WithInfo) {
    const info = this.info;
    this.info = Object.fromEntries(Object.entries(info).map(([key, value]) => [key, typeof value === 'string' ? escapeXml(value) : value]));
    try {
      addInfo.call(this);
    } finally {
      this.info = info;
    }
  };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// ——— blocks ——————————————————————————————————————————————————————————————————

function headingHeight(doc: Doc, block: PdfHeading): number {
  const style = HEADINGS[block.level];
  setFont(doc, BOLD, style.size);
  return doc.heightOfString(`${readable(block.text)} `, { width: contentWidth(doc), lineGap: style.lineGap }) + style.after;
}

/**
 * The height that must fit below a heading for `block` to begin under it: the first lines of a
 * text or list, a table's caption, head and first row, or the next heading with lines of its own.
 */
function startHeight(doc: Doc, block: PdfBlock | undefined): number {
  const lines = MIN_LINES_TO_SPLIT * lineHeight(doc, REGULAR, BODY_SIZE);
  if (!block) return 0;
  if (block.kind === 'table') return tableStart(layoutTable(doc, block));
  if (block.kind === 'heading') return headingHeight(doc, block) + lines;
  return lines;
}

function heading(ctx: Context, block: PdfHeading, next: PdfBlock | undefined): void {
  const { doc } = ctx;
  const text = readable(block.text);
  if (!text) return;
  const style = HEADINGS[block.level];
  const width = contentWidth(doc);
  spaceBefore(doc, ctx.previous === undefined ? 0 : style.before);
  // Never the last thing on a page: the heading stays with the beginning of what it heads.
  const height = headingHeight(doc, block);
  const following = Math.min(startHeight(doc, next), doc.page.maxY() - MARGINS.top - height);
  if (!atPageTop(doc) && doc.y + height + following > doc.page.maxY()) newPage(doc);
  bookmark(ctx, block.level, text);
  setFont(doc, BOLD, style.size);
  doc.fillColor(COLOR.text);
  leaf(doc, ctx.root, `H${block.level}`, () => doc.text(`${text} `, MARGINS.left, doc.y, { width, lineGap: style.lineGap }));
  doc.y += style.after;
}

function bookmark(ctx: Context, level: number, title: string): void {
  while (ctx.outline.length > 0 && ctx.outline[ctx.outline.length - 1]!.level >= level) ctx.outline.pop();
  const parent = ctx.outline[ctx.outline.length - 1]?.item ?? ctx.doc.outline;
  ctx.outline.push({ level, item: parent.addItem(title.replace(/\s+/g, ' '), OUTLINE_ITEM) });
}

function paragraph(ctx: Context, block: PdfParagraph): void {
  const { doc } = ctx;
  const text = readable(block.text);
  if (!text) return;
  if (ctx.previous !== 'heading') spaceBefore(doc, BLOCK_GAP);
  setFont(doc, REGULAR, BODY_SIZE);
  doc.fillColor(COLOR.text);
  // pdfkit carries on over as many pages as the text needs, and the marking with it.
  leaf(doc, ctx.root, 'P', () => doc.text(`${text} `, MARGINS.left, doc.y, { width: contentWidth(doc), lineGap: LINE_GAP }));
}

/** A definition list: L of LI, each with the label as Lbl and the value as LBody. */
function facts(ctx: Context, block: PdfFacts): void {
  const { doc } = ctx;
  const rows = block.rows.map((row) => ({ label: readable(row.label), value: readable(row.value) })).filter((row) => row.label || row.value);
  if (rows.length === 0) return;
  if (ctx.previous !== 'heading') spaceBefore(doc, BLOCK_GAP);
  const width = contentWidth(doc);
  setFont(doc, BOLD, BODY_SIZE);
  const widest = Math.max(...rows.flatMap((row) => row.label.split('\n').map((line) => doc.widthOfString(line))));
  const labelWidth = Math.min(Math.max(widest + WIDTH_SLACK, width * FACTS.minLabel), width * FACTS.maxLabel);
  const valueX = MARGINS.left + labelWidth + FACTS.gap;
  const list = doc.struct('L');
  ctx.root.add(list);
  for (const row of rows) {
    const item = doc.struct('LI');
    list.add(item);
    const label = doc.struct('Lbl');
    const body = doc.struct('LBody');
    item.add(label).add(body);
    flowRow(
      doc,
      [
        { text: row.label, x: MARGINS.left, width: labelWidth, align: 'left', font: BOLD, tag: 'Lbl', element: label },
        { text: row.value, x: valueX, width: width - labelWidth - FACTS.gap, align: 'left', font: REGULAR, tag: 'LBody', element: body },
      ],
      { padX: 0, padY: FACTS.padY, continuePage: () => newPage(doc), capacity: doc.page.maxY() - MARGINS.top },
    );
    label.end();
    body.end();
    item.end();
  }
  list.end();
}

interface TableLayout {
  block: PdfTable;
  width: number;
  widths: number[];
  /** the left edge of each column */
  xs: number[];
  caption: string;
  captionHeight: number;
  headHeight: number;
  /** whether the head row is drawn again at the top of each following page */
  repeatHead: boolean;
  /** the height a row has on a following page, below the repeated head */
  capacity: number;
  /** what of the first row must fit on the page where the table begins */
  firstRowHeight: number;
}

function layoutTable(doc: Doc, block: PdfTable): TableLayout {
  const width = contentWidth(doc);
  const widths = columnWidths(doc, block, width);
  const xs = widths.map((_, i) => MARGINS.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const caption = block.caption ? readable(block.caption) : '';
  const layout: TableLayout = { block, width, widths, xs, caption, captionHeight: 0, headHeight: 0, repeatHead: true, capacity: 0, firstRowHeight: 0 };
  setFont(doc, BOLD, BODY_SIZE);
  layout.captionHeight = caption ? doc.heightOfString(caption, { width, lineGap: LINE_GAP }) + CELL.padY : 0;
  layout.headHeight = rowHeight(doc, tableCells(layout, block.head, BOLD, 'TH'), CELL.padY, CELL.padX);
  const pageHeight = doc.page.maxY() - MARGINS.top;
  layout.repeatHead = layout.headHeight <= pageHeight * MAX_REPEATED_HEAD;
  layout.capacity = pageHeight - (layout.repeatHead ? layout.headHeight : 0);
  // A first row that fits on a page is moved to the next one whole, so all of it must fit; a
  // longer one is split when there is room for a few lines.
  const firstRow = block.rows[0] ? rowHeight(doc, tableCells(layout, block.rows[0], REGULAR, 'TD'), CELL.padY, CELL.padX) : 0;
  layout.firstRowHeight = firstRow <= layout.capacity ? firstRow : MIN_LINES_TO_SPLIT * lineHeight(doc, REGULAR, BODY_SIZE) + 2 * CELL.padY;
  return layout;
}

/** The caption, the head and the first row start on the same page. */
function tableStart(layout: TableLayout): number {
  return layout.captionHeight + layout.headHeight + layout.firstRowHeight;
}

function tableCells(layout: TableLayout, texts: string[], font: Font, tag: string, elements?: StructElement[]): FlowCell[] {
  return texts.map((text, i) => ({
    text: readable(text),
    x: layout.xs[i]!,
    width: layout.widths[i]!,
    align: layout.block.align?.[i] ?? 'left',
    font,
    tag,
    ...(elements ? { element: elements[i]! } : {}),
  }));
}

function table(ctx: Context, block: PdfTable): void {
  const { doc } = ctx;
  const layout = layoutTable(doc, block);
  const { width, caption, repeatHead, capacity } = layout;
  const pageHeight = doc.page.maxY() - MARGINS.top;
  const cells = (texts: string[], font: Font, tag: string, elements?: StructElement[]) => tableCells(layout, texts, font, tag, elements);
  const left = MARGINS.left;
  const shadeHead = (top: number, height: number) => {
    doc.rect(left, top, width, height).fill(COLOR.headFill);
    doc
      .moveTo(left, top + height)
      .lineTo(left + width, top + height)
      .lineWidth(1)
      .stroke(COLOR.text);
  };
  const ruleBelow = (top: number, height: number) => {
    doc
      .moveTo(left, top + height)
      .lineTo(left + width, top + height)
      .lineWidth(0.5)
      .stroke(COLOR.rule);
  };
  const ruleAbove = (top: number) => {
    doc
      .moveTo(left, top)
      .lineTo(left + width, top)
      .lineWidth(1)
      .stroke(COLOR.text);
  };

  const continueTable = () => {
    newPage(doc);
    if (repeatHead) flowRow(doc, cells(block.head, BOLD, 'TH'), { ...CELL, decorate: shadeHead, continuePage: () => newPage(doc), capacity: pageHeight });
  };

  if (ctx.previous !== 'heading') spaceBefore(doc, BLOCK_GAP);
  if (!atPageTop(doc) && doc.y + tableStart(layout) > doc.page.maxY()) newPage(doc);

  const tableElement = doc.struct('Table');
  ctx.root.add(tableElement);
  if (caption) {
    setFont(doc, BOLD, BODY_SIZE);
    doc.fillColor(COLOR.text);
    leaf(doc, tableElement, 'Caption', () => doc.text(caption, left, doc.y, { width, lineGap: LINE_GAP }));
    doc.y += CELL.padY;
  }

  const group = (groupTag: string, rows: string[][], font: Font, cellTag: string, options: Pick<FlowOptions, 'decorate' | 'continuePage' | 'capacity'>) => {
    const groupElement = doc.struct(groupTag);
    tableElement.add(groupElement);
    for (const row of rows) {
      const rowElement = doc.struct('TR');
      groupElement.add(rowElement);
      // Head cells name their column, so that a screen reader announces it with each data cell.
      const elements = row.map(() => doc.struct(cellTag, (cellTag === 'TH' ? { scope: 'Column' } : {}) as PDFKit.Mixins.StructureElementOptions));
      for (const element of elements) rowElement.add(element);
      flowRow(doc, cells(row, font, cellTag, elements), { ...CELL, ...options });
      for (const element of elements) element.end();
      rowElement.end();
    }
    groupElement.end();
  };
  group('THead', [block.head], BOLD, 'TH', { decorate: shadeHead, continuePage: () => newPage(doc), capacity: pageHeight });
  if (block.rows.length > 0) group('TBody', block.rows, REGULAR, 'TD', { decorate: ruleBelow, continuePage: continueTable, capacity });
  if (block.foot) group('TFoot', [block.foot], BOLD, 'TD', { decorate: ruleAbove, continuePage: continueTable, capacity });
  tableElement.end();
}

/**
 * Column widths as a browser lays out a table: each column at least as wide as its longest word
 * (but no more than an equal share, so that a long address breaks rather than squeezing the
 * rest), and the remaining width shared in proportion to how much more each column's text needs.
 */
function columnWidths(doc: Doc, block: PdfTable, width: number): number[] {
  const columns = block.head.length;
  const least = new Array<number>(columns).fill(0);
  const most = new Array<number>(columns).fill(0);
  const measure = (row: string[], font: Font) => {
    setFont(doc, font, BODY_SIZE);
    row.forEach((text, i) => {
      for (const line of readable(text).split('\n')) most[i] = Math.max(most[i]!, doc.widthOfString(line));
      for (const word of text.split(/[ \t\r\n]+/)) least[i] = Math.max(least[i]!, doc.widthOfString(word));
    });
  };
  measure(block.head, BOLD);
  for (const row of block.rows) measure(row, REGULAR);
  if (block.foot) measure(block.foot, BOLD);
  const padding = 2 * CELL.padX + WIDTH_SLACK;
  const low = least.map((w) => Math.min(w + padding, width / columns));
  const high = most.map((w, i) => Math.max(w + padding, low[i]!));
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  if (sum(high) <= width) return high.map((w) => w + ((width - sum(high)) * w) / sum(high));
  const spread = high.map((w, i) => w - low[i]!);
  return low.map((w, i) => w + ((width - sum(low)) * spread[i]!) / sum(spread));
}

// ——— rows across pages ——————————————————————————————————————————————————————

interface FlowCell {
  text: string;
  x: number;
  width: number;
  align: Align;
  font: Font;
  /** the structure type of the cell's content */
  tag: string;
  /** the structure element the content belongs to; none for a repeated head, which is an artifact */
  element?: StructElement;
}

interface FlowOptions {
  padX: number;
  padY: number;
  /** rules and shading of the row (or of its part on one page), drawn before the text */
  decorate?: (top: number, height: number) => void;
  /** starts the next page, with the table's head where it has one */
  continuePage: () => void;
  /** the height a row has on a page of its own after `continuePage` */
  capacity: number;
}

function textHeight(doc: Doc, cell: FlowCell, text: string, padX: number): number {
  if (!text) return 0;
  setFont(doc, cell.font, BODY_SIZE);
  return doc.heightOfString(text, { width: cell.width - 2 * padX, lineGap: LINE_GAP });
}

/** The height of each cell's text, and of the row with them. */
function measureRow(doc: Doc, cells: FlowCell[], padY: number, padX: number, texts = cells.map((cell) => cell.text)): { heights: number[]; height: number } {
  const heights = cells.map((cell, i) => textHeight(doc, cell, texts[i]!, padX));
  // A text's height ends with the gap below its last line, which the padding below replaces.
  return { heights, height: Math.max(...heights, lineHeight(doc, REGULAR, BODY_SIZE)) - LINE_GAP + 2 * padY };
}

function rowHeight(doc: Doc, cells: FlowCell[], padY: number, padX: number): number {
  return measureRow(doc, cells, padY, padX).height;
}

/**
 * Draws one row of cells side by side. A row that does not fit on the rest of the page starts on
 * the next; a row taller than a whole page is split between lines and goes on over the next
 * pages, its cells staying one structure element each.
 */
function flowRow(doc: Doc, cells: FlowCell[], options: FlowOptions): void {
  const { padX, padY } = options;
  const minimum = MIN_LINES_TO_SPLIT * lineHeight(doc, REGULAR, BODY_SIZE) + 2 * padY;
  let texts = cells.map((cell) => cell.text);
  let freshTop = Number.NaN;
  for (;;) {
    const row = measureRow(doc, cells, padY, padX, texts);
    const need = row.height;
    const room = doc.page.maxY() - doc.y;
    if (need <= room) {
      drawRow(doc, cells, texts, row, options);
      return;
    }
    const onFreshPage = Math.abs(doc.y - freshTop) < 0.01;
    if (!onFreshPage && (need <= options.capacity || room < minimum)) {
      options.continuePage();
      freshTop = doc.y;
      continue;
    }
    const parts = cells.map((cell, i) => fit(doc, cell, texts[i]!, room - 2 * padY, padX));
    if (parts.every(([now]) => now === '')) {
      if (onFreshPage) throw new Error('A row of the PDF does not fit on a page even line by line.');
      options.continuePage();
      freshTop = doc.y;
      continue;
    }
    const now = parts.map(([part]) => part);
    drawRow(doc, cells, now, measureRow(doc, cells, padY, padX, now), options);
    texts = parts.map(([, rest]) => rest);
    options.continuePage();
    freshTop = doc.y;
  }
}

/**
 * Splits `text` into the longest beginning that fits into `height` (between words where it can) and
 * the rest. A beginning that ends between words keeps one space at its end, as the words on a page
 * do, so that the cell's text read as a whole does not run the two parts together.
 */
function fit(doc: Doc, cell: FlowCell, text: string, height: number, padX: number): [string, string] {
  if (textHeight(doc, cell, text, padX) <= height) return [text, ''];
  const fits = (part: string) => textHeight(doc, cell, part, padX) <= height;
  const breaks = [...text.matchAll(/\s+/g)].map((match) => match.index + match[0].length).filter((end) => end < text.length);
  const betweenWords = largest(breaks, (end) => fits(`${text.slice(0, end).trimEnd()} `));
  if (betweenWords !== undefined) return [`${text.slice(0, betweenWords).trimEnd()} `, text.slice(betweenWords)];
  // Not even the first word fits: a long word is cut where the line ends.
  const ends = Array.from({ length: (breaks[0] ?? text.length) - 1 }, (_, i) => i + 1);
  const inWord = largest(ends, (end) => fits(text.slice(0, end)));
  if (inWord === undefined) return ['', text];
  return [text.slice(0, inWord), text.slice(inWord)];
}

/** The largest of the ascending `candidates` for which `ok` holds, when `ok` holds for a beginning of them. */
function largest(candidates: number[], ok: (candidate: number) => boolean): number | undefined {
  let low = 0;
  let high = candidates.length - 1;
  let found: number | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (ok(candidates[middle]!)) {
      found = candidates[middle];
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

function drawRow(doc: Doc, cells: FlowCell[], texts: string[], { heights, height }: { heights: number[]; height: number }, options: FlowOptions): void {
  const top = doc.y;
  if (options.decorate) artifact(doc, { type: 'Layout' }, () => options.decorate!(top, height));
  cells.forEach((cell, i) => {
    const text = texts[i]!;
    if (!text) return;
    setFont(doc, cell.font, BODY_SIZE);
    doc.fillColor(COLOR.text);
    const width = cell.width - 2 * options.padX;
    // The height keeps pdfkit from starting a page of its own: the text was measured to fit.
    const draw = () =>
      doc.text(text, cell.x + options.padX, top + options.padY, {
        width,
        align: cell.align,
        lineGap: LINE_GAP,
        height: heights[i]! + 1,
      });
    if (cell.element) cell.element.add(marked(doc, cell.tag, draw));
    else artifact(doc, { type: 'Pagination' }, draw);
  });
  doc.x = MARGINS.left;
  doc.y = top + height;
}

// ——— page labels ————————————————————————————————————————————————————————————

function pageLabels(doc: Doc, label: (page: number, total: number) => string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = 0; i < count; i++) {
    doc.switchToPage(start + i);
    const page = doc.page;
    // The label sits in the bottom margin, where pdfkit would otherwise start a new page.
    const bottom = page.margins.bottom;
    page.margins.bottom = 0;
    setFont(doc, REGULAR, LABEL_SIZE);
    doc.fillColor(COLOR.muted);
    artifact(doc, { type: 'Pagination', attached: ['Bottom'] }, () =>
      doc.text(label(i + 1, count), MARGINS.left, page.height - PAGE_LABEL_FROM_BOTTOM, { width: contentWidth(doc), align: 'right', lineBreak: false }),
    );
    page.margins.bottom = bottom;
  }
}
