import { randomInt } from 'node:crypto';

/**
 * References are read out on the phone and typed from paper, so the alphabet leaves out
 * what is easily confused: 0/O and 1/I/L. 31 signs in six places give about 887 million
 * references; the unique index catches the rare collision and the caller draws again.
 */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

const SIGN = `[${REFERENCE_ALPHABET}]`;
const PATTERN = new RegExp(`^DK-${SIGN}{4}-${SIGN}{2}$`);

function draw(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return out;
}

/** A new random reference such as DK-7KQ2-M9. */
export function newReference(): string {
  return `DK-${draw(4)}-${draw(2)}`;
}

/** The reference in its stored form, or undefined when the text cannot be one (lower case is forgiven). */
export function parseReference(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const upper = value.trim().toUpperCase();
  return PATTERN.test(upper) ? upper : undefined;
}
