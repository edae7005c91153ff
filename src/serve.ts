import type { Config } from './platform/config.ts';
import { createRuntime, seedDemoContent } from './runtime.ts';

/**
 * One app process: database, worker and HTTP server, until SIGTERM/SIGINT. With several processes
 * only the first loads the demo content, so that two processes never seed at the same time;
 * migrations take an advisory lock of their own.
 */
export async function serve(config: Config, options: { first: boolean }): Promise<void> {
  const runtime = await createRuntime(config);
  const { app } = runtime;
  const seed = config.demoContent && options.first;
  if (seed) await seedDemoContent(runtime.deps);

  await app.listen({ port: config.port, host: config.host });
  runtime.startWorker();
  if (options.first) {
    app.log.info(
      `Digitale Kommune on ${config.baseUrl} – database: ${runtime.database.label}; mail: ${runtime.transport.label}; processes: ${config.processes}${seed ? '; demo content loaded' : ''}`,
    );
    for (const warning of await runtime.startupWarnings()) app.log.warn(`!!! WARNING !!! ${warning}`);
  }

  // Stop accepting, let running requests finish, then close jobs and the pool.
  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      app.log.info(`${signal} received, shutting down`);
      runtime
        .close()
        .then(() => process.exit(0))
        .catch((error: unknown) => {
          app.log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        });
    });
  }
}
