import { loadConfig } from './platform/config.ts';
import { createRuntime, seedDemoContent } from './platform/runtime.ts';

const config = loadConfig();
const runtime = await createRuntime(config);
const { app } = runtime;

if (config.demoContent) await seedDemoContent(runtime.deps);

await app.listen({ port: config.port, host: config.host });
runtime.startWorker();
app.log.info(
  `Digitale Kommune on ${config.baseUrl} – database: ${runtime.database.label}; mail: ${runtime.transport.label}${config.demoContent ? '; demo content loaded' : ''}`,
);

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
