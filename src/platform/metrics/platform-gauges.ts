import type { DatabaseHandle } from '../db/client.ts';
import { countJobsByState } from '../jobs/repository.ts';
import type { GaugeDefinition } from './gauge.ts';

/** The platform's own gauges: the job queue, and the connection pool of each process. */
export function platformGauges(database: DatabaseHandle): GaugeDefinition[] {
  const gauges: GaugeDefinition[] = [
    {
      name: 'jobs',
      help: 'Background jobs not yet done by kind and state (scheduled, due, running, retrying), and those given up on (failed)',
      labelNames: ['kind', 'state'],
      read: async () => (await countJobsByState(database.db)).map((row) => ({ labels: { kind: row.kind, state: row.state }, value: row.count })),
    },
  ];
  const pool = database.pool;
  if (pool) {
    gauges.push(
      {
        name: 'db_pool_connections',
        help: 'Connections of the app processes to PostgreSQL, in use or idle',
        labelNames: ['state'],
        scope: 'process',
        read: () => {
          const use = pool();
          return [
            { labels: { state: 'in_use' }, value: use.inUse },
            { labels: { state: 'idle' }, value: use.idle },
          ];
        },
      },
      {
        name: 'db_pool_waiting',
        help: 'Requests of the app processes waiting for a free connection to PostgreSQL',
        labelNames: [],
        scope: 'process',
        read: () => [{ labels: {}, value: pool().waiting }],
      },
      {
        name: 'db_pool_size',
        help: 'Largest number of connections the app processes may open (DATABASE_POOL_SIZE per process)',
        labelNames: [],
        scope: 'process',
        read: () => [{ labels: {}, value: pool().size }],
      },
    );
  }
  return gauges;
}
