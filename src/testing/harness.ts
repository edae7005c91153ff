import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { hashPassword } from '../platform/auth/password.ts';
import { insertUser } from '../platform/auth/user-repository.ts';
import { loadConfig, type Config } from '../platform/config.ts';
import type { SiteRole } from '../platform/db/tables.ts';
import type { AppDeps, Feature } from '../platform/deps.ts';
import type { MailTransport, OutgoingMail } from '../platform/mail/transport.ts';
import { createRuntime, type Runtime } from '../runtime.ts';
import { backends, openTestDatabase, type Backend } from '../platform/testing/test-database.ts';

export type { Backend };
export { backends };

/** Declares the same suite once per database backend: "name [pglite]", "name [postgres]". */
export function eachBackend(name: string, fn: (backend: Backend) => void): void {
  for (const backend of backends) {
    describe(`${name} [${backend}]`, () => fn(backend));
  }
}

/** An e-mail as the mail transport received it, after the job queue delivered it. */
export interface CapturedMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: OutgoingMail['attachments'];
  messageId?: string;
  listUnsubscribe?: string;
}

class CapturingTransport implements MailTransport {
  readonly label = 'captured in memory (tests)';

  constructor(private readonly mails: CapturedMail[]) {}

  async send(mail: OutgoingMail): Promise<void> {
    this.mails.push({ ...mail });
  }

  close(): void {}
}

export interface TestRuntime {
  runtime: Runtime;
  app: FastifyInstance;
  deps: AppDeps;
  /** every mail sent so far; mails are sent by jobs, so call runJobs() first */
  mails: CapturedMail[];
  /** runs every due job now; returns how many ran */
  runJobs(): Promise<number>;
  close(): Promise<void>;
}

export interface TestRuntimeOptions {
  /** defaults to every feature of the platform */
  features?: Feature[];
  config?: Partial<Config>;
  /** collects the app's log lines (at the config's level) instead of switching logging off */
  logStream?: NodeJS.WritableStream;
}

/** Long enough for the config's rule; tests never need it to be secret. */
export const TEST_SECRET_KEY = 'test-secret-key-of-digitale-kommune-0123456789';

/** The whole app on a fresh database, without a network port: drive it with app.inject or TestClient. */
export async function createTestRuntime(backend: Backend, options: TestRuntimeOptions = {}): Promise<TestRuntime> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dk-test-'));
  const config: Config = {
    ...loadConfig({
      NODE_ENV: 'test',
      SECRET_KEY: TEST_SECRET_KEY,
      DATA_DIR: dataDir,
      BASE_URL: 'http://localhost',
      DEMO_CONTENT: '0',
      LOG_LEVEL: 'silent',
    }),
    ...options.config,
  };
  const database = await openTestDatabase(backend);
  const mails: CapturedMail[] = [];
  let runtime: Runtime;
  try {
    runtime = await createRuntime(config, {
      database,
      transport: new CapturingTransport(mails),
      logger: options.logStream !== undefined,
      ...(options.logStream ? { logStream: options.logStream } : {}),
      // the template is migrated already
      migrate: false,
      ...(options.features ? { features: options.features } : {}),
    });
  } catch (error) {
    await database.close();
    await fs.rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    runtime,
    app: runtime.app,
    deps: runtime.deps,
    mails,
    runJobs: () => runtime.runJobs(),
    close: async () => {
      await runtime.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface TestUserOptions {
  email?: string;
  password?: string;
  displayName?: string;
  siteRole?: SiteRole;
  /** whether the address is confirmed; default true */
  verified?: boolean;
}

export const TEST_PASSWORD = 'Sicheres-Passwort-2026';

// argon2 is slow on purpose; tests create many accounts with the same few passwords.
const hashes = new Map<string, Promise<string>>();

/** Creates an account directly in the database, as if the person had signed up and confirmed. */
export async function createTestUser(deps: AppDeps, options: TestUserOptions = {}): Promise<{ id: string; email: string; password: string }> {
  const email = options.email ?? `person-${randomUUID()}@beispiel.de`;
  const password = options.password ?? TEST_PASSWORD;
  let hash = hashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  const row = await insertUser(deps.db, {
    email,
    displayName: options.displayName ?? 'Erika Mustermann',
    passwordHash: await hash,
    siteRole: options.siteRole ?? 'member',
    emailVerifiedAt: options.verified === false ? null : new Date(),
  });
  if (!row) throw new Error(`createTestUser: an account with ${email} exists already`);
  return { id: row.id, email: row.email, password };
}
