// German letters get their conventional spelling instead of losing the umlaut dots.
const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ẞ: 'SS' };

const MAX_LENGTH = 80;

/**
 * Paths under /netzwerk/organisationen/ that are pages of their own, so that an
 * organisation called "Neu" does not hide the "create" form.
 */
const RESERVED = new Set(['neu']);

/** The readable part of an organisation's address: "Gemeinde Süderbrarup" → "gemeinde-suederbrarup". */
export function slugify(name: string): string {
  const slug = name
    .replace(/[äöüßÄÖÜẞ]/g, (c) => TRANSLITERATION[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_LENGTH)
    .replace(/^-+|-+$/g, '');
  return slug || 'organisation';
}

/** The first of base, base-2, base-3 … that is neither taken nor reserved. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base) && !RESERVED.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
