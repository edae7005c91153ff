import Fastify, { type FastifyInstance } from 'fastify';
import type { AppDeps, Feature } from './platform/deps.ts';
import { frameworkErrorPage, registerPlatform } from './platform/http/platform-plugin.ts';
import { JobHeartbeat } from './platform/jobs/heartbeat.ts';
import { registerProbes } from './platform/http/probe-routes.ts';
import { requestIdFor } from './platform/http/request-id.ts';
import { registerSecurityTxt } from './platform/http/security-txt.ts';
import { AppMetrics } from './platform/metrics/app-metrics.ts';
import { registerMetrics } from './platform/metrics/metrics-routes.ts';
import { LEASE_SECONDS, type JobHandlers } from './platform/jobs/worker.ts';
import { serializeRequest } from './platform/http/log-redaction.ts';
import { features } from './features/index.ts';

export interface BuildOptions {
  deps: AppDeps;
  /** defaults to the registered features; tests may pass a subset */
  features?: Feature[];
  logger?: boolean;
  /** where log lines go instead of standard output (tests read them) */
  logStream?: NodeJS.WritableStream;
  /** the job worker's, for the readiness probe; without one the process runs no worker */
  heartbeat?: JobHeartbeat;
  /** the app's figures; without them, /metrics shows the requests and the process alone */
  metrics?: AppMetrics;
}

/** Builds the HTTP app from the platform and the features. No logic of its own. */
export async function buildServer(options: BuildOptions): Promise<FastifyInstance> {
  const { deps } = options;
  const list = options.features ?? features;
  const nav = list.flatMap((f) => f.nav ?? []);
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : { level: deps.config.logLevel, serializers: { req: serializeRequest }, ...(options.logStream ? { stream: options.logStream } : {}) },
    trustProxy: deps.config.trustProxy.length > 0 ? deps.config.trustProxy : false,
    bodyLimit: 256 * 1024,
    genReqId: requestIdFor,
    requestTimeout: 30_000,
    return503OnClosing: true,
    frameworkErrors: frameworkErrorPage(deps, nav),
  });
  await registerPlatform(app, deps, nav);
  registerProbes(app, deps.db, options.heartbeat ?? new JobHeartbeat(deps.config.jobPollMs, LEASE_SECONDS * 1000));
  registerSecurityTxt(app, deps);
  registerMetrics(app, deps.config.metrics, options.metrics ?? new AppMetrics());
  for (const feature of list) {
    await app.register(async (scope) => feature.routes(scope, deps));
  }
  return app;
}

export function jobHandlers(deps: AppDeps, list: Feature[] = features): JobHandlers {
  return Object.assign({}, ...list.map((f) => f.jobs?.(deps) ?? {})) as JobHandlers;
}
