import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import type { Config } from './config.ts';
import type { Keyring } from './crypto.ts';
import type { Database, Executor } from './db/client.ts';
import type { FileStore } from './files/store.ts';
import type { JobHandlers } from './jobs/worker.ts';
import type { SiteSettingsStore } from './settings/site-settings.ts';
import type { Permission } from './auth/policy.ts';
import type { Locale, Messages } from './i18n/index.ts';
import type { NavEntry, ViewContext } from './views/context.ts';
import type { RetentionEntry } from './retention/registry.ts';
import type { GaugeDefinition } from './metrics/gauge.ts';
import type { ApiOperation } from './api/operation.ts';

/** What the platform hands every feature. Features receive it; they never build it. */
export interface AppDeps {
  config: Config;
  db: Database;
  keyring: Keyring;
  settings: SiteSettingsStore;
  /** uploaded files (documents, pictures, videos), content-checked; bytes on disk, rows in the database */
  files: FileStore;
  /** every feature's part of a person's data, for the export and for account deletion */
  personalData: PersonalDataProvider[];
  /** every feature's cards for the administration's start page */
  adminLinks: AdminLink[];
  /** every feature's links on a person's account page */
  accountLinks: AccountLink[];
  /** what the features show on the start page (next events, latest news …) */
  homeTeasers: HomeTeaserProvider[];
  /** what the features show on an organisation's profile (funded projects, applications …) */
  organisationSections: OrganisationSectionProvider[];
  /** every kind of personal data kept, where and how long: the platform's and the features' (/datenschutz/loeschfristen) */
  retention: RetentionEntry[];
  /** what each feature lets a person find beyond the public content (the groups they are in) */
  searchAccess: SearchAccessProvider[];
  /** every feature's operations of the API (/api/v1), for its OpenAPI document and documentation page */
  apiOperations: ApiOperation[];
  /** the ways to log in beside the password (single sign-on), which the accounts feature places in its pages */
  loginMethods: LoginMethod[];
  /** how long a row lock that others queue for was held (e.g. a date's seats), for /metrics */
  recordLockHeld(lock: string, seconds: number): void;
}

/**
 * A way to log in beside the password, e.g. single sign-on at the state's provider. The accounts
 * feature owns the login page, the account page and the logout and cannot know the features that
 * build on it, so they hand in their parts.
 */
export interface LoginMethod {
  /** a button above the password form of /anmelden; nothing when the method is not configured */
  loginOption(deps: AppDeps, ctx: ViewContext, next: string): ComponentChildren;
  /** a section of the account page about the person's link to the method; nothing when not configured */
  accountSection(deps: AppDeps, ctx: ViewContext, userId: string): Promise<ComponentChildren>;
  /**
   * Where the logout goes next (e.g. the provider's end-session page) when the ending session came
   * from this method; undefined: the platform's own page. Asked before the session ends.
   */
  logoutRedirect(deps: AppDeps, request: FastifyRequest, reply: FastifyReply): Promise<string | undefined>;
}

/**
 * The search keys of a person: a document indexed with one of them (e.g. a members-only group's
 * discussion) is found by that person only. The search cannot know which groups exist.
 */
export type SearchAccessProvider = (db: Executor, userId: string) => Promise<string[]>;

/** A short list on the start page, e.g. the next three events, with a link to all of them. */
export interface HomeTeaser {
  title: string;
  items: { href: string; title: string; meta: string }[];
  more: { href: string; label: string };
}

export type HomeTeaserProvider = (deps: AppDeps, locale: Locale, t: Messages, now: Date) => Promise<HomeTeaser | undefined>;

/** A list on an organisation's profile that another feature keeps, e.g. its funded projects. */
export interface OrganisationSection {
  title: string;
  items: { href?: string | undefined; title: string; meta: string }[];
}

/**
 * Who looks at the profile: a member sees what belongs to the organisation alone (its
 * applications), a manager also the way to work on it.
 */
export interface OrganisationViewer {
  member: boolean;
  manager: boolean;
}

/**
 * The organisations feature cannot know the features that build on it, so they hand in their
 * sections; each answers only what the viewer may see.
 */
export type OrganisationSectionProvider = (
  deps: AppDeps,
  organisation: { id: string },
  viewer: OrganisationViewer,
  t: Messages,
  locale: Locale,
) => Promise<OrganisationSection[]>;

/**
 * A link on the account page to a feature's pages about the person's organisations (their
 * applications, their solutions): the account page cannot know the features built on it.
 */
export interface AccountLink {
  href: string;
  label: (t: Messages) => string;
}

export interface AdminLink {
  href: string;
  permission: Permission;
  title: (t: Messages) => string;
  body: (t: Messages) => string;
}

/**
 * DSGVO: each feature knows which personal data it holds. The export asks every provider;
 * account deletion asks every provider to remove or anonymise what belongs to the person
 * and to keep what the programme must keep, without the person.
 */
export interface PersonalDataProvider {
  /** key of this feature's part in the JSON export */
  key: string;
  export(db: Executor, userId: string): Promise<unknown>;
  erase(tx: Executor, userId: string): Promise<void>;
}

/**
 * A feature is a folder under src/features with one of these as its entry point. The
 * server registers its routes, main-navigation entries and background job handlers.
 */
export interface Feature {
  name: string;
  routes(app: FastifyInstance, deps: AppDeps): Promise<void> | void;
  nav?: NavEntry[];
  /** cards on the administration's start page, each shown to those with the permission */
  adminLinks?: AdminLink[];
  /** links on the account page, under the person's organisations */
  accountLinks?: AccountLink[];
  /** a short list for the start page */
  homeTeaser?: HomeTeaserProvider;
  /** lists on an organisation's profile */
  organisationSections?: OrganisationSectionProvider;
  /** the person's keys to content in the search that not everyone may find */
  searchAccess?: SearchAccessProvider;
  /** the feature's operations of the API (/api/v1); its routes serve them, the API feature describes them */
  apiOperations?: ApiOperation[];
  /** a way to log in beside the password, placed in the accounts feature's pages */
  loginMethod?: LoginMethod;
  jobs?(deps: AppDeps): JobHandlers;
  personalData?: PersonalDataProvider;
  /** the kinds of personal data this feature keeps and for how long, for the retention overview */
  retention?: RetentionEntry[];
  /**
   * Periodic work that follows from the clock rather than from a request (reminders due,
   * offers expired, data past its retention). Runs every few minutes in some app process;
   * must be idempotent, since two processes may run it at the same time.
   */
  sweep?(deps: AppDeps, now: Date): Promise<void>;
  /** loads this feature's demo content; must be idempotent, it runs on every start */
  seedDemo?(deps: AppDeps): Promise<void>;
  /** figures for the operators' Prometheus, read when it asks (/metrics) */
  gauges?(deps: AppDeps): GaugeDefinition[];
  /** what an operator must hear at every start, e.g. that accounts with a published password exist */
  startupWarnings?(deps: AppDeps): Promise<string[]>;
}
