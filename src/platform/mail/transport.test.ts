import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { queryRows } from '../db/client.ts';
import { runDueJobs } from '../jobs/worker.ts';
import { eachBackend } from '../../testing/harness.ts';
import { openTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { queueMail, SEND_MAIL_JOB, sendMailJob } from './queue.ts';
import { AppMetrics } from '../metrics/app-metrics.ts';
import { createMailTransport } from './transport.ts';

const FROM = 'Digitale Kommune <noreply@digitale-kommune.example>';

interface Received {
  to: string[];
  /** whether the message travelled over TLS (STARTTLS) */
  secure: boolean;
  raw: string;
}

interface Sink {
  port: number;
  received: Received[];
  close(): Promise<void>;
}

/**
 * A real SMTP server on loopback. Without `offerStartTls` it speaks plain SMTP only; with it,
 * it offers STARTTLS with smtp-server's own self-signed certificate for localhost.
 */
async function startSink(options: { offerStartTls: boolean; port?: number }): Promise<Sink> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: options.offerStartTls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), secure: session.secure, raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as { port: number };
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A loopback port that nothing listens on: taken from a server that is closed again. */
async function closedPort(): Promise<number> {
  const sink = await startSink({ offerStartTls: false });
  await sink.close();
  return sink.port;
}

/** A transport to the sink on the loopback port; `query` carries the SMTP address's options. */
function smtpTransport(port: number, query = '') {
  return createMailTransport({ smtpUrl: `smtp://127.0.0.1:${port}${query}`, outboxDir: '/nonexistent', from: FROM });
}

/** The message with its folded header lines joined again (RFC 5322 folds long lines at whitespace). */
const unfolded = (raw: string) => raw.replace(/\r?\n[ \t]+/g, ' ');

const mail = { to: 'erika.mustermann@beispiel.de', subject: 'Ihre Anmeldung zum Buergerforum', text: 'Guten Tag, Ihre Anmeldung ist bestaetigt.' };

