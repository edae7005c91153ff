import { decodeEntities } from './entities.ts';

/** What a link or image address may be used for; undefined means "show as text". */
export type SafeLink = { href: string; external: boolean };

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * The address as a browser would read it: character references decoded, tabs and line
 * breaks removed anywhere, control characters and spaces trimmed at both ends (WHATWG URL).
 */
function normalise(raw: string): string {
  return decodeEntities(raw)
    .replace(/[\t\n\r]/g, '')
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

// "//host" and "/\host" leave the site although they have no scheme.
function leavesSite(url: string): boolean {
  return /^[/\\]{2}/.test(url) || url.startsWith('\\');
}

/**
 * Links may go to http, https and mailto addresses and to relative addresses of this site.
 * Everything else (javascript:, data:, vbscript:, file:, unknown schemes) is refused.
 */
export function safeLink(raw: string): SafeLink | undefined {
  const url = normalise(raw);
  if (url === '' || leavesSite(url)) return undefined;
  // Any other control character is not part of a real address and only serves to confuse.
  if (/[\u0000-\u001f\u007f]/.test(url)) return undefined;
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) return { href: url, external: false };
  if (!LINK_SCHEMES.has(scheme)) return undefined;
  return { href: url, external: scheme !== 'mailto' };
}

/** Images only from this site (relative addresses): no tracking pixels, no data: payloads. */
export function safeImageSource(raw: string): string | undefined {
  const url = normalise(raw);
  if (url === '' || leavesSite(url) || SCHEME.test(url) || /[\u0000-\u001f\u007f]/.test(url)) return undefined;
  return url;
}
