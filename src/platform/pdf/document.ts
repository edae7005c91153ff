import type { Locale } from '../i18n/index.ts';

/**
 * A document for `renderPdf`: what it says, in reading order, never how it is drawn. Every text
 * comes from the caller (the message catalogue and the feature's data); the platform adds no words.
 */
export interface PdfDocument {
  /** the document's title: metadata and the viewer's window title; print it with a level 1 heading */
  title: string;
  /** the language of the text, for screen readers and hyphenation in viewers */
  lang: Locale;
  /** who issues the document (the operator of the platform, an organisation) */
  author?: string;
  /** one sentence on what the document is */
  subject?: string;
  /** the line at the foot of every page, e.g. `(page, total) => t.pdf.pageOf(page, total)` → "Seite 1 von 3" */
  pageLabel?: (page: number, total: number) => string;
  blocks: PdfBlock[];
}

export type PdfBlock = PdfHeading | PdfParagraph | PdfFacts | PdfTable;

/** A heading; levels follow each other without gaps, as on a web page. */
export interface PdfHeading {
  kind: 'heading';
  level: 1 | 2 | 3;
  text: string;
}

/** Plain text; line breaks are kept. */
export interface PdfParagraph {
  kind: 'paragraph';
  text: string;
}

/** Pairs of label and value (reference number, date, organisation), laid out in two columns. */
export interface PdfFacts {
  kind: 'facts';
  rows: { label: string; value: string }[];
}

/**
 * A table with one head row. Cells wrap; a long table goes on over several pages, each starting
 * with the head row again. Amounts come formatted (`1.234,56 €`) and their column aligned right.
 */
export interface PdfTable {
  kind: 'table';
  /** says what the table shows; printed above it */
  caption?: string;
  head: string[];
  /** each row has as many cells as the head */
  rows: string[][];
  /** per column; left where not given */
  align?: ('left' | 'right')[];
  /** a closing row in bold, e.g. the sum; as many cells as the head */
  foot?: string[];
}
