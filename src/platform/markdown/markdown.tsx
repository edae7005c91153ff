import { marked, type MarkedOptions, type Token, type Tokens } from 'marked';
import type { ComponentChildren, JSX } from 'preact';
import { decodeEntities } from './entities.ts';
import { headingIds, type MarkdownHeading } from './headings.ts';
import { safeImageSource, safeLink } from './safe-url.ts';

/*
 * Markdown for the whole platform. marked only tokenises; every token is turned into a
 * preact element here, so each text and attribute is escaped by preact and nothing an
 * author writes ever reaches the page as HTML. Raw HTML shows as the text it is.
 */

// Explicit options, so that a marked.use() anywhere else cannot switch on extensions here.
const LEXER_OPTIONS: MarkedOptions = { gfm: true, breaks: false, pedantic: false, silent: true };

function lex(text: string): Token[] {
  return marked.lexer(text, LEXER_OPTIONS);
}

interface RenderState {
  /** how many levels a heading moves down, so the page keeps its one h1 */
  headingOffset: number;
  ids: string[];
  next: number;
}

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
const HEADING_CLASS: Record<HeadingTag, string> = {
  h2: 'kern-heading-large',
  h3: 'kern-heading-medium',
  h4: 'kern-heading-small',
  h5: 'kern-heading-small',
  h6: 'kern-heading-small',
};

function headingTag(depth: number, offset: number): HeadingTag {
  return `h${Math.min(6, Math.max(2, depth + offset))}` as HeadingTag;
}

/** The visible text of inline tokens, e.g. for a heading's id or an image's alt text. */
function plainText(tokens: Token[] | undefined): string {
  return (tokens ?? [])
    .map((token) => {
      const t = token as Tokens.Generic;
      if (t.type === 'codespan' || t.type === 'escape' || t.type === 'html') return String(t.text);
      if (t.type === 'br') return ' ';
      if (t.tokens && t.tokens.length > 0) return plainText(t.tokens);
      return typeof t.text === 'string' ? decodeEntities(t.text) : '';
    })
    .join('');
}

function inline(tokens: Token[] | undefined): ComponentChildren[] {
  return (tokens ?? []).map(inlineToken);
}

function inlineToken(token: Token): ComponentChildren {
  const t = token as Tokens.Generic;
  switch (t.type) {
    case 'text':
      return t.tokens && t.tokens.length > 0 ? inline(t.tokens) : decodeEntities(String(t.text));
    case 'escape':
    case 'html':
      // Raw HTML is shown as the characters the author typed.
      return String(t.text);
    case 'codespan':
      return <code>{String(t.text)}</code>;
    case 'strong':
      return <strong>{inline(t.tokens)}</strong>;
    case 'em':
      return <em>{inline(t.tokens)}</em>;
    case 'del':
      return <del>{inline(t.tokens)}</del>;
    case 'br':
      return <br />;
    case 'link':
      return link(t as Tokens.Link);
    case 'image':
      return image(t as Tokens.Image);
    case 'checkbox':
      return (t as Tokens.Checkbox).checked ? '☑ ' : '☐ ';
    default:
      return typeof t.raw === 'string' ? t.raw : null;
  }
}

function link(token: Tokens.Link): ComponentChildren {
  const target = safeLink(token.href);
  const children = inline(token.tokens);
  if (!target) return <>{children}</>;
  const title = token.title ? decodeEntities(token.title) : undefined;
  return (
    <a href={target.href} title={title} rel={target.external ? 'noopener noreferrer' : undefined}>
      {children}
    </a>
  );
}

function image(token: Tokens.Image): ComponentChildren {
  const alt = plainText(token.tokens) || decodeEntities(token.text);
  const src = safeImageSource(token.href);
  if (!src) return alt;
  const title = token.title ? decodeEntities(token.title) : undefined;
  return <img src={src} alt={alt} title={title} loading="lazy" />;
}

function block(tokens: Token[], state: RenderState): ComponentChildren[] {
  return tokens.map((token) => blockToken(token, state));
}

function listItem(item: Tokens.ListItem, state: RenderState): JSX.Element {
  return <li>{block(item.tokens, state)}</li>;
}

// Inline styles are blocked by the content security policy; numbers align right by class.
function tableCellClass(align: Tokens.TableCell['align']): string {
  return align === 'right' ? 'kern-table__cell kern-table__cell--numeric' : 'kern-table__cell';
}

function tableHeaderClass(align: Tokens.TableCell['align']): string {
  return align === 'right' ? 'kern-table__header kern-table__header--numeric' : 'kern-table__header';
}

