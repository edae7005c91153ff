/*
 * marked's lexer leaves character references in text and URLs as written ("&amp;", "&#x61;").
 * Preact escapes every string again, so they must be decoded first: for text, so that
 * "&amp;" reads as "&"; for URLs, so that the scheme check sees what a browser would see
 * ("jav&#x61;script:" is "javascript:"). Unknown names stay as written, which is harmless
 * because the result is always escaped on output.
 */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  colon: ':',
  semi: ';',
  comma: ',',
  period: '.',
  sol: '/',
  bsol: '\\',
  lpar: '(',
  rpar: ')',
  excl: '!',
  quest: '?',
  num: '#',
  percnt: '%',
  equals: '=',
  plus: '+',
  Tab: '\t',
  NewLine: '\n',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  szlig: 'ß',
  euro: '€',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  bdquo: '„',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  sect: '§',
  para: '¶',
  deg: '°',
  times: '×',
  copy: '©',
  reg: '®',
  trade: '™',
};

function fromCodePoint(code: number): string {
  // Like HTML: NUL, surrogates and values beyond Unicode become the replacement character.
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,9}|[A-Za-z][A-Za-z0-9]{1,31});/g, (all, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) return fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return fromCodePoint(parseInt(ref.slice(1), 10));
    return NAMED[ref] ?? all;
  });
}
