import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

/**
 * Every setting comes from the environment; the defaults make `npm start` work on a
 * laptop with no configuration at all. README.md lists the same variables.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  // TCP port of the HTTP server
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  // address to bind; 0.0.0.0 in containers
  HOST: z.string().default('127.0.0.1'),
  // public base URL, used in links inside e-mails
  BASE_URL: z.string().url().optional(),
  // PostgreSQL server; when unset an embedded PGlite database in DATA_DIR is used
  DATABASE_URL: z.string().optional(),
  // app processes sharing the port (PostgreSQL only; the embedded database allows one); "auto": one per CPU core
  WEB_CONCURRENCY: z.union([z.literal('auto'), z.coerce.number().int().min(1).max(64)]).default(1),
  // connections per app process in the node-postgres pool
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  // folder for the embedded database, the mail outbox and uploaded files
  DATA_DIR: z.string().default('./data'),
  // SMTP server, e.g. smtp://user:pass@mail.example.org:587; when unset mail goes to DATA_DIR/outbox
  SMTP_URL: z.string().optional(),
  // sender address of every e-mail
  MAIL_FROM: z.string().default('Digitale Kommune <noreply@digitale-kommune.example>'),
  // secret for signing tokens; required in production; elsewhere, when unset, one is generated once and kept in the database
  SECRET_KEY: z.string().min(32).optional(),
  // addresses or CIDR ranges of the reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are believed, comma-separated
  TRUST_PROXY: z.string().default(''),
  // load demo content and demo accounts on start (default: on, except in production)
  DEMO_CONTENT: z.enum(['0', '1']).optional(),
  // the second, explicit yes that demo accounts with a published password may exist in production
  DEMO_CONTENT_IN_PRODUCTION: z.enum(['0', '1']).default('0'),
  // how often the background worker looks for due jobs (e-mails etc.)
  JOB_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  // hours a waiting-list offer stays open before it passes to the next person
  EVENT_OFFER_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 14)
    .default(48),
  // hours before a date's start when the reminder e-mail goes out
  EVENT_REMINDER_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 14)
    .default(24),
  // minutes before an online date's start when confirmed participants get the stream link
  EVENT_STREAM_LINK_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(60),
  // seconds a public page's HTML is reused for anonymous visitors (0: off; default 2, off in tests)
  PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).optional(),
  // largest upload in megabytes
  UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(2000).default(25),
  // days the audit log keeps who acted (e-mail address) and the names and addresses in recorded changes; then they become pseudonyms
  AUDIT_PERSONAL_DATA_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  // the contact /.well-known/security.txt names for reports of vulnerabilities (mailto: or https: address); unset: the site's contact address
  SECURITY_CONTACT: z
    .string()
    .regex(/^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+)$/, 'a mailto: or https: address')
    .optional(),
  // addresses or CIDR ranges that may read /metrics without a token (e.g. the Prometheus server), comma-separated
  METRICS_ALLOW: z.string().default(''),
  // bearer token that opens /metrics from anywhere (Authorization: Bearer …); unset: only METRICS_ALLOW
  METRICS_TOKEN: z.string().min(32).optional(),
  // single sign-on with OpenID Connect beside passwords: the provider's issuer URL (e.g. a state Keycloak realm); unset: passwords only
  OIDC_ISSUER: z.string().url().optional(),
  // the client registered at the provider for this platform
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  // scopes asked for, space-separated; openid and email are needed
  OIDC_SCOPES: z.string().default('openid email profile'),
  // the name of the login button, e.g. "Landesportal Schleswig-Holstein"
  OIDC_PROVIDER_NAME: z.string().default('Single Sign-on'),
  // a claim of the ID token whose values map to site roles, e.g. "groups"; unset: new accounts are members
  OIDC_ROLE_CLAIM: z.string().optional(),
  // claim value=site role pairs, comma-separated, e.g. "dk-redaktion=editor,dk-admin=admin"
  OIDC_ROLE_MAP: z.string().default(''),
  // the state's contributor ID of DCAT-AP.de (http://dcat-ap.de/def/contributors/…), named on every dataset of the open-data catalogue so that the state's portal and GovData take it as theirs
  OPEN_DATA_CONTRIBUTOR_ID: z
    .string()
    .regex(
      /^http:\/\/dcat-ap\.de\/def\/contributors\/[A-Za-z]+$/,
      'a URI of http://dcat-ap.de/def/contributors/, e.g. http://dcat-ap.de/def/contributors/schleswigHolstein',
    )
    .optional(),
  // newsletter mails sent per minute at most, so that the mail server and the receivers' spam filters keep up
  NEWSLETTER_MAILS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(60),
  // log level of the server
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof envSchema>;

/** The environment variables the platform reads. */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(envSchema.shape);

export interface Config {
  env: Env['NODE_ENV'];
  port: number;
  host: string;
  baseUrl: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  /** app processes to run; always 1 with the embedded database */
  processes: number;
  dataDir: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  secretKey: string | undefined;
  /** the proxies (addresses or CIDR ranges) whose forwarding headers are believed; empty: none */
  trustProxy: string[];
  demoContent: boolean;
  /** the operator said explicitly that demo accounts may exist in production */
  demoContentInProduction: boolean;
  jobPollMs: number;
  events: { offerHours: number; reminderHours: number; streamLinkMinutes: number };
  uploadMaxBytes: number;
  /** days until the audit log's names and addresses are replaced by pseudonyms */
  auditPersonalDataDays: number;
  pageCacheMs: number;
  logLevel: Env['LOG_LEVEL'];
  securityContact: string | undefined;
  /** who may read /metrics; with neither set, nobody */
  metrics: { allow: string[]; token: string | undefined };
  /** single sign-on; undefined when no issuer is configured */
  oidc: OidcConfig | undefined;
  newsletter: { mailsPerMinute: number };
  /** the DCAT-AP.de contributor ID of the state's open-data portal; undefined: not named */
  openDataContributorId: string | undefined;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  scopes: string;
  providerName: string;
  roleClaim: string | undefined;
  /** claim value → site role */
  roleMap: Record<string, string>;
}

