import assert from 'node:assert/strict';

/** The path and query of the link to `path` in a mail's text, as a person would click it. */
export function linkIn(text: string, path: string): string {
  const match = text.match(new RegExp(`https?://\\S+${path.replace(/[/?]/g, (c) => `\\${c}`)}\\S*`));
  assert.ok(match, `no link to ${path} in mail:\n${text}`);
  const url = new URL(match[0]);
  return url.pathname + url.search;
}

/** The value of the hidden `token` field of a page's form. */
export function hiddenToken(html: string): string {
  const match = /name="token" value="([^"]+)"/.exec(html);
  assert.ok(match, 'the page carries a token');
  return match[1]!;
}
