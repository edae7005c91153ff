import fs from 'node:fs';
import path from 'node:path';
import { cpuMs, ROOT } from '../lib/app-process.ts';
import type { BenchContext } from '../lib/context.ts';
import { Histogram, round } from '../lib/histogram.ts';
import { HttpClient, runClients } from '../lib/load.ts';
import { lockHeldBetween, readLockHeld } from '../lib/lock-hold.ts';
import { runTransactionReference } from '../lib/pg-reference.ts';
import { databaseNow, deliveryCounts, mailCounts, registrationTimeline, seatCounts, waitForMails } from '../lib/registration-counts.ts';
import { FlowError, person, registerThroughBrowser, registrationFormPath } from '../lib/registration-flow.ts';
import { printResult, progress, target } from '../lib/report.ts';
import { seedRushDate, type RushDate } from '../lib/seed.ts';
import { statementsPer } from '../lib/statements.ts';
import { lineChartSvg } from '../lib/svg-chart.ts';

const CHART = path.join(ROOT, 'docs/benchmarks-rush.svg');

let anyDate: Promise<RushDate> | undefined;

/** a date open for registration, for scenarios that only need one to exist */
export function ensureRushDate(ctx: BenchContext): Promise<RushDate> {
  anyDate ??= seedRushDate(ctx.db.handle.db, `bench-termin-${ctx.runId}`, 20);
  return anyDate;
}

/** true when the registration form of a date answers; until then the rush is a reported gap */
export async function registrationAvailable(base: string, date: RushDate): Promise<boolean> {
  const client = new HttpClient(base, 1);
  try {
    const res = await client.get(registrationFormPath(date.eventSlug, date.dateId), { headers: { accept: 'text/html' } });
    return res.status === 200;
  } finally {
    client.close();
  }
}

export function stepErrors(errors: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...errors.entries()].sort());
}

export function countError(errors: Map<string, number>, error: unknown): void {
  const key =
    error instanceof FlowError ? `${error.step} HTTP ${error.status}` : `network: ${error instanceof Error ? error.message.slice(0, 60) : String(error)}`;
  errors.set(key, (errors.get(key) ?? 0) + 1);
}

/**
 * The registration rush: one date, many different people at the same moment, each going
 * through the real HTTP flow. Counts what must hold (exactly `seats` confirmed, the rest
 * waiting, no duplicates, one e-mail per person delivered exactly once) and how fast.
 */
