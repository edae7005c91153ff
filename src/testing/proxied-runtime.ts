import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../platform/config.ts';
import { inCI } from '../platform/testing/ci.ts';
import { TcpProxy } from '../platform/testing/tcp-proxy.ts';
import { openTestDatabase, requireServerUrl } from '../platform/testing/test-database.ts';
import { createRuntime, type Runtime } from '../runtime.ts';

/**
 * For suites that need the PostgreSQL server itself (PGlite runs inside the process): outside
 * CI they are skipped without one; in CI they always run, so that a missing TEST_DATABASE_URL
 * fails them.
 */
export const skipWithoutServer: false | string = process.env.TEST_DATABASE_URL || inCI ? false : 'needs TEST_DATABASE_URL';

export interface ProxiedRuntime {
  runtime: Runtime;
  /** between the app and the server: cut it for an outage, read what passed through it */
  proxy: TcpProxy;
  close(): Promise<void>;
}

/** The whole app on a fresh clone on the PostgreSQL server, every connection through a TcpProxy. */
export async function startProxiedRuntime(options: { keepStatements?: boolean; env?: Record<string, string> } = {}): Promise<ProxiedRuntime> {
  const clone = await openTestDatabase('postgres');
  const upstream = new URL(requireServerUrl());
  const proxy = new TcpProxy({ host: upstream.hostname, port: Number(upstream.port || 5432) }, { keepStatements: options.keepStatements ?? false });
  await proxy.start();
  const viaProxy = new URL(requireServerUrl());
  viaProxy.host = `127.0.0.1:${proxy.port}`;
  viaProxy.pathname = `/${clone.databaseName}`;
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dk-proxied-'));
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: viaProxy.toString(), DATA_DIR: dataDir, DEMO_CONTENT: '0', LOG_LEVEL: 'silent', ...options.env });
  const runtime = await createRuntime(config, { logger: false, migrate: false });
  return {
    runtime,
    proxy,
    close: async () => {
      await runtime.close();
      await proxy.cut();
      await clone.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
