import { SMTPServer } from 'smtp-server';

export interface Delivery {
  messageId: string;
  to: string[];
  at: number;
}

/**
 * A real SMTP server on loopback that keeps what it receives in memory. It can refuse
 * connections for a while (a mail outage) and accept again on the same port.
 */
export class SmtpSink {
  readonly deliveries: Delivery[] = [];
  /** Message-ID -> how often it arrived; the app keeps the id stable across retries */
  readonly byMessageId = new Map<string, number>();
  #server: SMTPServer | undefined;
  port = 0;

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      disableReverseLookup: true,
      logger: false,
      closeTimeout: 100,
      maxClients: 1000,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const headerEnd = raw.indexOf('\r\n\r\n');
          const header = (headerEnd >= 0 ? raw.slice(0, headerEnd) : raw).replace(/\r\n[ \t]+/g, ' ');
          const messageId = /^message-id:\s*(.+)$/im.exec(header)?.[1]?.trim() ?? `(none ${this.deliveries.length})`;
          this.deliveries.push({ messageId, to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), at: Date.now() });
          this.byMessageId.set(messageId, (this.byMessageId.get(messageId) ?? 0) + 1);
          callback();
        });
      },
    });
    server.on('error', () => undefined);
    await new Promise<void>((resolve, reject) => {
      const listener = server.listen(this.port, '127.0.0.1', () => resolve());
      listener.once('error', reject);
    });
    this.#server = server;
    this.port = (server.server.address() as { port: number }).port;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** closes the port: connections are refused until accept() */
  async refuse(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }

  async accept(): Promise<void> {
    if (!this.#server) await this.start();
  }

  /** how many distinct messages were delivered more than once */
  duplicates(): number {
    let n = 0;
    for (const count of this.byMessageId.values()) if (count > 1) n++;
    return n;
  }

  async close(): Promise<void> {
    await this.refuse();
  }
}
