import fs from 'node:fs/promises';
import { assetFile } from '../views/assets.ts';
import { sfntFromWoff } from './woff.ts';

export interface PdfFonts {
  regular: Buffer;
  bold: Buffer;
}

let loading: Promise<PdfFonts> | undefined;

/**
 * Noto Sans, regular and bold, as WOFF: all of Latin (German with „“ – €, and the names of
 * neighbouring languages), Greek and Cyrillic. Read once per process from public/build/, where
 * `npm run build:assets` puts them from KERN UX (a development package, not there in production),
 * and unpacked from WOFF (see woff.ts); each PDF embeds only the letters it uses.
 */
export function pdfFonts(): Promise<PdfFonts> {
  loading ??= Promise.all([fs.readFile(assetFile('noto-sans-400.woff')), fs.readFile(assetFile('noto-sans-700.woff'))]).then(([regular, bold]) => ({
    regular: sfntFromWoff(regular),
    bold: sfntFromWoff(bold),
  }));
  // A failed read (assets not built yet) is tried again on the next call.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
