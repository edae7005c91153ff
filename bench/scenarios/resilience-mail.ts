import type { BenchContext } from '../lib/context.ts';
import { round } from '../lib/histogram.ts';
import { HttpClient, runClients, sleep } from '../lib/load.ts';
import { deliveryCounts, mailCounts, waitForMails } from '../lib/registration-counts.ts';
import { person, registerThroughBrowser, registrationFormPath } from '../lib/registration-flow.ts';
import { printResult, progress } from '../lib/report.ts';
import { seedRushDate } from '../lib/seed.ts';
import { countError, registrationAvailable, stepErrors } from './registration-rush.ts';

/**
 * The SMTP server refuses connections for a while during registrations. Registrations
 * must go on unaffected; the e-mails wait in the queue, are retried with backoff (10 s,
 * 20 s, 40 s … in src/platform/jobs/worker.ts) and, once the server is back, arrive exactly
 * once each.
 */
export async function mailOutageScenario(ctx: BenchContext): Promise<void> {
  const quick = ctx.options.quick;
  const people = quick ? 60 : 150;
  const outageMs = quick ? 15_000 : 25_000;
  const clients = 8;
  const db = ctx.db.handle.db;
  const app = await ctx.mainApp();
  const date = await seedRushDate(db, `bench-mail-${ctx.runId}`, 40);
  if (!(await registrationAvailable(app.url, date))) {
    printResult('mail-outage', { measured: false, notes: ['GAP: not measured – the registration form answers no 200'] });
    return;
  }
  const tag = `mail-${ctx.runId}`;
  const formPath = registrationFormPath(date.eventSlug, date.dateId);
  const client = new HttpClient(app.url, clients);
  const errors = new Map<string, number>();

  progress(`mail-outage: SMTP refuses connections for ${outageMs} ms while ${people} people register`);
  const outageStart = performance.now();
  await ctx.sink.refuse();
  const outcome = await runClients({ clients, total: people }, async (index) => {
    try {
      await registerThroughBrowser(client, formPath, person(index, tag));
    } catch (error) {
      countError(errors, error);
      throw error;
    }
  });
  client.close();
  const duringOutage = await deliveryCounts(db, ctx.sink, tag);
  await sleep(Math.max(0, outageMs - (performance.now() - outageStart)));
  const failedMeanwhile = await mailCounts(db, tag);
  await ctx.sink.accept();
  const backAt = Date.now();
  progress('mail-outage: SMTP accepts again; waiting for the retries');
  const wait = await waitForMails(db, tag, 150_000);
  const lastDelivery = Math.max(0, ...ctx.sink.deliveries.filter((d) => d.to.some((t) => t.startsWith(`${tag}-`))).map((d) => d.at));
  const mails = await mailCounts(db, tag);
  const delivery = await deliveryCounts(db, ctx.sink, tag);

  const failures: string[] = [];
  if (outcome.failed) failures.push(`${outcome.failed} people could not register during the mail outage`);
  if (duringOutage.delivered) failures.push(`${duringOutage.delivered} e-mails arrived while the SMTP server refused connections`);
  if (failedMeanwhile.retried === 0) failures.push('no e-mail was retried: the outage was not noticed');
  if (mails.queued !== people) failures.push(`${mails.queued} e-mails queued for ${people} people`);
  if (delivery.missing || wait.open) failures.push(`${delivery.missing} e-mails never arrived (${wait.open} still queued)`);
  if (delivery.deliveredMoreThanOnce) failures.push(`${delivery.deliveredMoreThanOnce} e-mails arrived more than once`);
  if (mails.failedForGood) failures.push(`${mails.failedForGood} e-mails were given up`);

  printResult('mail-outage', {
    people,
    outageSeconds: round(outageMs / 1000, 1),
    registrationErrors: outcome.failed,
    errorsByStep: stepErrors(errors),
    mailsQueued: mails.queued,
    deliveredDuringOutage: duringOutage.delivered,
    retriedDuringOutage: failedMeanwhile.retried,
    maxAttempts: mails.maxAttempts,
    deliveredExactlyOnce: delivery.delivered - delivery.deliveredMoreThanOnce,
    deliveredMoreThanOnce: delivery.deliveredMoreThanOnce,
    missing: delivery.missing,
    secondsFromSmtpBackToLastDelivery: lastDelivery ? round((lastDelivery - backAt) / 1000, 1) : null,
    failures,
  });
}
