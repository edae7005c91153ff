import type { Locale } from '../i18n/index.ts';
import { FILE_TYPES } from './detect.ts';

const LABELS: Record<string, string> = {
  [FILE_TYPES.pdf]: 'PDF',
  [FILE_TYPES.odt]: 'ODT',
  [FILE_TYPES.docx]: 'DOCX',
  [FILE_TYPES.xlsx]: 'XLSX',
  [FILE_TYPES.png]: 'PNG',
  [FILE_TYPES.jpeg]: 'JPEG',
  [FILE_TYPES.webp]: 'WebP',
  [FILE_TYPES.mp4]: 'MP4',
  [FILE_TYPES.webm]: 'WebM',
  [FILE_TYPES.vtt]: 'WebVTT',
};

/** The short name people know a type by ("PDF"); the same in every language. */
export function fileTypeLabel(contentType: string): string {
  return LABELS[contentType] ?? contentType;
}

const UNITS = ['B', 'KB', 'MB', 'GB'] as const;

/** A size as people read it, in the number format of the language: "1,2 MB" or "1.2 MB". */
export function formatFileSize(locale: Locale, bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const number = new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  return `${number} ${UNITS[unit]}`;
}
