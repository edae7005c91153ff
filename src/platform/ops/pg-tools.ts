import { spawn } from 'node:child_process';
import { OpsError } from './ops-error.ts';

/**
 * The libpq connection for pg_dump / pg_restore. The password travels in PGPASSWORD, not
 * on the command line, where every user of the machine could read it in `ps`.
 */
export function libpqConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

/** Runs a PostgreSQL client program; its error output becomes the operator's message. */
export function runPgTool(program: 'pg_dump' | 'pg_restore', args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new OpsError(
              `${program} was not found. Install the PostgreSQL client programs of the server's major version or newer (Debian: apt-get install postgresql-client-15).`,
            )
          : error,
      );
    });
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new OpsError(`${program} failed (exit code ${code}):\n${stderr.trim()}`));
    });
  });
}
