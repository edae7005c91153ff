import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db/client.ts';
import type { BenchContext } from '../lib/context.ts';
import { round } from '../lib/histogram.ts';
import { HttpClient, runClients, sleep } from '../lib/load.ts';
import { addressPattern, deliveryCounts, mailCounts, seatCounts, waitForMails } from '../lib/registration-counts.ts';
import { person, registerThroughBrowser, registrationFormPath } from '../lib/registration-flow.ts';
import { printResult, progress } from '../lib/report.ts';
import { seedRushDate } from '../lib/seed.ts';
import { countError, registrationAvailable, stepErrors } from './registration-rush.ts';

// A job claimed by the killed process stays leased for this long (src/platform/jobs/worker.ts).
const LEASE_SECONDS = 120;

/**
 * The app process is killed with SIGKILL in the middle of a registration rush and started
 * again. People whose request got no answer do what people do: they press the button again
 * once the site is back. Afterwards every person who saw a confirmation page has exactly
 * one registration and exactly one receipt, and the date is not overbooked.
 */
export async function crashScenario(ctx: BenchContext): Promise<void> {
  const quick = ctx.options.quick;
  const people = quick ? 300 : 800;
  const seats = quick ? 50 : 100;
  const clients = 32;
  const db = ctx.db.handle.db;
  const app = await ctx.startApp('app-crash');
  const date = await seedRushDate(db, `bench-crash-${ctx.runId}`, seats);
  if (!(await registrationAvailable(app.url, date))) {
    printResult('crash', { measured: false, notes: ['GAP: not measured – the registration form answers no 200'] });
    await app.process.stop();
    return;
  }
  const tag = `crash-${ctx.runId}`;
  const formPath = registrationFormPath(date.eventSlug, date.dateId);
  const client = new HttpClient(app.url, clients);
  const errors = new Map<string, number>();
  /** person index -> the registration page their confirmation page linked to */
  const confirmedPages = new Map<number, string>();
  let retries = 0;
  let back: Promise<void> = Promise.resolve();
  let killedAt = 0;
  let restartMs = 0;

  const rush = runClients({ clients, total: people }, async (index) => {
    try {
      const result = await registerThroughBrowser(client, formPath, person(index, tag), {
        retry: async (_step, attempt) => {
          if (attempt > 5) return false;
          retries++;
          // the person waits until the site answers again, then reloads or presses again
          await back;
          await sleep(100 * attempt);
          return true;
        },
      });
      confirmedPages.set(index, result.location);
    } catch (error) {
      countError(errors, error);
      throw error;
    }
  });
  // Kill once about a third of the people are through, while the rest are mid-flow.
  while (confirmedPages.size < people / 3) await sleep(20);
  progress(`crash: SIGKILL after ${confirmedPages.size} confirmations`);
  let release: () => void = () => {};
  back = new Promise<void>((resolve) => (release = resolve));
  killedAt = confirmedPages.size;
  await app.process.kill();
  const t0 = performance.now();
  await sleep(500);
  await app.process.start();
  restartMs = Math.round(performance.now() - t0);
  release();
  progress(`crash: app restarted after ${restartMs} ms (pid ${app.process.pid})`);
  const outcome = await rush;
  client.close();

  progress(`crash: waiting for e-mails (jobs the killed process had claimed are due again after their ${LEASE_SECONDS} s lease)`);
  const wait = await waitForMails(db, tag, (LEASE_SECONDS + 60) * 1000);
  const counts = await seatCounts(db, date.dateId);
  const mails = await mailCounts(db, tag);
  const delivery = await deliveryCounts(db, ctx.sink, tag);

  const rows = await queryRows<{ email: string; reference: string; n: number }>(
    db,
    sql`select email, min(reference) as reference, count(*)::int as n from event_registrations
        where date_id = ${date.dateId} and email like ${addressPattern(tag)} group by email`,
  );
  const byEmail = new Map(rows.map((r) => [r.email, r]));
  const deliveredTo = new Map<string, number>();
  for (const d of ctx.sink.deliveries) for (const to of d.to) deliveredTo.set(to, (deliveredTo.get(to) ?? 0) + 1);
  let withoutRegistration = 0;
  let wrongReference = 0;
  let receiptsNotOne = 0;
  for (const [index, location] of confirmedPages) {
    const email = person(index, tag).email;
    const row = byEmail.get(email);
    if (row?.n !== 1) withoutRegistration++;
    else if (!location.includes(`/anmeldung/${row.reference}?`)) wrongReference++;
    if ((deliveredTo.get(email) ?? 0) !== 1) receiptsNotOne++;
  }
  const shown = new Set([...confirmedPages.keys()].map((i) => person(i, tag).email));
  const storedWithoutPage = rows.filter((r) => !shown.has(r.email)).length;

  const failures: string[] = [];
  if (withoutRegistration) failures.push(`${withoutRegistration} people saw a confirmation page but have not exactly one registration`);
  if (wrongReference) failures.push(`${wrongReference} confirmation pages name another registration than the stored one`);
  if (receiptsNotOne) failures.push(`${receiptsNotOne} people with a confirmation page did not get exactly one receipt`);
  if (counts.confirmed > seats || counts.counter !== counts.confirmed)
    failures.push(`overbooked or counter off: ${counts.confirmed} confirmed, counter ${counts.counter}, ${seats} seats`);
  if (counts.duplicateRegistrations) failures.push(`${counts.duplicateRegistrations} duplicate registrations`);
  if (delivery.deliveredMoreThanOnce) failures.push(`${delivery.deliveredMoreThanOnce} e-mails delivered more than once`);
  if (wait.open) failures.push(`${wait.open} e-mails still queued after ${wait.waitedMs} ms`);

  printResult('crash', {
    people,
    clients,
    seats,
    killedAfterConfirmations: killedAt,
    restartMs,
    requestsRepeatedByPeople: retries,
    confirmationPagesShown: confirmedPages.size,
    peopleWithoutConfirmationPage: outcome.failed,
    errorsByStep: stepErrors(errors),
    storedButNoPageShown: storedWithoutPage,
    confirmed: counts.confirmed,
    waiting: counts.waiting,
    overbooked: Math.max(0, counts.confirmed - seats),
    duplicateRegistrations: counts.duplicateRegistrations,
    mailsQueued: mails.queued,
    mailJobsRetried: mails.retried,
    mailsDeliveredMoreThanOnce: delivery.deliveredMoreThanOnce,
    mailsMissing: delivery.missing,
    mailWaitSeconds: round(wait.waitedMs / 1000, 1),
    failures,
  });
  await app.process.stop();
}
