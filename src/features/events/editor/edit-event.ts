import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Database, Executor } from '../../../platform/db/client.ts';
import { badRequest, notFound } from '../../../platform/http/errors.ts';
import { listFieldsOfAction } from '../../../platform/taxonomy/fields-of-action.ts';
import {
  insertEvent,
  listDateRows,
  listEventSlugsStartingWith,
  lockEvent,
  updateEventRow,
  type EventRow,
  type EventValues,
} from '../core/event-repository.ts';
import { indexEvent } from './search-documents.ts';
import { EventRuleError } from '../core/rules.ts';
import { firstFreeSlug, slugify } from '../../../platform/text/slug.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import type { EventInput, NewEventInput } from '../core/schema.ts';

/** Paths under /veranstaltungen/ that are pages of their own. */
const RESERVED_SLUGS = new Set(['archiv']);

/** Inserts an event under the first free address derived from its title. */
export async function insertWithFreeSlug(tx: Executor, values: Omit<EventValues, 'slug'>): Promise<EventRow> {
  const base = slugify(values.title, 'veranstaltung');
  // A parallel insert may take the slug between looking and inserting; then look again.
  for (let attempt = 0; attempt < 5; attempt++) {
    const slug = firstFreeSlug(base, new Set(await listEventSlugsStartingWith(tx, base)), RESERVED_SLUGS);
    const row = await insertEvent(tx, { ...values, slug });
    if (row) return row;
  }
  throw new Error(`no free slug for ${base}`);
}

/** Fields of action come from a list of checkboxes; any other value is a forged form. */
async function checkFields(tx: Executor, slugs: string[]): Promise<string[]> {
  const known = new Set((await listFieldsOfAction(tx)).map((f) => f.slug));
  if (slugs.some((s) => !known.has(s))) throw badRequest('unknown field of action');
  return [...new Set(slugs)];
}

/** Loads and locks an event for a change by an editor, inside the change's transaction. */
export async function lockEventForEditing(tx: Executor, id: string): Promise<EventRow> {
  const event = isUuid(id) ? await lockEvent(tx, id) : undefined;
  if (!event) throw notFound();
  return event;
}

/** What the audit log keeps of an event's texts. */
function texts(e: Pick<EventRow, keyof EventInput>): EventInput {
  return {
    title: e.title,
    summary: e.summary,
    organiser: e.organiser,
    description: e.description,
    audience: e.audience,
    notes: e.notes,
    procedure: e.procedure,
    mediaNotice: e.mediaNotice,
    contact: e.contact,
    fieldsOfAction: e.fieldsOfAction,
    retentionDays: e.retentionDays,
    requiresConfirmedEmail: e.requiresConfirmedEmail,
  };
}

/** A new event, always a draft. Runs in the caller's transaction (the once-per-submission one). */
export async function createEvent(tx: Executor, actor: CurrentUser, input: NewEventInput): Promise<EventRow> {
  const fieldsOfAction = await checkFields(tx, input.fieldsOfAction);
  const row = await insertWithFreeSlug(tx, { ...input, fieldsOfAction, status: 'draft', createdBy: actor.id });
  await recordAudit(tx, actor, 'event.create', { type: 'event', id: row.id }, null, { slug: row.slug, ...texts(row), consentText: row.consentText });
  return row;
}

export async function updateEvent(db: Database, actor: CurrentUser, id: string, input: EventInput): Promise<EventRow> {
  return db.transaction(async (tx) => {
    const before = await lockEventForEditing(tx, id);
    const fieldsOfAction = await checkFields(tx, input.fieldsOfAction);
    const after = (await updateEventRow(tx, id, { ...input, fieldsOfAction }))!;
    await indexEvent(tx, id);
    await recordAudit(tx, actor, 'event.update', { type: 'event', id }, texts(before), texts(after));
    return after;
  });
}

/** Makes the event public. An event without a date has nothing to register for, so it stays a draft. */
export async function publishEvent(db: Database, actor: CurrentUser, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const event = await lockEventForEditing(tx, id);
    if (event.status === 'published') return;
    if ((await listDateRows(tx, id)).length === 0) throw new EventRuleError('publishNeedsDate');
    // The first publication stays the date of the Atom entry, so that taking an event
    // back and publishing it again does not announce it as new.
    await updateEventRow(tx, id, { status: 'published', publishedAt: event.publishedAt ?? new Date() });
    await indexEvent(tx, id);
    await recordAudit(tx, actor, 'event.publish', { type: 'event', id }, { status: event.status }, { status: 'published' });
  });
}

/** Takes the event off the public pages; registrations stay, registration closes. */
export async function unpublishEvent(db: Database, actor: CurrentUser, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const event = await lockEventForEditing(tx, id);
    if (event.status === 'draft') return;
    await updateEventRow(tx, id, { status: 'draft' });
    await indexEvent(tx, id);
    await recordAudit(tx, actor, 'event.unpublish', { type: 'event', id }, { status: event.status }, { status: 'draft' });
  });
}

/**
 * Saves the consent text. A changed text is a new version: registrations store the text and
 * version they agreed to, so an old version must never change its words.
 */
export async function saveConsent(db: Database, actor: CurrentUser, id: string, text: string): Promise<{ changed: boolean; version: number }> {
  return db.transaction(async (tx) => {
    const event = await lockEventForEditing(tx, id);
    if (event.consentText === text) return { changed: false, version: event.consentVersion };
    const version = event.consentVersion + 1;
    await updateEventRow(tx, id, { consentText: text, consentVersion: version });
    await recordAudit(
      tx,
      actor,
      'event.consent',
      { type: 'event', id },
      { consentText: event.consentText, consentVersion: event.consentVersion },
      { consentText: text, consentVersion: version },
    );
    return { changed: true, version };
  });
}

/** Marks the event as changed, for calendars (DTSTAMP), the editors' list and the search index. */
export async function touchEvent(tx: Executor, id: string): Promise<void> {
  await updateEventRow(tx, id, {});
  await indexEvent(tx, id);
}
