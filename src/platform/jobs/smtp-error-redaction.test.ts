import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import { SMTPServer } from 'smtp-server';
import { queryRows } from '../db/client.ts';
import { queueMail, SEND_MAIL_JOB, sendMailJob } from '../mail/queue.ts';
import { AppMetrics } from '../metrics/app-metrics.ts';
import { createMailTransport, type MailTransport } from '../mail/transport.ts';
import { eachBackend } from '../../testing/harness.ts';
import { openTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { runDueJobs } from './worker.ts';

const RECIPIENT = 'erika.mustermann@beispiel.de';

/** A real SMTP server that refuses the recipient the way Postfix does, naming the address. */
async function rejectingServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    onRcptTo: (address, _session, callback) => {
      const refusal = Object.assign(new Error(`5.1.1 <${address.address}>: Recipient address rejected: User unknown`), { responseCode: 550 });
      callback(refusal);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as { port: number };
  return { url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

eachBackend('SMTP errors', (backend) => {
  let database: TestDatabase;
  let smtp: { url: string; close(): Promise<void> };
  let transport: MailTransport;
  let logger: FastifyInstance;
  const logLines: string[] = [];

  before(async () => {
    database = await openTestDatabase(backend);
    smtp = await rejectingServer();
    transport = createMailTransport({ smtpUrl: smtp.url, outboxDir: '/nonexistent', from: 'Digitale Kommune <noreply@digitale-kommune.example>' });
    logger = Fastify({ logger: { level: 'info', stream: { write: (line: string) => void logLines.push(line) } } });
  });
  after(async () => {
    transport.close();
    await smtp.close();
    await logger.close();
    await database.close();
  });

  it('are logged and kept as the job’s last error without the recipient’s address', async () => {
    const { db } = database;
    await queueMail(db, { to: RECIPIENT, subject: 'Ihre Anmeldung', text: 'Hallo' }, 'smtp-rejected');

    assert.equal(await runDueJobs(db, { [SEND_MAIL_JOB]: sendMailJob(transport, new AppMetrics()) }, logger.log), 1);

    const [job] = await queryRows<{ last_error: string | null }>(db, sql`select last_error from jobs where dedupe_key = 'mail:smtp-rejected'`);
    assert.match(job?.last_error ?? '', /Recipient address rejected/, 'the reason stays readable');
    assert.doesNotMatch(job?.last_error ?? '', /beispiel\.de/);
    const failure = logLines.filter((line) => line.includes('job failed'));
    assert.equal(failure.length, 1);
    assert.match(failure[0]!, /Recipient address rejected/);
    assert.doesNotMatch(logLines.join('\n'), /mustermann|beispiel\.de/i);
  });
});
