import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/platform/db/client.ts';

export interface BenchDatabase {
  name: string;
  /** connection string of the bench database (same server, user and password) */
  url: string;
  handle: DatabaseHandle;
  drop(): Promise<void>;
}

export function databaseUrlFor(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(serverUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * A database of its own on the given server, migrated like production. The name is random
 * so that two runs (or a run and the test suite) never share tables.
 */
export async function createBenchDatabase(serverUrl: string): Promise<BenchDatabase> {
  const name = `dk_bench_${randomBytes(4).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = databaseUrlFor(serverUrl, name);
  let handle: DatabaseHandle | undefined;
  let dropped = false;
  const drop = async () => {
    if (dropped) return;
    dropped = true;
    await handle?.close().catch(() => undefined);
    // FORCE ends the sessions of an app process that did not exit (PostgreSQL 13+).
    await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
  };
  try {
    handle = await openDatabase({ databaseUrl: url, poolSize: 4 });
    await handle.migrate();
  } catch (error) {
    await drop();
    throw error;
  }
  return { name, url, handle, drop };
}