export async function registrationRushScenario(ctx: BenchContext): Promise<void> {
  const quick = ctx.options.quick;
  const people = quick ? 500 : 2000;
  const clients = quick ? 32 : 64;
  const seats = quick ? 50 : 200;
  const app = await ctx.mainApp();
  const db = ctx.db.handle.db;
  const date = await seedRushDate(db, `bench-rush-${ctx.runId}`, seats);
  if (!(await registrationAvailable(app.url, date))) {
    printResult('registration-rush', {
      measured: false,
      notes: ['GAP: not measured – the registration form answers no 200 (src/features/events/registration-routes.ts is not in place yet)'],
    });
    return;
  }
  const tag = `rush-${ctx.runId}`;
  const formPath = registrationFormPath(date.eventSlug, date.dateId);
  const client = new HttpClient(app.url, clients);
  const confirmLatency = new Histogram();
  const formLatency = new Histogram();
  const checkLatency = new Histogram();
  const errors = new Map<string, number>();

  progress(`registration-rush: ${people} people, ${clients} clients, ${seats} seats`);
  const startMs = await databaseNow(db);
  const cpuBefore = cpuMs(app.process.pid);
  const lockBefore = await readLockHeld(app.url);
  const outcome = await runClients({ clients, total: people }, async (index) => {
    try {
      const { timings } = await registerThroughBrowser(client, formPath, person(index, tag));
      formLatency.record(timings.formMs);
      checkLatency.record(timings.checkMs);
      confirmLatency.record(timings.confirmMs);
    } catch (error) {
      countError(errors, error);
      throw error;
    }
  });
  client.close();
  const cpuAfter = cpuMs(app.process.pid);
  const lockHeld = lockHeldBetween(lockBefore, await readLockHeld(app.url));
  const seconds = outcome.elapsedMs / 1000;
  const perSecond = Math.round(outcome.completed / seconds);

  progress(`registration-rush: ${outcome.completed} registered in ${round(seconds)} s; waiting for the e-mails`);
  // One SMTP connection per mail is what the app does today (about 9 a second against this
  // sink); the wait allows for that with room to spare.
  const wait = await waitForMails(db, tag, 60_000 + people * 200);
  const counts = await seatCounts(db, date.dateId);
  const mails = await mailCounts(db, tag);
  const delivery = await deliveryCounts(db, ctx.sink, tag);

  // the same flow, five people one after the other, on a date of its own, through the
  // statement-counting proxy
  const countDate = await seedRushDate(db, `bench-count-${ctx.runId}`, 5);
  let next = 0;
  const statementsPerPerson = await statementsPer(ctx, async (base) => {
    const one = new HttpClient(base, 1);
    for (let i = 0; i < 5; i++)
      await registerThroughBrowser(one, registrationFormPath(countDate.eventSlug, countDate.dateId), person(next++, `count-${ctx.runId}`));
    one.close();
    return 5;
  });

  progress(`registration-rush: reference transaction with ${clients} clients`);
  const reference = await runTransactionReference(ctx.db.url, clients, quick ? 5 : 10, ctx.tmpDir);
  const ratio = round(perSecond / Math.max(1, reference.tps));

  const failures: string[] = [];
  const expectWaiting = people - seats;
  if (counts.confirmed !== seats) failures.push(`confirmed ${counts.confirmed}, expected ${seats}`);
  if (counts.counter !== counts.confirmed) failures.push(`seat counter ${counts.counter} differs from ${counts.confirmed} confirmed registrations`);
  if (counts.waiting !== expectWaiting) failures.push(`waiting ${counts.waiting}, expected ${expectWaiting}`);
  if (counts.duplicateRegistrations) failures.push(`${counts.duplicateRegistrations} duplicate registrations`);
  if (outcome.failed) failures.push(`${outcome.failed} people got an unexpected answer`);
  if (mails.queued !== people || mails.recipients !== people)
    failures.push(`${mails.queued} e-mails queued for ${mails.recipients} people, expected one each for ${people}`);
  if (delivery.missing || wait.open) failures.push(`${delivery.missing} e-mails not delivered (${wait.open} still queued after ${wait.waitedMs} ms)`);
  if (delivery.deliveredMoreThanOnce) failures.push(`${delivery.deliveredMoreThanOnce} e-mails delivered more than once`);

  const chart = quick
    ? 'not written in --quick runs (docs/benchmarks-rush.svg shows the full run)'
    : writeChart(await registrationTimeline(db, date.dateId, startMs), people, seats, clients, perSecond);
  printResult('registration-rush', {
    people,
    clients,
    seats,
    confirmed: counts.confirmed,
    waiting: counts.waiting,
    errors: outcome.failed,
    errorsByStep: stepErrors(errors),
    duplicateRegistrations: counts.duplicateRegistrations,
    mailsQueued: mails.queued,
    mailsDeliveredOnce: delivery.delivered - delivery.deliveredMoreThanOnce,
    mailsDeliveredMoreThanOnce: delivery.deliveredMoreThanOnce,
    mailsMissing: delivery.missing,
    mailDeliveryWaitMs: wait.waitedMs,
    mailsPerSecond: deliveryRate(ctx, tag),
    seconds: round(seconds),
    registrationsPerSecond: perSecond,
    registrationsPerMinute: perSecond * 60,
    confirmP50Ms: confirmLatency.summary().p50Ms,
    confirmP95Ms: confirmLatency.summary().p95Ms,
    confirmP99Ms: confirmLatency.summary().p99Ms,
    // how long each confirmation held the date's lock (the app's histogram; quantiles to the bucket)
    lockHeld,
    formP99Ms: formLatency.summary().p99Ms,
    checkP99Ms: checkLatency.summary().p99Ms,
    requestsPerPerson: 3,
    sqlStatementsPerPerson: statementsPerPerson,
    // CPU the app process spent per person, and how busy it was (100 % = one core)
    appCpuMsPerPerson: cpuBefore !== undefined && cpuAfter !== undefined ? round((cpuAfter - cpuBefore) / Math.max(1, outcome.completed), 1) : null,
    appCpuPercent: cpuBefore !== undefined && cpuAfter !== undefined ? Math.round(((cpuAfter - cpuBefore) / outcome.elapsedMs) * 100) : null,
    reference,
    ratio,
    chart,
    targets: [
      target('registrations per second', perSecond, '>=', 250),
      target('confirm p99 ms', confirmLatency.summary().p99Ms, '<', 150),
      target('date lock held p99 ms (at most)', lockHeld.p99AtMostMs, '<', 3.001),
      target('ratio to reference transaction', ratio, '>=', 0.3),
    ],
    failures,
    notes: outcome.firstErrors.length ? [`first errors: ${outcome.firstErrors.join(' | ')}`] : [],
  });
}

/** e-mails of the scenario per second, from the first to the last arrival at the sink */
function deliveryRate(ctx: BenchContext, tag: string): number {
  const times = ctx.sink.deliveries.filter((d) => d.to.some((t) => t.startsWith(`${tag}-`))).map((d) => d.at);
  if (times.length < 2) return 0;
  return round(times.length / ((Math.max(...times) - Math.min(...times)) / 1000), 1);
}

function writeChart(timeline: { s: number; status: string }[], people: number, seats: number, clients: number, perSecond: number): string {
  const all: [number, number][] = [[0, 0]];
  const confirmed: [number, number][] = [[0, 0]];
  // one point per 1 % of the registrations keeps the file small and the line smooth
  const every = Math.max(1, Math.floor(timeline.length / 100));
  let seated = 0;
  timeline.forEach((r, i) => {
    if (r.status === 'confirmed') {
      seated++;
      confirmed.push([r.s, seated]);
    }
    if (i % every === 0 || i === timeline.length - 1) all.push([r.s, i + 1]);
  });
  const svg = lineChartSvg({
    title: `Registration rush: ${people} people, ${clients} clients, ${seats} seats`,
    description: `Registrations stored over time in the full benchmark run: ${timeline.length} stored, about ${perSecond} per second; the ${seats} seats were taken by the first ${seats}, everyone after that went to the waiting list.`,
    xLabel: 'seconds since the first request',
    yLabel: 'registrations stored',
    series: [
      { name: 'all registrations (seat or waiting list)', color: '#005ea5', points: all },
      { name: 'confirmed seats', color: '#b35900', points: confirmed, dashed: true },
    ],
  });
  fs.writeFileSync(CHART, svg);
  return path.relative(ROOT, CHART);
}
