// German letters get their conventional spelling instead of losing the umlaut dots.
const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ẞ: 'SS' };

/**
 * The readable part of an address: "Gemeinde Süderbrarup" → "gemeinde-suederbrarup". A title
 * with no letter or digit a URL can carry (e.g. only emoji) gets the fallback.
 */
export function slugify(text: string, fallback: string, maxLength = 80): string {
  const slug = text
    .replace(/[äöüßÄÖÜẞ]/g, (c) => TRANSLITERATION[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
  return slug || fallback;
}

/**
 * The first of base, base-2, base-3 … that is not taken; a reserved base (a path that is a page
 * of its own, e.g. /veranstaltungen/archiv) starts at base-2.
 */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>, reserved: ReadonlySet<string> = new Set()): string {
  if (!taken.has(base) && !reserved.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
