import { recordAudit, type AuditActor } from '../../../platform/audit/record.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { listFieldsOfAction } from '../../../platform/taxonomy/fields-of-action.ts';
import { firstFreeSlug, slugify } from '../../../platform/text/slug.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import { RESERVED_SLUGS } from '../core/paths.ts';
import { insertCall, listCallSlugsStartingWith, lockCall, updateCallRow, type CompetitionCallRow } from '../core/repository.ts';
import type { CallInput } from '../core/schema.ts';
import { syncCallSearch } from '../core/sync-search.ts';

export type CreateCallOutcome = { kind: 'created'; call: CompetitionCallRow } | { kind: 'unknownField' };
export type UpdateCallOutcome = { kind: 'saved'; call: CompetitionCallRow } | { kind: 'notFound' } | { kind: 'unknownField' };

/** What the audit log keeps of a call: everything but its id and timestamps of the row. */
export function callSnapshot(call: CompetitionCallRow) {
  const { id: _id, createdAt: _created, updatedAt: _updated, createdBy: _by, ...rest } = call;
  return rest;
}

/** A field of action that the taxonomy does not have is only sent by a hand-made request. */
async function knownFields(tx: Executor, slugs: string[]): Promise<boolean> {
  const known = new Set((await listFieldsOfAction(tx)).map((f) => f.slug));
  return slugs.every((s) => known.has(s));
}

/** Creates a call as a draft, with an address made from its title. */
export async function createCall(db: Executor, actor: AuditActor, input: CallInput): Promise<CreateCallOutcome> {
  return db.transaction(async (tx): Promise<CreateCallOutcome> => {
    if (!(await knownFields(tx, input.fieldsOfAction))) return { kind: 'unknownField' };
    const base = slugify(input.title, 'aufruf');
    const slug = firstFreeSlug(base, new Set(await listCallSlugsStartingWith(tx, base)), RESERVED_SLUGS);
    const call = await insertCall(tx, { ...input, slug, createdBy: actor.id });
    await recordAudit(tx, actor, 'competition.call.create', { type: 'competition_call', id: call.id }, null, callSnapshot(call));
    return { kind: 'created', call };
  });
}

/** Saves the call's conditions; its address stays, so that links to it keep working. */
export async function updateCall(db: Executor, actor: AuditActor, id: string, input: CallInput): Promise<UpdateCallOutcome> {
  return db.transaction(async (tx): Promise<UpdateCallOutcome> => {
    const before = isUuid(id) ? await lockCall(tx, id) : undefined;
    if (!before) return { kind: 'notFound' };
    if (!(await knownFields(tx, input.fieldsOfAction))) return { kind: 'unknownField' };
    const call = (await updateCallRow(tx, id, input))!;
    await recordAudit(tx, actor, 'competition.call.update', { type: 'competition_call', id }, callSnapshot(before), callSnapshot(call));
    await syncCallSearch(tx, call);
    return { kind: 'saved', call };
  });
}
