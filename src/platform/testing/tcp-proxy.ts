import net from 'node:net';

/** One statement as the proxy saw it pass, and whether a transaction was open when it ended. */
export interface SeenStatement {
  /** the SQL text of a simple query or of the last Parse before the Sync; '' for a prepared statement run again */
  sql: string;
  /** the server's ReadyForQuery after it: 'idle' means committed, no lock held any more */
  transaction: 'idle' | 'open' | 'failed';
}

const TRANSACTION_STATE: Record<string, SeenStatement['transaction']> = { I: 'idle', T: 'open', E: 'failed' };

/**
 * A TCP proxy on loopback between the app and PostgreSQL (tests and benchmark). Cutting it is what the app sees
 * when the database server goes away: open connections drop and new ones are refused,
 * while the real server keeps running for the benchmark's own checks.
 */
export class TcpProxy {
  #server: net.Server | undefined;
  readonly #sockets = new Set<net.Socket>();
  port = 0;
  /** statements the app sent: simple queries ('Q') and extended-protocol Syncs ('S') */
  statements = 0;
  /** every statement in the order the server finished them, when the proxy was asked to keep them */
  readonly seen: SeenStatement[] = [];

  constructor(
    private readonly target: { host: string; port: number },
    private readonly options: { keepStatements?: boolean } = {},
  ) {}

  async start(): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.target);
      for (const socket of [client, upstream]) {
        this.#sockets.add(socket);
        socket.on('close', () => this.#sockets.delete(socket));
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      const connection = { sslAsked: false, pending: [] as string[], lastParse: '' };
      client.on('data', this.#clientReader(connection));
      if (this.options.keepStatements) upstream.on('data', this.#serverReader(connection));
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject).listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as net.AddressInfo).port;
    this.#server = server;
  }

  /**
   * Reads the PostgreSQL wire protocol from the app's side of one connection: a startup
   * packet without a type byte (an SSLRequest comes before it), then typed messages.
   */
  #clientReader(connection: { sslAsked: boolean; pending: string[]; lastParse: string }): (chunk: Buffer) => void {
    let pending = Buffer.alloc(0);
    let started = false;
    return (chunk) => {
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        if (!started) {
          if (pending.length < 8) return;
          const length = pending.readInt32BE(0);
          if (pending.length < length) return;
          // 80877103 asks for SSL; the real startup packet follows
          const sslRequest = pending.readInt32BE(4) === 80877103;
          connection.sslAsked ||= sslRequest;
          started = !sslRequest;
          pending = pending.subarray(length);
          continue;
        }
        if (pending.length < 5) return;
        const total = 1 + pending.readInt32BE(1);
        if (pending.length < total) return;
        const type = String.fromCharCode(pending[0]!);
        if (type === 'Q' || type === 'S') this.statements++;
        if (this.options.keepStatements) {
          const body = pending.subarray(5, total);
          // Query: the text; Parse: the statement's name, then the text
          if (type === 'Q') connection.pending.push(cString(body, 0));
          if (type === 'P') connection.lastParse = cString(body, body.indexOf(0) + 1);
          if (type === 'S') {
            connection.pending.push(connection.lastParse);
            connection.lastParse = '';
          }
        }
        pending = pending.subarray(total);
      }
    };
  }

  /** The server's side: each ReadyForQuery ends the oldest statement still waiting for one. */
  #serverReader(connection: { sslAsked: boolean; pending: string[] }): (chunk: Buffer) => void {
    let pending = Buffer.alloc(0);
    let answeredSsl = false;
    return (chunk) => {
      pending = Buffer.concat([pending, chunk]);
      // The answer to an SSLRequest is one byte without a length.
      if (connection.sslAsked && !answeredSsl && pending.length > 0) {
        answeredSsl = true;
        pending = pending.subarray(1);
      }
      for (;;) {
        if (pending.length < 5) return;
        const total = 1 + pending.readInt32BE(1);
        if (pending.length < total) return;
        if (pending[0] === 'Z'.charCodeAt(0)) {
          const sql = connection.pending.shift();
          // The first ReadyForQuery answers the login, not a statement.
          if (sql !== undefined) this.seen.push({ sql, transaction: TRANSACTION_STATE[String.fromCharCode(pending[5]!)] ?? 'failed' });
        }
        pending = pending.subarray(total);
      }
    };
  }

  async cut(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    const closed = new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    for (const socket of this.#sockets) socket.destroy();
    await closed;
  }

  /** listens again on the same port */
  async restore(): Promise<void> {
    if (!this.#server) await this.start();
  }

  async close(): Promise<void> {
    await this.cut();
  }
}

function cString(buffer: Buffer, start: number): string {
  const end = buffer.indexOf(0, start);
  return buffer.toString('utf8', start, end === -1 ? buffer.length : end);
}
