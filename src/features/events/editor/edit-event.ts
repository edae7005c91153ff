import { recordAudit, type TokenActor } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { listFieldsOfAction } from '../../../platform/taxonomy/fields-of-action.ts';
import { insertEvent, listDateRows, listEventSlugsStartingWith, lockEvent, updateEventRow, type EventRow, type EventValues } from '../core/event-repository.ts';
import { indexEvent } from './search-documents.ts';
import { firstFreeSlug, slugify } from '../../../platform/text/slug.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import type { EventInput, NewEventInput } from '../core/schema.ts';

/** Paths under /veranstaltungen/ that are pages of their own (the archive, the seminar series). */
const RESERVED_SLUGS = new Set(['archiv', 'reihen']);

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

/** Fields of action come from a list of checkboxes; any other value is a forged form (undefined). */
async function checkFields(tx: Executor, slugs: string[]): Promise<string[] | undefined> {
  const known = new Set((await listFieldsOfAction(tx)).map((f) => f.slug));
  if (slugs.some((s) => !known.has(s))) return undefined;
  return [...new Set(slugs)];
}

/** Loads and locks an event for a change by an editor, inside the change's transaction; undefined when there is none. */
export async function lockEventForEditing(tx: Executor, id: string): Promise<EventRow | undefined> {
  return isUuid(id) ? lockEvent(tx, id) : undefined;
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

export interface CreateEventOptions {
  /** an editor, or an integration's token (the API) */
  actor: CurrentUser | TokenActor;
  input: NewEventInput;
}

export type CreateEventOutcome =
  | { kind: 'created'; event: EventRow }
  /** a field of action that is not in the list: a forged form */
  | { kind: 'unknownField' };

/** A new event, always a draft. Runs in the caller's transaction (the once-per-submission one). */
export async function createEvent(tx: Executor, options: CreateEventOptions): Promise<CreateEventOutcome> {
  const { actor, input } = options;
  const fieldsOfAction = await checkFields(tx, input.fieldsOfAction);
  if (!fieldsOfAction) return { kind: 'unknownField' };
  const row = await insertWithFreeSlug(tx, { ...input, fieldsOfAction, status: 'draft', createdBy: actor.id });
  await recordAudit(tx, actor, 'event.create', { type: 'event', id: row.id }, null, { slug: row.slug, ...texts(row), consentText: row.consentText });
  return { kind: 'created', event: row };
}

export interface UpdateEventOptions {
  actor: CurrentUser;
  eventId: string;
  input: EventInput;
}

export type UpdateEventOutcome = { kind: 'saved'; event: EventRow } | { kind: 'unknownField' } | { kind: 'notFound' };

export async function updateEvent(deps: Pick<AppDeps, 'db'>, options: UpdateEventOptions): Promise<UpdateEventOutcome> {
  const { actor, eventId: id, input } = options;
  return deps.db.transaction(async (tx): Promise<UpdateEventOutcome> => {
    const before = await lockEventForEditing(tx, id);
    if (!before) return { kind: 'notFound' };
    const fieldsOfAction = await checkFields(tx, input.fieldsOfAction);
    if (!fieldsOfAction) return { kind: 'unknownField' };
    const after = (await updateEventRow(tx, id, { ...input, fieldsOfAction }))!;
    await indexEvent(tx, id);
    await recordAudit(tx, actor, 'event.update', { type: 'event', id }, texts(before), texts(after));
    return { kind: 'saved', event: after };
  });
}

export interface EventCommandOptions {
  actor: CurrentUser;
  eventId: string;
}

export type PublishEventOutcome =
  | { kind: 'published' }
  /** it was public already */
  | { kind: 'unchanged' }
  /** an event without a date has nothing to register for */
  | { kind: 'refused'; reason: 'publishNeedsDate' }
  | { kind: 'notFound' };

/** Makes the event public. An event without a date has nothing to register for, so it stays a draft. */
export async function publishEvent(deps: Pick<AppDeps, 'db'>, options: EventCommandOptions): Promise<PublishEventOutcome> {
  const { actor, eventId: id } = options;
  return deps.db.transaction(async (tx): Promise<PublishEventOutcome> => {
    const event = await lockEventForEditing(tx, id);
    if (!event) return { kind: 'notFound' };
    if (event.status === 'published') return { kind: 'unchanged' };
    if ((await listDateRows(tx, id)).length === 0) return { kind: 'refused', reason: 'publishNeedsDate' };
    // The first publication stays the date of the Atom entry, so that taking an event
    // back and publishing it again does not announce it as new.
    await updateEventRow(tx, id, { status: 'published', publishedAt: event.publishedAt ?? new Date() });
    await indexEvent(tx, id);
    await recordAudit(tx, actor, 'event.publish', { type: 'event', id }, { status: event.status }, { status: 'published' });
    return { kind: 'published' };
  });
}

export type UnpublishEventOutcome = 'unpublished' | 'unchanged' | 'notFound';

/** Takes the event off the public pages; registrations stay, registration closes. */
export async function unpublishEvent(deps: Pick<AppDeps, 'db'>, options: EventCommandOptions): Promise<UnpublishEventOutcome> {
  const { actor, eventId: id } = options;
  return deps.db.transaction(async (tx): Promise<UnpublishEventOutcome> => {
    const event = await lockEventForEditing(tx, id);
    if (!event) return 'notFound';
    if (event.status === 'draft') return 'unchanged';
    await updateEventRow(tx, id, { status: 'draft' });
    await indexEvent(tx, id);
    await recordAudit(tx, actor, 'event.unpublish', { type: 'event', id }, { status: event.status }, { status: 'draft' });
    return 'unpublished';
  });
}

export interface SaveConsentOptions {
  actor: CurrentUser;
  eventId: string;
  text: string;
}

export type SaveConsentOutcome = { kind: 'saved'; version: number } | { kind: 'unchanged'; version: number } | { kind: 'notFound' };

/**
 * Saves the consent text. A changed text is a new version: registrations store the text and
 * version they agreed to, so an old version must never change its words.
 */
export async function saveConsent(deps: Pick<AppDeps, 'db'>, options: SaveConsentOptions): Promise<SaveConsentOutcome> {
  const { actor, eventId: id, text } = options;
  return deps.db.transaction(async (tx): Promise<SaveConsentOutcome> => {
    const event = await lockEventForEditing(tx, id);
    if (!event) return { kind: 'notFound' };
    if (event.consentText === text) return { kind: 'unchanged', version: event.consentVersion };
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
    return { kind: 'saved', version };
  });
}

/** Marks the event as changed, for calendars (DTSTAMP), the editors' list and the search index. */
export async function touchEvent(tx: Executor, id: string): Promise<void> {
  await updateEventRow(tx, id, {});
  await indexEvent(tx, id);
}
