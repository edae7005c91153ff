import { recordAudit } from '../../platform/audit/record.ts';
import type { CurrentUser } from '../../platform/auth/current-user.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { insertMembership, insertOrganisation, isArsTaken, listSlugsStartingWith, updateOrganisationRow, type OrganisationRow } from './repository.ts';
import { lockManagedOrganisation, organisationSnapshot } from './rules.ts';
import type { OrganisationInput } from './schema.ts';
import { organisationSlug, uniqueSlug } from './slug.ts';

export type CreateOrganisationOutcome = { kind: 'created'; organisation: OrganisationRow } | { kind: 'arsTaken' };

export type UpdateOrganisationOutcome =
  | { kind: 'saved'; organisation: OrganisationRow }
  | { kind: 'arsTaken' }
  | { kind: 'notFound' }
  /** the person may not manage the organisation (any more) */
  | { kind: 'notAllowed' };

export interface CreateOrganisationOptions {
  actor: CurrentUser;
  input: OrganisationInput;
}

export interface UpdateOrganisationOptions {
  actor: CurrentUser;
  organisationId: string;
  input: OrganisationInput;
}

function toValues(input: OrganisationInput) {
  return {
    name: input.name,
    type: input.type,
    ags: input.ags ?? null,
    amtsschluessel: input.amtsschluessel ?? null,
    ars: input.ars ?? null,
    street: input.street ?? null,
    postcode: input.postcode ?? null,
    town: input.town,
    website: input.website ?? null,
    description: input.description ?? null,
    population: input.population ?? null,
  };
}

/**
 * An ARS names one body; a second organisation with it is most likely the same one again.
 * The unique index stays the guard against two saves at the same moment.
 */
async function arsTaken(tx: Executor, input: OrganisationInput, exceptId?: string): Promise<boolean> {
  return input.ars ? isArsTaken(tx, input.ars, exceptId) : false;
}

/**
 * Creates an organisation with a fresh slug from its name; the creator becomes its active
 * manager. Works inside a caller's transaction (see runOncePerSubmission) as well.
 */
export async function createOrganisation(db: Executor, options: CreateOrganisationOptions): Promise<CreateOrganisationOutcome> {
  const { actor, input } = options;
  return db.transaction(async (tx): Promise<CreateOrganisationOutcome> => {
    if (await arsTaken(tx, input)) return { kind: 'arsTaken' };
    const base = organisationSlug(input.name);
    let created: OrganisationRow | undefined;
    // A concurrent creation may take the slug between reading and inserting; then try the next.
    while (!created) {
      const slug = uniqueSlug(base, new Set(await listSlugsStartingWith(tx, base)));
      created = await insertOrganisation(tx, { slug, ...toValues(input) });
    }
    await insertMembership(tx, { organisationId: created.id, userId: actor.id, role: 'manager', status: 'active', decidedAt: new Date() });
    await recordAudit(tx, actor, 'organisation.create', { type: 'organisation', id: created.id }, null, organisationSnapshot(created));
    return { kind: 'created', organisation: created };
  });
}

/** Saves the details of an organisation; for its managers and administrators. The slug stays. */
export async function updateOrganisation(deps: Pick<AppDeps, 'db'>, options: UpdateOrganisationOptions): Promise<UpdateOrganisationOutcome> {
  const { actor, organisationId, input } = options;
  return deps.db.transaction(async (tx): Promise<UpdateOrganisationOutcome> => {
    const before = await lockManagedOrganisation(tx, actor, organisationId);
    if (typeof before === 'string') return { kind: before };
    return saveChanges(tx, actor, before, input);
  });
}

async function saveChanges(tx: Executor, actor: CurrentUser, before: OrganisationRow, input: OrganisationInput): Promise<UpdateOrganisationOutcome> {
  if (await arsTaken(tx, input, before.id)) return { kind: 'arsTaken' };
  const after = await updateOrganisationRow(tx, before.id, toValues(input));
  if (!after) return { kind: 'notFound' };
  await recordAudit(tx, actor, 'organisation.update', { type: 'organisation', id: before.id }, organisationSnapshot(before), organisationSnapshot(after));
  return { kind: 'saved', organisation: after };
}
