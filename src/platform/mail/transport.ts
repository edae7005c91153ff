import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string | undefined;
  attachments?: { filename: string; content: string; contentType: string; encoding?: 'base64' | 'utf8'; cid?: string | undefined }[] | undefined;
  /** stable Message-ID, so that a retried delivery can be recognised as the same mail */
  messageId?: string | undefined;
}

export interface MailTransport {
  label: string;
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
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
        await transporter.sendMail({ from: options.from, ...mail });
      },
      close: () => transporter.close(),
    };
  }
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    label: `file outbox in ${options.outboxDir}`,
    send: async (mail) => {
      const info = await transporter.sendMail({ from: options.from, ...mail });
      await fs.mkdir(options.outboxDir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const id = (mail.messageId ?? info.messageId).replace(/[^a-zA-Z0-9-]/g, '').slice(0, 40);
      await fs.writeFile(path.join(options.outboxDir, `${stamp}-${id}.eml`), info.message as Buffer);
    },
    close: () => undefined,
  };
}
