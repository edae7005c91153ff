import net from 'node:net';

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

  constructor(private readonly target: { host: string; port: number }) {}

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
      client.on('data', this.#counter());
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
  #counter(): (chunk: Buffer) => void {
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
          started = pending.readInt32BE(4) !== 80877103;
          pending = pending.subarray(length);
          continue;
        }
        if (pending.length < 5) return;
        const total = 1 + pending.readInt32BE(1);
        if (pending.length < total) return;
        const type = String.fromCharCode(pending[0]!);
        if (type === 'Q' || type === 'S') this.statements++;
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
