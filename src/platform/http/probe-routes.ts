import type { FastifyInstance, FastifyReply } from 'fastify';
import { type Database, ping } from '../db/client.ts';
import { appliedMigrations, shippedMigrations } from '../db/migration-state.ts';
import type { JobHeartbeat } from '../jobs/heartbeat.ts';

/** Probes answer without the session, the settings or any other look-up a page needs. */
export const PROBE_PATHS: readonly string[] = ['/livez', '/readyz', '/healthz'];

export interface Readiness {
  status: 'ok' | 'unavailable';
  database: 'ok' | 'unreachable';
  /** 'unknown' while the database cannot be asked */
  migrations: 'applied' | 'pending' | 'unknown';
  jobs: ReturnType<JobHeartbeat['state']>;
}

/**
 * The probes of a load balancer or orchestrator. /livez says only that the process answers, so
 * that a database outage never gets healthy processes restarted; /readyz (and /healthz, its
 * older name) says whether this process should get requests: database reachable, every
 * migration of this build applied, the job worker alive.
 */
export function registerProbes(app: FastifyInstance, db: Database, heartbeat: JobHeartbeat): void {
  const shipped = shippedMigrations();
  // Migrations are never taken back: once all are seen, the count is not asked again.
  let allApplied = false;

  async function readiness(): Promise<Readiness> {
    const jobs = heartbeat.state();
    try {
      await ping(db);
    } catch {
      return { status: 'unavailable', database: 'unreachable', migrations: allApplied ? 'applied' : 'unknown', jobs };
    }
    allApplied ||= (await appliedMigrations(db)) >= shipped;
    const migrations = allApplied ? 'applied' : 'pending';
    const ready = allApplied && (jobs === 'alive' || jobs === 'idle');
    return { status: ready ? 'ok' : 'unavailable', database: 'ok', migrations, jobs };
  }

  const answer = async (reply: FastifyReply) => {
    const state = await readiness();
    return reply
      .status(state.status === 'ok' ? 200 : 503)
      .header('cache-control', 'no-store')
      .send(state);
  };

  app.get('/livez', async (_request, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => answer(reply));
  app.get('/healthz', async (_request, reply) => answer(reply));
}
