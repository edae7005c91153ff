import { z } from 'zod';
import type { Database, Executor } from '../db/client.ts';
import { randomToken } from '../crypto.ts';
import { insertSettingOnce, readSettings, writeSetting } from './repository.ts';

/** The looks of the site: Schleswig-Holstein (the default), KERN's neutral theme, or a ministry's own colours. */
export const THEMES = ['sh', 'kern', 'own'] as const;
export type Theme = (typeof THEMES)[number];
/** A colour as the appearance form and the theme stylesheet accept it: six lower-case hex digits. */
export const HEX_COLOUR = /^#[0-9a-f]{6}$/;
const hexColour = z.union([z.string().regex(HEX_COLOUR), z.literal('')]);

/** What administrators can change under /verwaltung/einstellungen and /verwaltung/design. */
export const siteSettingsSchema = z.object({
  // shown in the header and the page title
  siteName: z.string().trim().min(1).max(120),
  // address of the logo image; empty for the name alone
  logoUrl: z.string().trim().max(500).default(''),
  // the programme's contact address shown in e-mails and the footer
  contactEmail: z.string().trim().max(200).default(''),
  // marks an installation with demo content: every page shows a banner
  demo: z.boolean().default(false),
  theme: z.enum(THEMES).default('sh'),
  // the own theme's colour of links, buttons and the navigation bar, as #rrggbb in lower case
  themeColour: hexColour.default(''),
  // the own theme's stripe under the header, as #rrggbb in lower case
  themeAccent: hexColour.default(''),
});
export type SiteSettings = z.infer<typeof siteSettingsSchema>;

export const DEFAULT_SITE_SETTINGS: SiteSettings = {
  siteName: 'Digitale Kommune',
  logoUrl: '',
  contactEmail: '',
  demo: false,
  theme: 'sh',
  themeColour: '',
  themeAccent: '',
};
const SITE_KEY = 'site';
const SECRET_KEY = 'secret_key';

/**
 * Settings change rarely but are read on every page; each process keeps them for a few
 * seconds so that a change made in another process shows up soon without a message bus.
 */
export class SiteSettingsStore {
  #cached: { value: SiteSettings; until: number } | undefined;

  constructor(
    private readonly db: Database,
    private readonly ttlMs = 5000,
  ) {}

  /**
   * Inside a transaction pass it: on the embedded database the transaction holds the one
   * connection, and a read past it would wait for ever once the kept value has run out.
   */
  async get(db?: Executor): Promise<SiteSettings> {
    if (this.#cached && this.#cached.until > Date.now()) return this.#cached.value;
    const stored = (await readSettings(db ?? this.db, [SITE_KEY])).get(SITE_KEY);
    const parsed = siteSettingsSchema.safeParse({ ...DEFAULT_SITE_SETTINGS, ...(stored as object | undefined) });
    const value = parsed.success ? parsed.data : DEFAULT_SITE_SETTINGS;
    // What a caller's transaction reads may never be committed: only the store's own reads are kept.
    if (!db) this.#cached = { value, until: Date.now() + this.ttlMs };
    return value;
  }

  /** Pass the caller's transaction so that the change and its audit entry commit together. */
  async update(patch: Partial<SiteSettings>, db: Executor = this.db): Promise<SiteSettings> {
    const stored = (await readSettings(db, [SITE_KEY])).get(SITE_KEY);
    const current = siteSettingsSchema.safeParse({ ...DEFAULT_SITE_SETTINGS, ...(stored as object | undefined) });
    const next = siteSettingsSchema.parse({ ...(current.success ? current.data : DEFAULT_SITE_SETTINGS), ...patch });
    await writeSetting(db, SITE_KEY, next);
    this.#cached = undefined;
    return next;
  }
}

/** The configured secret, or one generated on the first start and shared through the database. */
export async function resolveSecret(db: Database, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  const stored = await insertSettingOnce(db, SECRET_KEY, randomToken(48));
  if (typeof stored !== 'string') throw new Error('secret_key setting is not a string');
  return stored;
}
