import assert from 'node:assert/strict';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { createOrganisation } from '../edit-organisation.ts';
import type { OrganisationRow } from '../repository.ts';
import type { OrganisationInput } from '../schema.ts';

/** An organisation the actor creates and so manages; the test stops if it cannot be created. */
export async function createTestOrganisation(db: Executor, actor: CurrentUser, input: OrganisationInput): Promise<OrganisationRow> {
  const outcome = await createOrganisation(db, { actor, input });
  assert.ok(outcome.kind === 'created', `${input.name}: ${outcome.kind}`);
  return outcome.organisation;
}
