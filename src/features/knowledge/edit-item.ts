import { recordAudit, type AuditActor, type TokenActor } from '../../platform/audit/record.ts';
import type { Executor } from '../../platform/db/client.ts';
import { listFieldsOfAction } from '../../platform/taxonomy/fields-of-action.ts';
import { slugify } from '../../platform/text/slug.ts';
import { isUuid } from '../../platform/text/uuid.ts';
import { resolveAttachments, NO_ATTACHMENTS, type AttachmentError, type Attachments, type ItemFileInput } from './attachments.ts';
import { saveItemVersion } from './item-versions.ts';
import { insertItem, lockItem, slugTaken, updateItemRow, type ItemRow } from './repository.ts';
import type { ItemInput } from './schema.ts';
import { syncSearch } from './sync-search.ts';

/** The editor who changes an item, as the audit log names them. */

/** New files of a save, by the form's input name. */
export type Uploads = Partial<Record<ItemFileInput, string>>;

/** Why a form that passed its schema is not saved. */
export type SaveRefusal =
  /** a field of action the taxonomy does not have: only a hand-made request sends one */
  | { kind: 'unknownField' }
  /** the files break a rule the route checked on the form: another editor saved the item in between */
  | { kind: 'filesChanged'; rules: AttachmentError['rule'][] };

export type CreateItemOutcome = { kind: 'created'; item: ItemRow } | { kind: 'slugTaken' } | SaveRefusal;
export type UpdateItemOutcome = { kind: 'saved'; item: ItemRow; released: string[] } | { kind: 'notFound' } | SaveRefusal;

/** The item, locked until the transaction ends, so that two editors' changes follow each other. */
export async function lockItemForEditing(tx: Executor, id: string): Promise<ItemRow | undefined> {
  return isUuid(id) ? lockItem(tx, id) : undefined;
}

/** The fields of action without repeats; undefined when one is not in the taxonomy. */
async function knownFields(tx: Executor, slugs: string[]): Promise<string[] | undefined> {
  const known = new Set((await listFieldsOfAction(tx)).map((f) => f.slug));
  return slugs.every((s) => known.has(s)) ? [...new Set(slugs)] : undefined;
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

/** The fields of action and files a save stores, or why it cannot store them. */
async function checkSave(tx: Executor, input: ItemInput, before: Attachments, uploads: Uploads) {
  const fieldsOfAction = await knownFields(tx, input.fieldsOfAction);
  if (!fieldsOfAction) return { kind: 'unknownField' } as const;
  const { attachments, errors, released } = resolveAttachments(input, before, uploads);
  if (errors.length > 0) return { kind: 'filesChanged', rules: errors.map((e) => e.rule) } as const;
  return { kind: 'ok', fieldsOfAction, attachments, released } as const;
}

export interface CreateItemOptions {
  /** an editor, or an integration's token (the API's news) */
  actor: AuditActor | TokenActor;
  input: ItemInput;
  /** a fixed address; otherwise the first free one made from the title */
  slug?: string;
  uploads?: Uploads;
}

/** Creates a draft and its first version, with the files just stored for it. */
export async function createItem(tx: Executor, options: CreateItemOptions): Promise<CreateItemOutcome> {
  const { actor, input, uploads = {} } = options;
  const checked = await checkSave(tx, input, NO_ATTACHMENTS, uploads);
  if (checked.kind !== 'ok') return checked;
  const { fieldsOfAction, attachments } = checked;
  const slug = options.slug ?? (await freeSlug(tx, input.title));
  const item = await insertItem(tx, { ...columns({ ...input, fieldsOfAction }), ...attachments, slug, authorId: actor.id });
  if (!item) return { kind: 'slugTaken' };
  await saveItemVersion(tx, item, actor.id);
  await recordAudit(tx, actor, 'knowledge.create', { type: 'knowledge_item', id: item.id }, undefined, { ...columns(input), ...attachments });
  return { kind: 'created', item };
}

export interface UpdateItemOptions {
  actor: AuditActor;
  itemId: string;
  input: ItemInput;
  uploads?: Uploads;
  now?: Date;
}

/**
 * Saves an editor's changes as a new version; a published item's search entry follows. Returns
 * the files the item no longer uses, for the caller to delete once the transaction is committed.
 */
export async function updateItem(tx: Executor, options: UpdateItemOptions): Promise<UpdateItemOutcome> {
  const { actor, itemId: id, input, uploads = {}, now = new Date() } = options;
  const before = await lockItemForEditing(tx, id);
  if (!before) return { kind: 'notFound' };
  const checked = await checkSave(tx, input, before, uploads);
  if (checked.kind !== 'ok') return checked;
  const { fieldsOfAction, attachments, released } = checked;
  const item = await updateItemRow(tx, id, { ...columns({ ...input, fieldsOfAction }), ...attachments, updatedAt: now });
  await saveItemVersion(tx, item, actor.id);
  const was = { ...columns(before), fileId: before.fileId, videoFileId: before.videoFileId, captionsFileId: before.captionsFileId };
  await recordAudit(tx, actor, 'knowledge.update', { type: 'knowledge_item', id }, was, { ...columns(input), ...attachments });
  await syncSearch(tx, item);
  return { kind: 'saved', item, released };
}