describe('mail transport over SMTP', () => {
  it('delivers a mail with its recipient, subject and text, in plain text when the address asks for no TLS and the server offers none', async () => {
    const sink = await startSink({ offerStartTls: false });
    const transport = smtpTransport(sink.port);
    try {
      await transport.send(mail);
    } finally {
      transport.close();
      await sink.close();
    }
    assert.equal(sink.received.length, 1);
    const [got] = sink.received;
    assert.deepEqual(got!.to, [mail.to]);
    assert.match(got!.raw, /^Subject: Ihre Anmeldung zum Buergerforum\r?$/m);
    assert.match(got!.raw, /^To: erika\.mustermann@beispiel\.de\r?$/m);
    assert.ok(got!.raw.includes(mail.text), 'the text is in the message');
    assert.equal(got!.secure, false);
  });

  it('carries List-Unsubscribe and List-Unsubscribe-Post when the mail names an unsubscribe address, and neither otherwise', async () => {
    const sink = await startSink({ offerStartTls: false });
    const transport = smtpTransport(sink.port);
    const url = 'https://digitale-kommune.example/netzwerk/abbestellen/abc.def';
    try {
      await transport.send({ ...mail, listUnsubscribe: url });
      await transport.send(mail);
    } finally {
      transport.close();
      await sink.close();
    }
    const [withLink, without] = sink.received;
    assert.match(unfolded(withLink!.raw), /^List-Unsubscribe: <https:\/\/digitale-kommune\.example\/netzwerk\/abbestellen\/abc\.def>\r?$/m);
    assert.match(withLink!.raw, /^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    assert.doesNotMatch(without!.raw, /^List-Unsubscribe/im);
  });

  it('refuses to send without TLS when the address requires it and the server offers none', async () => {
    const sink = await startSink({ offerStartTls: false });
    const transport = smtpTransport(sink.port, '?requireTLS=true');
    try {
      await assert.rejects(transport.send(mail));
    } finally {
      transport.close();
      await sink.close();
    }
    assert.equal(sink.received.length, 0);
  });

  it('upgrades to TLS with STARTTLS, and refuses a certificate it cannot verify unless the address says otherwise', async () => {
    const sink = await startSink({ offerStartTls: true });
    const verifying = smtpTransport(sink.port);
    // smtp-server's built-in certificate is self-signed; only this test trusts it.
    const trusting = smtpTransport(sink.port, '?requireTLS=true&tls.rejectUnauthorized=false');
    try {
      await assert.rejects(verifying.send(mail), /certificate/i);
      await trusting.send(mail);
    } finally {
      verifying.close();
      trusting.close();
      await sink.close();
    }
    assert.equal(sink.received.length, 1);
    assert.equal(sink.received[0]?.secure, true);
  });
});

describe('mail transport into the file outbox', () => {
  it('writes an .eml file that shows the unsubscribe headers as a mail program reads them', async () => {
    const outboxDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dk-outbox-'));
    const transport = createMailTransport({ smtpUrl: undefined, outboxDir, from: FROM });
    try {
      await transport.send({ ...mail, listUnsubscribe: 'https://digitale-kommune.example/netzwerk/abbestellen/abc.def' });
      const files = await fs.readdir(outboxDir);
      assert.equal(files.length, 1);
      assert.match(files[0]!, /\.eml$/);
      const raw = await fs.readFile(path.join(outboxDir, files[0]!), 'utf8');
      assert.match(unfolded(raw), /^List-Unsubscribe: <https:\/\/digitale-kommune\.example\/netzwerk\/abbestellen\/abc\.def>$/m);
      assert.match(raw, /^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
      assert.match(raw, /^Subject: Ihre Anmeldung zum Buergerforum$/m);
    } finally {
      transport.close();
      await fs.rm(outboxDir, { recursive: true, force: true });
    }
  });
});

eachBackend('mail job over SMTP', (backend) => {
  let database: TestDatabase;
  before(async () => {
    database = await openTestDatabase(backend);
  });
  after(async () => database.close());

  it('keeps a mail whose server refuses the connection and delivers it on a later try once the server is up', async () => {
    const { db } = database;
    const port = await closedPort();
    const transport = smtpTransport(port);
    const handlers = { [SEND_MAIL_JOB]: sendMailJob(transport, new AppMetrics()) };
    let sink: Sink | undefined;
    try {
      await queueMail(db, mail, 'smtp-refused');
      const job = sql`select attempts, done_at, failed_at, last_error, run_at > now() as waiting from jobs where dedupe_key = 'mail:smtp-refused'`;

      assert.equal(await runDueJobs(db, handlers), 1);
      const [failed] = await queryRows<{ attempts: number; done_at: Date | null; failed_at: Date | null; last_error: string | null; waiting: boolean }>(
        db,
        job,
      );
      assert.equal(failed?.attempts, 1);
      assert.equal(failed?.done_at, null);
      assert.equal(failed?.failed_at, null, 'the job is not given up after one refused connection');
      assert.match(failed?.last_error ?? '', /ECONNREFUSED/);
      assert.equal(failed?.waiting, true, 'the next try waits for the backoff');
      assert.equal(await runDueJobs(db, handlers), 0, 'not tried again before the backoff ends');

      sink = await startSink({ offerStartTls: false, port });
      await db.execute(sql`update jobs set run_at = now() where dedupe_key = 'mail:smtp-refused'`);
      assert.equal(await runDueJobs(db, handlers), 1);
      const [done] = await queryRows<{ attempts: number; done_at: Date | null }>(db, job);
      assert.equal(done?.attempts, 2);
      assert.ok(done?.done_at, 'delivered on the second try');
      assert.equal(sink.received.length, 1);
      assert.deepEqual(sink.received[0]!.to, [mail.to]);
    } finally {
      transport.close();
      await sink?.close();
    }
  });
});
