import { slugify } from '../text/slug.ts';

/** A heading of a Markdown text, for a table of contents: `<a href={`#${id}`}>{text}</a>`. */
export interface MarkdownHeading {
  /** the HTML level after shifting (2–6) */
  level: number;
  text: string;
  id: string;
}

/** One id per heading, unique within the text: a repeated heading gets "-2", "-3" … */
export function headingIds(texts: string[], prefix = 'abschnitt-'): string[] {
  const used = new Set<string>();
  return texts.map((text) => {
    const base = `${prefix}${slugify(text, 'ohne-titel', 60)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}
