import { markdownPlainText } from '../../../platform/markdown/markdown.tsx';

/** How much of a post a quote, a report or an e-mail shows: enough to know what it is about. */
export const EXCERPT_LENGTH = 300;

/** The start of a post's words without its Markdown, on one line, cut at a word with "…". */
export function postExcerpt(body: string): string {
  const text = markdownPlainText(body);
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > EXCERPT_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()} …`;
}
