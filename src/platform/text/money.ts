import type { Locale } from '../i18n/index.ts';

/** Why a typed amount is not one: the form names the problem instead of guessing. */
export type AmountProblem = 'format' | 'negative' | 'decimals' | 'tooLarge';

// A billion euros: more than any municipal programme, far below what a bigint column holds.
const MAX_CENTS = 100_000_000_000;

/**
 * An amount in euros as people in Germany type it – "100000", "100.000", "100.000,50",
 * with or without "€" or "EUR" – in whole cents. Letters, a minus sign, more than two decimal
 * places and English separators ("100,000.00") are refused, never read as something else.
 */
export function parseEuro(input: string): { cents: number } | { problem: AmountProblem } {
  const text = input
    .trim()
    .replace(/\s*(€|EUR)$/i, '')
    .replace(/\s/g, '');
  if (/^-/.test(text)) return { problem: 'negative' };
  const match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(text);
  if (!match) return { problem: 'format' };
  const decimals = match[2] ?? '';
  if (decimals.length > 2) return { problem: 'decimals' };
  const euros = Number(match[1]!.replaceAll('.', ''));
  const cents = euros * 100 + Number(decimals.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents) || cents > MAX_CENTS) return { problem: 'tooLarge' };
  return { cents };
}

const formats = new Map<string, Intl.NumberFormat>();

/** "100.000 €", or "1.234,50 €" when there are cents; English pages write "€100,000". */
export function formatEuro(locale: Locale, cents: number): string {
  const whole = cents % 100 === 0;
  const key = `${locale}:${whole}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: 2,
    });
    formats.set(key, format);
  }
  return format.format(cents / 100);
}

/** An amount in a downloaded table: euros with a decimal comma and no thousands separator, as spreadsheets read it. */
export function euroCell(cents: number): string {
  return (cents / 100).toFixed(2).replace('.', ',');
}

/** The amount as the form shows it again for editing: "100.000" or "100.000,50". */
export function euroInput(cents: number): string {
  const euros = Math.floor(cents / 100).toLocaleString('de-DE');
  const rest = cents % 100;
  return rest === 0 ? euros : `${euros},${String(rest).padStart(2, '0')}`;
}
