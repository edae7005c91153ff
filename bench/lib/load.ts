import http from 'node:http';
import zlib from 'node:zlib';

/**
 * The load generator: plain node:http with one keep-alive agent per target, N clients that
 * each wait for their answer before sending the next request (a closed loop, as browsers
 * behave), bounded by a count and a time. It talks to loopback only: a benchmark must never
 * be pointed at somebody else's server by a typo.
 */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** the body as it came over the wire (still compressed if it was) */
  raw: Buffer;
  ms: number;
}

export interface RequestOptions {
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
}

export class HttpClient {
  readonly #agent: http.Agent;
  readonly #base: URL;

  constructor(base: string, connections: number) {
    this.#base = new URL(base);
    if (!LOOPBACK.has(this.#base.hostname)) throw new Error(`refusing to load ${this.#base.hostname}: loopback only`);
    this.#agent = new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
  }

  get origin(): string {
    return this.#base.origin;
  }

  request(method: string, path: string, options: RequestOptions = {}): Promise<HttpResponse> {
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const headers: Record<string, string> = { ...options.headers };
      if (options.body !== undefined) headers['content-length'] = String(Buffer.byteLength(options.body));
      const req = http.request({ host: this.#base.hostname, port: this.#base.port, method, path, headers, agent: this.#agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, raw: Buffer.concat(chunks), ms: performance.now() - started }));
      });
      req.setTimeout(options.timeoutMs ?? 30_000, () => req.destroy(new Error(`timeout after ${options.timeoutMs ?? 30_000} ms`)));
      req.on('error', reject);
      req.end(options.body);
    });
  }

  get(path: string, options?: RequestOptions): Promise<HttpResponse> {
    return this.request('GET', path, options);
  }

  /** posts an HTML form the way a browser does, with the Origin header a browser sends */
  postForm(path: string, fields: [string, string][], options: RequestOptions = {}): Promise<HttpResponse> {
    const body = new URLSearchParams(fields).toString();
    return this.request('POST', path, {
      ...options,
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: this.origin, accept: 'text/html', ...options.headers },
    });
  }

  close(): void {
    this.#agent.destroy();
  }
}

/** the body as text, decompressed when the server compressed it */
export function bodyText(response: HttpResponse): string {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'gzip') return zlib.gunzipSync(response.raw).toString('utf8');
  if (encoding === 'br') return zlib.brotliDecompressSync(response.raw).toString('utf8');
  if (encoding === 'deflate') return zlib.inflateSync(response.raw).toString('utf8');
  return response.raw.toString('utf8');
}

export interface ClientsOptions {
  clients: number;
  /** stop after this many work items (people, requests) */
  total?: number;
  /** stop starting new work after this long */
  durationMs?: number;
}

export interface ClientsOutcome {
  elapsedMs: number;
  completed: number;
  /** work items whose function threw (network errors, unexpected answers) */
  failed: number;
  firstErrors: string[];
}

/** Runs `work(index)` on N concurrent clients until the count or the time is used up. */
export async function runClients(options: ClientsOptions, work: (index: number, client: number) => Promise<void>): Promise<ClientsOutcome> {
  if (options.total === undefined && options.durationMs === undefined) throw new Error('runClients needs a total or a duration');
  const total = options.total ?? Number.POSITIVE_INFINITY;
  const deadline = performance.now() + (options.durationMs ?? Number.POSITIVE_INFINITY);
  const started = performance.now();
  let next = 0;
  let completed = 0;
  let failed = 0;
  const firstErrors: string[] = [];
  const loop = async (client: number) => {
    while (next < total && performance.now() < deadline) {
      const index = next++;
      try {
        await work(index, client);
        completed++;
      } catch (error) {
        failed++;
        if (firstErrors.length < 5) firstErrors.push(error instanceof Error ? error.message : String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, i) => loop(i)));
  return { elapsedMs: performance.now() - started, completed, failed, firstErrors };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
