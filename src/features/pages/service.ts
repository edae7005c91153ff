import type { CurrentUser } from '../../platform/auth/current-user.ts';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Database } from '../../platform/db/client.ts';
import { messagesFor } from '../../platform/i18n/index.ts';
import { findContentPage, listContentPages, upsertContentPage } from './repository.ts';

export const CONTENT_PAGE_SLUGS = ['impressum', 'datenschutz', 'barrierefreiheit', 'kontakt'] as const;
export type ContentPageSlug = (typeof CONTENT_PAGE_SLUGS)[number];

export function isContentPageSlug(value: string): value is ContentPageSlug {
  return (CONTENT_PAGE_SLUGS as readonly string[]).includes(value);
}

export interface ContentPage {
  slug: ContentPageSlug;
  titleDe: string;
  titleEn: string;
  bodyDe: string;
  bodyEn: string;
  updatedAt: Date | null;
}

/** Until an administrator edits a page, the catalogue's default text stands in for it. */
function defaults(slug: ContentPageSlug): ContentPage {
  const de = messagesFor('de').pages.defaults[slug];
  const en = messagesFor('en').pages.defaults[slug];
  return { slug, titleDe: de.title, titleEn: en.title, bodyDe: de.body, bodyEn: en.body, updatedAt: null };
}

export async function getContentPage(db: Database, slug: ContentPageSlug): Promise<ContentPage> {
  const row = await findContentPage(db, slug);
  return row ? { ...row, slug } : defaults(slug);
}

export async function getAllContentPages(db: Database): Promise<ContentPage[]> {
  const stored = new Map((await listContentPages(db)).map((r) => [r.slug, r]));
  return CONTENT_PAGE_SLUGS.map((slug) => {
    const row = stored.get(slug);
    return row ? { ...row, slug } : defaults(slug);
  });
}

export async function saveContentPage(
  db: Database,
  actor: CurrentUser,
  slug: ContentPageSlug,
  input: { titleDe: string; titleEn: string; bodyDe: string; bodyEn: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const before = (await findContentPage(tx, slug)) ?? null;
    await upsertContentPage(tx, { slug, ...input, updatedBy: actor.id });
    await recordAudit(
      tx,
      actor,
      'page.update',
      { type: 'content_page', id: slug },
      before && { titleDe: before.titleDe, bodyDe: before.bodyDe, titleEn: before.titleEn, bodyEn: before.bodyEn },
      input,
    );
  });
}
