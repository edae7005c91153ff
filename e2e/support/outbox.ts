import fs from 'node:fs/promises';
import path from 'node:path';

/** An e-mail the app wrote to its file outbox, decoded for assertions. */
export interface OutboxMail {
  file: string;
  to: string;
  subject: string;
  text: string;
  html: string | undefined;
  /** every http(s) link in the text body, in order */
  links: string[];
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

function splitPart(raw: string): Part {
  const normalised = raw.replace(/\r\n/g, '\n');
  const end = normalised.indexOf('\n\n');
  const head = end === -1 ? normalised : normalised.slice(0, end);
  const body = end === -1 ? '' : normalised.slice(end + 2);
  const headers = new Map<string, string>();
  // Folded header lines continue with whitespace.
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function decodeQuotedPrintable(text: string): Buffer {
  const softBreaksRemoved = text.replace(/=\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < softBreaksRemoved.length; i++) {
    const c = softBreaksRemoved[i]!;
    const hex = softBreaksRemoved.slice(i + 1, i + 3);
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(c, 'utf8'));
    }
  }
  return Buffer.from(bytes);
}

function decodeBody(part: Part): string {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body).toString('utf8');
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return part.body;
}

/** RFC 2047 encoded words, as nodemailer writes non-ASCII subjects and names. */
export function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_all, _charset: string, kind: string, data: string) =>
      kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeQuotedPrintable(data.replace(/_/g, ' ')).toString('utf8'),
    );
}

function collectBodies(part: Part, found: { text?: string; html?: string }): void {
  const type = part.headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.toLowerCase().startsWith('multipart/') && boundary) {
    const sections = part.body.split(`--${boundary}`).slice(1);
    for (const section of sections) {
      if (section.startsWith('--')) break;
      collectBodies(splitPart(section.replace(/^\n/, '')), found);
    }
    return;
  }
  if ((part.headers.get('content-disposition') ?? '').toLowerCase().startsWith('attachment')) return;
  if (type.toLowerCase().startsWith('text/plain') && found.text === undefined) found.text = decodeBody(part).replace(/\n$/, '');
  if (type.toLowerCase().startsWith('text/html') && found.html === undefined) found.html = decodeBody(part);
}

export function parseEml(raw: string, file = ''): OutboxMail {
  const message = splitPart(raw);
  const bodies: { text?: string; html?: string } = {};
  collectBodies(message, bodies);
  const text = bodies.text ?? '';
  return {
    file,
    to: decodeHeader(message.headers.get('to') ?? ''),
    subject: decodeHeader(message.headers.get('subject') ?? ''),
    text,
    html: bodies.html,
    // A full stop after a link ends the sentence, not the link.
    links: [...text.matchAll(/https?:\/\/[^\s<>"')]+/g)].map((m) => m[0].replace(/[.,;:!?]+$/, '')),
  };
}

/** Every mail in the outbox, oldest first (file names start with the time of sending). */
export async function readOutbox(outboxDir: string): Promise<OutboxMail[]> {
  let names: string[];
  try {
    names = (await fs.readdir(outboxDir)).filter((n) => n.endsWith('.eml')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return Promise.all(names.map(async (name) => parseEml(await fs.readFile(path.join(outboxDir, name), 'utf8'), name)));
}

/**
 * Waits until the background worker has written a mail that matches, e.g.
 * `waitForMail(server.outboxDir, (m) => m.to.includes(email) && m.subject.includes('Bestätigen'))`.
 */
export async function waitForMail(outboxDir: string, matches: (mail: OutboxMail) => boolean, options: { timeoutMs?: number } = {}): Promise<OutboxMail> {
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  for (;;) {
    const mails = await readOutbox(outboxDir);
    const found = mails.find(matches);
    if (found) return found;
    if (Date.now() > deadline) {
      const seen = mails.map((m) => `  to ${m.to}: ${m.subject}`).join('\n') || '  (none)';
      throw new Error(`waitForMail: no matching mail arrived in ${outboxDir}. Mails there:\n${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The first link in the mail's text whose URL contains `part` (e.g. '/konto/bestaetigen'). */
export function findLink(mail: OutboxMail, part: string | RegExp): string {
  const link = mail.links.find((l) => (typeof part === 'string' ? l.includes(part) : part.test(l)));
  if (!link) throw new Error(`findLink: no link matching ${String(part)} in "${mail.subject}". Links: ${mail.links.join(', ') || '(none)'}`);
  return link;
}