function parseRoleMap(value: string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const pair of value
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    const [claim, role, ...rest] = pair.split('=').map((p) => p.trim());
    if (!claim || !role || rest.length > 0 || !['member', 'editor', 'juror', 'admin'].includes(role)) {
      throw new Error(
        `Invalid configuration: OIDC_ROLE_MAP: "${pair}" is no pair of a claim value and a site role (member, editor, juror, admin), e.g. dk-redaktion=editor.`,
      );
    }
    map[claim] = role;
  }
  return map;
}

/**
 * A list of addresses and CIDR ranges, never "all": TRUST_PROXY=1 would let any client choose its
 * own address by sending X-Forwarded-For, and so escape every limit per client.
 */
function parseAddressList(variable: string, value: string, example: string): string[] {
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const invalid = entries.filter((entry) => !isAddressOrRange(entry));
  if (invalid.length > 0) {
    throw new Error(`Invalid configuration: ${variable}: "${invalid.join(', ')}" is not an IP address or CIDR range. ${example}`);
  }
  return entries;
}

function isAddressOrRange(entry: string): boolean {
  const [address, bits, ...rest] = entry.split('/');
  const family = net.isIP(address ?? '');
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const max = family === 4 ? 32 : 128;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= max;
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  // A key generated into the database would be readable by everyone with a database dump and
  // would differ between installations restored from different backups.
  if (production && !e.SECRET_KEY) {
    throw new Error(
      'Invalid configuration: SECRET_KEY is required with NODE_ENV=production (at least 32 characters, e.g. `openssl rand -base64 48`, the same in every app process).',
    );
  }
  const demoContent = e.DEMO_CONTENT ? e.DEMO_CONTENT === '1' : !production;
  if (production && demoContent && e.DEMO_CONTENT_IN_PRODUCTION !== '1') {
    throw new Error(
      'Invalid configuration: DEMO_CONTENT=1 with NODE_ENV=production would create demo accounts with a published password. Set DEMO_CONTENT_IN_PRODUCTION=1 as well only for a demonstration system.',
    );
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    baseUrl: (e.BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    databaseUrl: e.DATABASE_URL || undefined,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    processes: !e.DATABASE_URL ? 1 : e.WEB_CONCURRENCY === 'auto' ? os.availableParallelism() : e.WEB_CONCURRENCY,
    dataDir: path.resolve(e.DATA_DIR),
    smtpUrl: e.SMTP_URL || undefined,
    mailFrom: e.MAIL_FROM,
    secretKey: e.SECRET_KEY,
    trustProxy: parseAddressList('TRUST_PROXY', e.TRUST_PROXY, 'Name the reverse proxies, e.g. TRUST_PROXY=10.0.0.0/8 or TRUST_PROXY=127.0.0.1.'),
    demoContent,
    demoContentInProduction: e.DEMO_CONTENT_IN_PRODUCTION === '1',
    jobPollMs: e.JOB_POLL_MS,
    events: { offerHours: e.EVENT_OFFER_HOURS, reminderHours: e.EVENT_REMINDER_HOURS, streamLinkMinutes: e.EVENT_STREAM_LINK_MINUTES },
    uploadMaxBytes: e.UPLOAD_MAX_MB * 1024 * 1024,
    auditPersonalDataDays: e.AUDIT_PERSONAL_DATA_DAYS,
    // Tests check pages right after changing their content; the cache has tests of its own.
    pageCacheMs: (e.PAGE_CACHE_SECONDS ?? (e.NODE_ENV === 'test' ? 0 : 2)) * 1000,
    logLevel: e.LOG_LEVEL,
    securityContact: e.SECURITY_CONTACT,
    metrics: {
      allow: parseAddressList('METRICS_ALLOW', e.METRICS_ALLOW, 'Name the Prometheus servers, e.g. METRICS_ALLOW=10.20.0.5 or METRICS_ALLOW=10.20.0.0/24.'),
      token: e.METRICS_TOKEN,
    },
    oidc: oidcConfig(e),
    newsletter: { mailsPerMinute: e.NEWSLETTER_MAILS_PER_MINUTE },
    openDataContributorId: e.OPEN_DATA_CONTRIBUTOR_ID,
  };
}

function oidcConfig(e: Env): OidcConfig | undefined {
  if (!e.OIDC_ISSUER) return undefined;
  if (!e.OIDC_CLIENT_ID) throw new Error('Invalid configuration: OIDC_ISSUER is set, but OIDC_CLIENT_ID is not.');
  return {
    issuer: e.OIDC_ISSUER,
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET || undefined,
    scopes: e.OIDC_SCOPES,
    providerName: e.OIDC_PROVIDER_NAME,
    roleClaim: e.OIDC_ROLE_CLAIM || undefined,
    roleMap: parseRoleMap(e.OIDC_ROLE_MAP),
  };
}
