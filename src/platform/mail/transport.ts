import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type SendMailOptions } from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string | undefined;
  attachments?: { filename: string; content: string; contentType: string; encoding?: 'base64' | 'utf8'; cid?: string | undefined }[] | undefined;
  /** stable Message-ID, so that a retried delivery can be recognised as the same mail */
  messageId?: string | undefined;
  /** the address that unsubscribes with one POST (RFC 8058): mail programs show their own button for it */
  listUnsubscribe?: string | undefined;
}

export interface MailTransport {
  label: string;
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * What nodemailer is given for a mail: `List-Unsubscribe: <url>` through its `list` option, and
 * `List-Unsubscribe-Post`, which tells mail programs that a POST to that address unsubscribes
 * without a page in between (RFC 8058).
 */
function nodemailerMessage(from: string, mail: OutgoingMail): SendMailOptions {
  const { listUnsubscribe, ...rest } = mail;
  if (!listUnsubscribe) return { from, ...rest };
  return { from, ...rest, list: { unsubscribe: listUnsubscribe }, headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } };
}

/** SMTP in production; otherwise each mail becomes an .eml file that any mail program opens. */
export function createMailTransport(options: { smtpUrl: string | undefined; outboxDir: string; from: string }): MailTransport {
  if (options.smtpUrl) {
    // A pool keeps connections open: one handshake per mail caps throughput at a few per second.
    const pooled = new URL(options.smtpUrl);
    if (!pooled.searchParams.has('pool')) pooled.searchParams.set('pool', 'true');
    const transporter = nodemailer.createTransport(pooled.toString());
    const safe = new URL(options.smtpUrl);
    return {
      label: `SMTP via ${safe.hostname}:${safe.port || '25'}`,
      send: async (mail) => {
        await transporter.sendMail(nodemailerMessage(options.from, mail));
      },
      close: () => transporter.close(),
    };
  }
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    label: `file outbox in ${options.outboxDir}`,
    send: async (mail) => {
      const info = await transporter.sendMail(nodemailerMessage(options.from, mail));
      await fs.mkdir(options.outboxDir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const id = (mail.messageId ?? info.messageId).replace(/[^a-zA-Z0-9-]/g, '').slice(0, 40);
      await fs.writeFile(path.join(options.outboxDir, `${stamp}-${id}.eml`), info.message as Buffer);
    },
    close: () => undefined,
  };
}
