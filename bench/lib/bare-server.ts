/**
 * The physical reference of the pages scenario: a bare Fastify server, in a process of its
 * own like the app, that answers each page's path with the very bytes the app sent for it,
 * from memory. The ratio app/bare is what rendering, the database and the platform's hooks
 * cost on this machine today.
 *
 *   node --import tsx bench/lib/bare-server.ts <pages.json> <port>
 */
import fs from 'node:fs';
import Fastify from 'fastify';

export interface CapturedPage {
  path: string;
  contentType: string;
  contentEncoding?: string | undefined;
  /** base64 of the body exactly as it came over the wire */
  body: string;
}

const [file, port] = process.argv.slice(2);
if (!file || !port) throw new Error('usage: bare-server.ts <pages.json> <port>');
const pages = JSON.parse(fs.readFileSync(file, 'utf8')) as CapturedPage[];

const app = Fastify({ logger: false });
app.get('/healthz', async () => ({ status: 'ok' }));
for (const page of pages) {
  const body = Buffer.from(page.body, 'base64');
  app.get(page.path, async (_request, reply) => {
    reply.header('content-type', page.contentType);
    if (page.contentEncoding) reply.header('content-encoding', page.contentEncoding);
    return reply.send(body);
  });
}
await app.listen({ port: Number(port), host: '127.0.0.1' });
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
