import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

/**
 * The physical reference of the registration rush: the smallest transaction that can take
 * a seat — update one counter row, insert one row — with the same number of clients on the
 * same server. Every client updates the same row, so like the rush it measures how fast
 * PostgreSQL on this machine hands one row lock from transaction to transaction.
 * pgbench when it is installed; otherwise the same loop in Node over `pg`, and we say so.
 */
export interface ReferenceResult {
  tool: 'pgbench' | 'node-pg loop (pgbench not installed)';
  clients: number;
  seconds: number;
  transactions: number;
  tps: number;
  latencyAvgMs: number;
}

const SETUP = `
  drop table if exists bench_ref_rows;
  drop table if exists bench_ref_counter;
  create table bench_ref_counter (id int primary key, n bigint not null);
  insert into bench_ref_counter values (1, 0);
  create table bench_ref_rows (id bigserial primary key, counter_id int not null, payload int not null, created_at timestamptz not null default now());
`;
const UPDATE = 'update bench_ref_counter set n = n + 1 where id = 1';
const INSERT = 'insert into bench_ref_rows (counter_id, payload) values (1, $1)';

function hasPgbench(): boolean {
  try {
    execFileSync('pgbench', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function setup(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(SETUP);
  } finally {
    await client.end();
  }
}

export async function runTransactionReference(url: string, clients: number, seconds: number, tmpDir: string): Promise<ReferenceResult> {
  await setup(url);
  return hasPgbench() ? runPgbench(url, clients, seconds, tmpDir) : runNodeLoop(url, clients, seconds);
}

async function runPgbench(url: string, clients: number, seconds: number, tmpDir: string): Promise<ReferenceResult> {
  const script = path.join(tmpDir, 'reference.pgbench');
  // The same statements as the Node loop; :p keeps the inserted rows different.
  fs.writeFileSync(script, `\\set p random(1, 1000000)\nBEGIN;\n${UPDATE};\n${INSERT.replace('$1', ':p')};\nEND;\n`);
  const output = await new Promise<string>((resolve, reject) => {
    // -M extended: parameters travel like node-postgres sends them; -j 2: one thread per core.
    execFile('pgbench', ['-n', '-M', 'extended', '-j', '2', '-c', String(clients), '-T', String(seconds), '-f', script, url], (error, stdout, stderr) =>
      error ? reject(new Error(`pgbench failed: ${stderr || error.message}`)) : resolve(stdout),
    );
  });
  const tps = Number(/tps = ([\d.]+)/.exec(output)?.[1]);
  const transactions = Number(/actually processed: (\d+)/.exec(output)?.[1]);
  const latencyAvgMs = Number(/latency average = ([\d.]+) ms/.exec(output)?.[1]);
  if (!Number.isFinite(tps)) throw new Error(`could not read pgbench output:\n${output}`);
  return { tool: 'pgbench', clients, seconds, transactions, tps: Math.round(tps), latencyAvgMs };
}

async function runNodeLoop(url: string, clients: number, seconds: number): Promise<ReferenceResult> {
  const pool = new pg.Pool({ connectionString: url, max: clients });
  const deadline = performance.now() + seconds * 1000;
  let transactions = 0;
  let latencyTotal = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      const client = await pool.connect();
      try {
        while (performance.now() < deadline) {
          const t0 = performance.now();
          await client.query('begin');
          await client.query(UPDATE);
          await client.query(INSERT, [Math.floor(Math.random() * 1_000_000)]);
          await client.query('commit');
          latencyTotal += performance.now() - t0;
          transactions++;
        }
      } finally {
        client.release();
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  await pool.end();
  return {
    tool: 'node-pg loop (pgbench not installed)',
    clients,
    seconds,
    transactions,
    tps: Math.round(transactions / elapsed),
    latencyAvgMs: Math.round((latencyTotal / Math.max(1, transactions)) * 1000) / 1000,
  };
}
