import type { TokenActor } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { editorEventPath } from '../core/paths.ts';
import type { DateInput, NewEventInput } from '../core/schema.ts';
import { addDate } from './edit-dates.ts';
import { createEvent } from './edit-event.ts';

export { REGISTRATION_RETENTION_DAYS } from '../core/retention-period.ts';
export type { DateInput as EventDateInput, NewEventInput };

export interface CreateEventFromApiOptions {
  actor: TokenActor;
  event: NewEventInput;
  /** at least one; the rules of the editors' date form hold for each (the API's schema checks them) */
  dates: DateInput[];
}

export type CreateEventFromApiOutcome = { kind: 'created'; eventId: string; editorPath: string } | { kind: 'unknownField' };

/**
 * An event with its dates, written by an integration (another portal's calendar) through the
 * API. Like a municipality's proposal it is always a draft: only editors publish events, and
 * they find it in their list. Runs in the caller's transaction (the once-per-request one), so the
 * event and all its dates exist together or not at all.
 */
export async function createEventFromApi(tx: Executor, options: CreateEventFromApiOptions): Promise<CreateEventFromApiOutcome> {
  const { actor, event, dates } = options;
  const created = await createEvent(tx, { actor, input: event });
  if (created.kind !== 'created') return created;
  for (const date of dates) await addDate(tx, { actor, eventId: created.event.id, input: date });
  return { kind: 'created', eventId: created.event.id, editorPath: editorEventPath(created.event.id) };
}
