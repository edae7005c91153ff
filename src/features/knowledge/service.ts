import { recordAudit } from '../../platform/audit/record.ts';
import type { CurrentUser } from '../../platform/auth/current-user.ts';
import type { Database, Executor } from '../../platform/db/client.ts';
import { badRequest, notFound } from '../../platform/http/errors.ts';
import { removeSearchDocument, upsertSearchDocument } from '../../platform/search/index.ts';
import { listFieldsOfAction } from '../../platform/taxonomy/fields-of-action.ts';
import { resolveAttachments, NO_ATTACHMENTS, type Attachments, type ItemFileInput } from './attachments.ts';
import {
  findItem,
  findVersion,
  insertImage,
  insertItem,
  insertVersion,
  listPublished,
  lockDueItems,
  lockItem,
  slugTaken,
  updateItemRow,
  type ItemRow,
} from './repository.ts';
import type { ItemInput, Transition } from './schema.ts';
import type { KnowledgeStatus } from './tables.ts';
import { slugify } from '../../platform/text/slug.ts';
import { isUuid } from '../../platform/text/uuid.ts';

export const EDITOR_PATH = '/verwaltung/wissen';
/** Where stored files of the knowledge base are served (pictures, videos, captions). */
export const FILE_PATH = '/dateien';
export const filePath = (id: string) => `${FILE_PATH}/${id}`;
/** The counted download of a document. */
export const downloadPath = (item: Pick<ItemRow, 'slug'>) => `/wissen/${item.slug}/download`;
export const editorItemPath = (id: string) => `${EDITOR_PATH}/${id}`;
export const itemPath = (item: Pick<ItemRow, 'type' | 'slug'>) => (item.type === 'news' ? `/aktuelles/${item.slug}` : `/wissen/${item.slug}`);

type Actor = Pick<CurrentUser, 'id' | 'email'>;

/** A status change an editor asked for that the item's current status does not allow. */
export class KnowledgeRuleError extends Error {}

/** Which status each transition starts from and leads to. */
const TRANSITION_RULES: Record<Transition, { from: KnowledgeStatus[]; to: KnowledgeStatus }> = {
  submit: { from: ['draft'], to: 'in_review' },
  publish: { from: ['in_review'], to: 'published' },
  archive: { from: ['published'], to: 'archived' },
  draft: { from: ['in_review', 'published', 'archived'], to: 'draft' },
};

export function allowedTransitions(status: KnowledgeStatus): Transition[] {
  return (Object.keys(TRANSITION_RULES) as Transition[]).filter((t) => TRANSITION_RULES[t].from.includes(status));
}

/** Only published items are findable; everything else is taken out of the search. */
export async function syncSearch(tx: Executor, item: ItemRow): Promise<void> {
  if (item.status !== 'published') {
    await removeSearchDocument(tx, 'knowledge', item.id);
    return;
  }
  await upsertSearchDocument(tx, {
    feature: 'knowledge',
    refId: item.id,
    type: item.type,
    title: item.title,
    summary: item.summary,
    body: item.body,
    url: itemPath(item),
    fieldsOfAction: item.fieldsOfAction,
    audiences: item.audiences,
    published: true,
    publishedAt: item.publishedAt ?? undefined,
    updatedAt: item.updatedAt,
  });
}

async function checkFields(tx: Executor, slugs: string[]): Promise<string[]> {
  const known = new Set((await listFieldsOfAction(tx)).map((f) => f.slug));
  if (slugs.some((s) => !known.has(s))) throw badRequest('unknown field of action');
  return [...new Set(slugs)];
}

async function freeSlug(tx: Executor, title: string): Promise<string> {
  const base = slugify(title, 'beitrag');
  if (!(await slugTaken(tx, base))) return base;
  for (let n = 2; ; n++) if (!(await slugTaken(tx, `${base}-${n}`))) return `${base}-${n}`;
}

function columns(input: Omit<ItemInput, 'videoUrl' | 'language'> & { videoUrl: string | null; language?: ItemRow['language'] | undefined }) {
  const { type, title, summary, body, step, fieldsOfAction, audiences, tags, videoUrl, language, publishAt } = input;
  return {
    type,
    title,
    summary,
    body,
    step,
    fieldsOfAction,
    audiences,
    tags,
    videoUrl: type === 'video' ? videoUrl : null,
    // a form without the field (an older client) means the platform's language
    language: type === 'document' ? (language ?? 'de') : null,
    publishAt,
  };
}

/** New files of a save, by the form's input name. */
export type Uploads = Partial<Record<ItemFileInput, string>>;

function attachmentsOf(input: ItemInput, before: Attachments, uploads: Uploads) {
  const resolved = resolveAttachments(input, before, uploads);
  // The route checked the same rules before; only a change by someone else in between gets here.
  if (resolved.errors.length > 0) throw new KnowledgeRuleError(`files: ${resolved.errors.map((e) => e.rule).join(', ')}`);
  return resolved;
}

