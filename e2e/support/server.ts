import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/platform/config.ts';
import type { Feature } from '../../src/platform/deps.ts';
import { createRuntime, seedDemoContent, type Runtime } from '../../src/runtime.ts';
import { TEST_SECRET_KEY } from '../../src/testing/harness.ts';
import { openTestDatabase, type Backend } from '../../src/platform/testing/test-database.ts';
import { openDemoDatabase } from './demo-template.ts';

export interface TestServer {
  /** e.g. http://127.0.0.1:41234, without a trailing slash */
  baseUrl: string;
  /** where the app writes every e-mail as an .eml file */
  outboxDir: string;
  runtime: Runtime;
  close(): Promise<void>;
}

/**
 * The real app on a random port, as `npm start` runs it: demo content, the background
 * worker and the file outbox, on a fresh clone of the test database (PGlite unless asked).
 */
export async function startTestServer(options: { features?: Feature[]; backend?: Backend } = {}): Promise<TestServer> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dk-e2e-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    SECRET_KEY: TEST_SECRET_KEY,
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: '0',
    JOB_POLL_MS: '100',
    DEMO_CONTENT: '1',
    LOG_LEVEL: 'silent',
  });
  // The whole app on the embedded database starts from the seeded template (demo-template.ts).
  const fromTemplate = !options.features && (options.backend ?? 'pglite') === 'pglite';
  const database = fromTemplate ? await openDemoDatabase(config) : await openTestDatabase(options.backend ?? 'pglite');
  let runtime: Runtime;
  try {
    runtime = await createRuntime(config, {
      database,
      logger: false,
      migrate: false,
      ...(options.features ? { features: options.features } : {}),
    });
  } catch (error) {
    await database.close();
    throw error;
  }
  try {
    if (!fromTemplate) await seedDemoContent(runtime.deps, options.features);
    await runtime.app.listen({ host: config.host, port: 0 });
  } catch (error) {
    await runtime.close();
    throw error;
  }
  const { port } = runtime.app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  // Links in e-mails must point at this server; the port is only known after listen().
  config.baseUrl = baseUrl;
  runtime.startWorker();
  return {
    baseUrl,
    outboxDir: path.join(dataDir, 'outbox'),
    runtime,
    close: async () => {
      await runtime.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
