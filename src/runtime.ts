import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildServer, jobHandlers } from './server.ts';
import type { Config } from './platform/config.ts';
import { Keyring } from './platform/crypto.ts';
import { openDatabase, type DatabaseHandle } from './platform/db/client.ts';
import { fileStoreFor } from './platform/files/store.ts';
import { unmovedFilesWarning } from './platform/files/move-files.ts';
import type { AppDeps, Feature } from './platform/deps.ts';
import { runMaintenance } from './platform/jobs/maintenance.ts';
import { outboxDir } from './platform/mail/outbox.ts';
import { JobHeartbeat } from './platform/jobs/heartbeat.ts';
import { JobWorker, LEASE_SECONDS, runDueJobs, type JobHandlers } from './platform/jobs/worker.ts';
import { SEND_MAIL_JOB, sendMailJob } from './platform/mail/queue.ts';
import { createMailTransport, type MailTransport } from './platform/mail/transport.ts';
import { platformRetention } from './platform/retention/platform-entries.ts';
import { resolveSecret, SiteSettingsStore } from './platform/settings/site-settings.ts';
import { features as allFeatures } from './features/index.ts';
import { AppMetrics } from './platform/metrics/app-metrics.ts';
import { platformGauges } from './platform/metrics/platform-gauges.ts';

export interface Runtime {
  app: FastifyInstance;
  deps: AppDeps;
  database: DatabaseHandle;
  transport: MailTransport;
  handlers: JobHandlers;
  /** runs every due job now (tests and the CLI) */
  runJobs(): Promise<number>;
  /** runs the periodic sweeps of platform and features now, as of `now` (tests) */
  sweep(now?: Date): Promise<void>;
  startWorker(): void;
  /** what the features say an operator must hear at start (e.g. demo accounts exist) */
  startupWarnings(): Promise<string[]>;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  /** an already open database (tests); otherwise opened from the config */
  database?: DatabaseHandle;
  transport?: MailTransport;
  logger?: boolean;
  /** where log lines go instead of standard output (tests read them) */
  logStream?: NodeJS.WritableStream;
  migrate?: boolean;
  features?: Feature[];
}

/** Assembles database, mail, jobs and the HTTP app from a configuration. */
export async function createRuntime(config: Config, options: RuntimeOptions = {}): Promise<Runtime> {
  const database =
    options.database ??
    (await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: path.join(config.dataDir, 'pglite'),
      poolSize: config.databasePoolSize,
    }));
  if (options.migrate !== false) await database.migrate();
  const secret = await resolveSecret(database.db, config.secretKey);
  const filesDir = path.join(config.dataDir, 'files');
  const list = options.features ?? allFeatures;
  const metrics = new AppMetrics();
  const deps: AppDeps = {
    config,
    db: database.db,
    keyring: new Keyring(secret),
    settings: new SiteSettingsStore(database.db),
    files: fileStoreFor(database, filesDir),
    personalData: list.flatMap((f) => (f.personalData ? [f.personalData] : [])),
    adminLinks: list.flatMap((f) => f.adminLinks ?? []),
    accountLinks: list.flatMap((f) => f.accountLinks ?? []),
    homeTeasers: list.flatMap((f) => (f.homeTeaser ? [f.homeTeaser] : [])),
    organisationSections: list.flatMap((f) => (f.organisationSections ? [f.organisationSections] : [])),
    retention: [...list.flatMap((f) => f.retention ?? []), ...platformRetention(config)],
    searchAccess: list.flatMap((f) => (f.searchAccess ? [f.searchAccess] : [])),
    apiOperations: list.flatMap((f) => f.apiOperations ?? []),
    loginMethods: list.flatMap((f) => (f.loginMethod ? [f.loginMethod] : [])),
    recordLockHeld: (lock, seconds) => metrics.lockHeld.observe({ lock }, seconds),
  };
  const transport = options.transport ?? createMailTransport({ smtpUrl: config.smtpUrl, outboxDir: outboxDir(config.dataDir), from: config.mailFrom });
  for (const gauge of [...platformGauges(database), ...list.flatMap((f) => f.gauges?.(deps) ?? [])]) metrics.addGauge(gauge);
  const handlers: JobHandlers = { [SEND_MAIL_JOB]: sendMailJob(transport, metrics), ...jobHandlers(deps, list) };
  const heartbeat = new JobHeartbeat(config.jobPollMs, LEASE_SECONDS * 1000);
  const app = await buildServer({
    deps,
    features: list,
    heartbeat,
    metrics,
    logger: options.logger ?? true,
    ...(options.logStream ? { logStream: options.logStream } : {}),
  });
  const sweep = async (now: Date) => {
    await runMaintenance(deps, now);
    for (const feature of list) await feature.sweep?.(deps, now);
  };
  const worker = new JobWorker(database.db, handlers, config.jobPollMs, app.log, sweep, heartbeat);
  return {
    app,
    deps,
    database,
    transport,
    handlers,
    runJobs: () => runDueJobs(database.db, handlers, app.log),
    sweep: (now = new Date()) => sweep(now),
    startWorker: () => worker.start(),
    startupWarnings: async () => [
      ...(await unmovedFilesWarning(database, filesDir)),
      ...(await Promise.all(list.map((f) => f.startupWarnings?.(deps) ?? []))).flat(),
    ],
    close: async () => {
      await app.close();
      await worker.stop();
      transport.close();
      await database.close();
    },
  };
}

/** Loads every feature's demo content. Idempotent: the seeds check what exists. */
export async function seedDemoContent(deps: AppDeps, list: Feature[] = allFeatures): Promise<void> {
  for (const feature of list) await feature.seedDemo?.(deps);
  await deps.settings.update({ demo: true });
}