/** Creates a draft and its first version, with the files just stored for it. */
export async function createItem(tx: Executor, actor: Actor, input: ItemInput, slug?: string, uploads: Uploads = {}): Promise<ItemRow> {
  const fieldsOfAction = await checkFields(tx, input.fieldsOfAction);
  const { attachments } = attachmentsOf(input, NO_ATTACHMENTS, uploads);
  const row = await insertItem(tx, { ...columns({ ...input, fieldsOfAction }), ...attachments, slug: slug ?? (await freeSlug(tx, input.title)), authorId: actor.id });
  if (!row) throw new KnowledgeRuleError('slug taken');
  await insertVersion(tx, row.id, row, actor.id);
  await recordAudit(tx, actor, 'knowledge.create', { type: 'knowledge_item', id: row.id }, undefined, { ...columns(input), ...attachments });
  return row;
}

export async function requireItem(db: Executor, id: string): Promise<ItemRow> {
  const item = isUuid(id) ? await findItem(db, id) : undefined;
  if (!item) throw notFound();
  return item;
}

async function lockForEditing(tx: Executor, id: string): Promise<ItemRow> {
  const item = isUuid(id) ? await lockItem(tx, id) : undefined;
  if (!item) throw notFound();
  return item;
}

/**
 * Saves an editor's changes as a new version; a published item's search entry follows. Returns
 * the files the item no longer uses, for the caller to delete once the transaction is committed.
 */
export async function updateItem(
  tx: Executor,
  actor: Actor,
  id: string,
  input: ItemInput,
  uploads: Uploads = {},
  now = new Date(),
): Promise<{ item: ItemRow; released: string[] }> {
  const before = await lockForEditing(tx, id);
  const fieldsOfAction = await checkFields(tx, input.fieldsOfAction);
  const { attachments, released } = attachmentsOf(input, before, uploads);
  const item = await updateItemRow(tx, id, { ...columns({ ...input, fieldsOfAction }), ...attachments, updatedAt: now });
  await insertVersion(tx, id, item, actor.id);
  const was = { ...columns(before), fileId: before.fileId, videoFileId: before.videoFileId, captionsFileId: before.captionsFileId };
  await recordAudit(tx, actor, 'knowledge.update', { type: 'knowledge_item', id }, was, { ...columns(input), ...attachments });
  await syncSearch(tx, item);
  return { item, released };
}

/** The Markdown line that shows a stored picture; brackets in the text alternative are escaped. */
export function imageMarkdown(fileId: string, alt: string): string {
  const text = alt.replace(/\s+/g, ' ').trim().replace(/[\\[\]]/g, '\\$&');
  return `![${text}](${filePath(fileId)})`;
}

/** Adds a stored picture to an item and its line to the end of the text, as a new version. */
export async function addImage(tx: Executor, actor: Actor, id: string, fileId: string, alt: string, now = new Date()): Promise<ItemRow> {
  const before = await lockForEditing(tx, id);
  await insertImage(tx, { fileId, itemId: id, alt });
  const body = `${before.body.trimEnd()}\n\n${imageMarkdown(fileId, alt)}\n`;
  const item = await updateItemRow(tx, id, { body, updatedAt: now });
  await insertVersion(tx, id, item, actor.id);
  await recordAudit(tx, actor, 'knowledge.image', { type: 'knowledge_item', id }, undefined, { fileId, alt });
  await syncSearch(tx, item);
  return item;
}

export async function transitionItem(tx: Executor, actor: Actor, id: string, transition: Transition, now = new Date()): Promise<ItemRow> {
  const before = await lockForEditing(tx, id);
  const rule = TRANSITION_RULES[transition];
  if (!rule.from.includes(before.status)) throw new KnowledgeRuleError(`${transition} from ${before.status}`);
  const item = await updateItemRow(tx, id, {
    status: rule.to,
    ...(rule.to === 'published' ? { publishedAt: before.publishedAt ?? now, publishAt: null } : {}),
  });
  await recordAudit(tx, actor, `knowledge.${transition}`, { type: 'knowledge_item', id }, { status: before.status }, { status: item.status });
  await syncSearch(tx, item);
  return item;
}

/** Restoring copies an older version's texts into a new version; history is never rewritten. */
export async function restoreVersion(tx: Executor, actor: Actor, id: string, number: number, now = new Date()): Promise<ItemRow> {
  const before = await lockForEditing(tx, id);
  const version = await findVersion(tx, id, number);
  if (!version) throw notFound();
  const texts = { title: version.title, summary: version.summary, body: version.body };
  const item = await updateItemRow(tx, id, { ...texts, updatedAt: now });
  const saved = await insertVersion(tx, id, texts, actor.id);
  await recordAudit(tx, actor, 'knowledge.restore', { type: 'knowledge_item', id }, { version: number, title: before.title }, { version: saved.number });
  await syncSearch(tx, item);
  return item;
}

/** Publishes in-review items whose scheduled moment has passed. Safe to run twice at once. */
export async function publishDueItems(db: Database, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const due = await lockDueItems(tx, now);
    for (const before of due) {
      const item = await updateItemRow(tx, before.id, { status: 'published', publishedAt: before.publishAt ?? now, publishAt: null });
      await recordAudit(tx, null, 'knowledge.publish', { type: 'knowledge_item', id: item.id }, { status: before.status }, { status: item.status });
      await syncSearch(tx, item);
    }
    return due.length;
  });
}

/** The newest published news for the start page and other features. */
export async function latestNews(db: Executor, n: number): Promise<ItemRow[]> {
  return listPublished(db, { type: 'news' }, n);
}