function table(token: Tokens.Table): JSX.Element {
  const label = token.header.map((cell) => plainText(cell.tokens)).join(', ');
  // The wrapper scrolls on narrow screens, so keyboard users must be able to focus it.
  return (
    <div class="kern-table-responsive" tabindex={0} role="region" aria-label={label}>
      <table class="kern-table">
        <thead>
          <tr class="kern-table__row">
            {token.header.map((cell) => (
              <th scope="col" class={tableHeaderClass(cell.align)}>
                {inline(cell.tokens)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {token.rows.map((row) => (
            <tr class="kern-table__row">
              {row.map((cell) => (
                <td class={tableCellClass(cell.align)}>{inline(cell.tokens)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function blockToken(token: Token, state: RenderState): ComponentChildren {
  const t = token as Tokens.Generic;
  switch (t.type) {
    case 'space':
    case 'def':
      return null;
    case 'heading': {
      const Tag = headingTag(t.depth as number, state.headingOffset);
      const id = state.ids[state.next++];
      return (
        <Tag id={id} class={HEADING_CLASS[Tag]}>
          {inline(t.tokens)}
        </Tag>
      );
    }
    case 'paragraph':
      return <p class="kern-body">{inline(t.tokens)}</p>;
    case 'text':
      // Tight list items hold text tokens instead of paragraphs.
      return t.tokens && t.tokens.length > 0 ? inline(t.tokens) : decodeEntities(String(t.text));
    case 'blockquote':
      return <blockquote class="dk-inset-text">{block(t.tokens ?? [], state)}</blockquote>;
    case 'code':
      return (
        <pre>
          <code>{String(t.text)}</code>
        </pre>
      );
    case 'list': {
      const list = t as Tokens.List;
      const items = list.items.map((item) => listItem(item, state));
      if (!list.ordered) return <ul class="kern-list kern-list--bullet">{items}</ul>;
      const start = typeof list.start === 'number' && list.start !== 1 ? list.start : undefined;
      return (
        <ol class="kern-list kern-list--number" start={start}>
          {items}
        </ol>
      );
    }
    case 'table':
      return table(t as Tokens.Table);
    case 'hr':
      return <hr class="dk-section-break dk-section-break--l" />;
    case 'html':
      return <p class="kern-body">{String(t.text).trim()}</p>;
    default:
      return inlineToken(token);
  }
}

export interface MarkdownProps {
  text: string;
  /**
   * The level of the page's own heading above this text: with 1 (default) a "# " in the
   * text becomes an h2, so the page keeps its one h1.
   */
  headingLevel?: number;
  /** prefix of the heading ids, so that two texts on one page do not share ids */
  idPrefix?: string;
}

/** Renders Markdown safely; use `markdownHeadings` with the same options for a table of contents. */
export function Markdown(props: MarkdownProps) {
  const tokens = lex(props.text);
  const headings = collectHeadings(tokens, props.headingLevel ?? 1, props.idPrefix);
  const state: RenderState = { headingOffset: props.headingLevel ?? 1, ids: headings.map((h) => h.id), next: 0 };
  return <div class="dk-markdown">{block(tokens, state)}</div>;
}

function walkHeadings(tokens: Token[], found: { depth: number; text: string }[]): void {
  for (const token of tokens) {
    const t = token as Tokens.Generic;
    if (t.type === 'heading') found.push({ depth: t.depth as number, text: plainText(t.tokens).trim() });
    // Same order as the renderer visits them: headings can sit in quotes and list items.
    else if (t.type === 'blockquote') walkHeadings(t.tokens ?? [], found);
    else if (t.type === 'list') for (const item of (t as Tokens.List).items) walkHeadings(item.tokens, found);
  }
}

function collectHeadings(tokens: Token[], headingLevel: number, idPrefix: string | undefined): MarkdownHeading[] {
  const found: { depth: number; text: string }[] = [];
  walkHeadings(tokens, found);
  const ids = headingIds(
    found.map((f) => f.text),
    idPrefix,
  );
  return found.map((f, i) => ({ level: Number(headingTag(f.depth, headingLevel).slice(1)), text: f.text, id: ids[i]! }));
}

/** The headings of a text as the renderer will show them (level after shifting, text, id). */
export function markdownHeadings(text: string, options: Omit<MarkdownProps, 'text'> = {}): MarkdownHeading[] {
  return collectHeadings(lex(text), options.headingLevel ?? 1, options.idPrefix);
}

function blockText(tokens: Token[]): string {
  return tokens
    .map((token) => {
      const t = token as Tokens.Generic;
      if (t.type === 'list') return (t as Tokens.List).items.map((item) => blockText(item.tokens)).join(' ');
      if (t.type === 'table') {
        const table = t as Tokens.Table;
        return [table.header, ...table.rows].map((row) => row.map((cell) => plainText(cell.tokens)).join(' ')).join(' ');
      }
      if (t.type === 'blockquote') return blockText(t.tokens ?? []);
      if (t.type === 'code' || t.type === 'html') return String(t.text);
      return plainText(t.tokens);
    })
    .join(' ');
}

/** The words of a text without its markup, on one line, e.g. for an excerpt in an e-mail. */
export function markdownPlainText(text: string): string {
  return blockText(lex(text)).replace(/\s+/g, ' ').trim();
}
