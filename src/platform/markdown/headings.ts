/** A heading of a Markdown text, for a table of contents: `<a href={`#${id}`}>{text}</a>`. */
export interface MarkdownHeading {
  /** the HTML level after shifting (2–6) */
  level: number;
  text: string;
  id: string;
}

const GERMAN: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** "Ergebnisse für Süderbrarup" → "ergebnisse-fuer-suederbrarup": readable anchors in German. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => GERMAN[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

/** One id per heading, unique within the text: a repeated heading gets "-2", "-3" … */
export function headingIds(texts: string[], prefix = 'abschnitt-'): string[] {
  const used = new Set<string>();
  return texts.map((text) => {
    const base = `${prefix}${slugify(text) || 'ohne-titel'}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}
