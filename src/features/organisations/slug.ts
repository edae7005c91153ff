import { firstFreeSlug, slugify } from '../../platform/text/slug.ts';

/**
 * Paths under /netzwerk/organisationen/ that are pages of their own, so that an
 * organisation called "Neu" does not hide the "create" form.
 */
const RESERVED = new Set(['neu']);

/** The readable part of an organisation's address: "Gemeinde Süderbrarup" → "gemeinde-suederbrarup". */
export function organisationSlug(name: string): string {
  return slugify(name, 'organisation');
}

/** The first of base, base-2, base-3 … that is neither taken nor reserved. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  return firstFreeSlug(base, taken, RESERVED);
}
