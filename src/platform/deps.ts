import type { FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import type { Keyring } from './crypto.ts';
import type { Database } from './db/client.ts';
import type { JobHandlers } from './jobs/worker.ts';
import type { SiteSettingsStore } from './settings/site-settings.ts';
import type { NavEntry } from './views/context.ts';

/** What the platform hands every feature. Features receive it; they never build it. */
export interface AppDeps {
  config: Config;
  db: Database;
  keyring: Keyring;
  settings: SiteSettingsStore;
}

/**
 * A feature is a folder under src/features with one of these as its entry point. The
 * server registers its routes, main-navigation entries and background job handlers.
 */
export interface Feature {
  name: string;
  routes(app: FastifyInstance, deps: AppDeps): Promise<void> | void;
  nav?: NavEntry[];
  jobs?(deps: AppDeps): JobHandlers;
  /** loads this feature's demo content; must be idempotent, it runs on every start */
  seedDemo?(deps: AppDeps): Promise<void>;
}
