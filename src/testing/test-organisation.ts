import { insertOrganisation, type OrganisationValues } from '../features/organisations/repository.ts';
import type { Executor } from '../platform/db/client.ts';

/** A Gemeinde with only the fields a test needs; the keys, address and population are empty unless given. */
export function testOrganisationValues(slug: string, name: string, changes: Partial<OrganisationValues> = {}): OrganisationValues {
  return {
    slug,
    name,
    type: 'gemeinde',
    ags: null,
    amtsschluessel: null,
    ars: null,
    street: null,
    postcode: null,
    town: name,
    website: null,
    description: null,
    population: null,
    ...changes,
  };
}

/** Inserts such a Gemeinde and gives its id; its slug must be new. */
export async function insertTestOrganisation(db: Executor, slug: string, name: string, changes: Partial<OrganisationValues> = {}): Promise<string> {
  const row = await insertOrganisation(db, testOrganisationValues(slug, name, changes));
  if (!row) throw new Error(`organisation ${slug} exists already`);
  return row.id;
}
