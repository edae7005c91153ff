import type { Executor } from '../../../platform/db/client.ts';
import { getMembershipsOfUser, getOrganisationById } from '../../organisations/service.ts';
import { findAdoption, listAdoptionsOfOrganisations, type AdoptionWithSolution } from './repository.ts';

/** An organisation the person acts for: an active membership, as member or manager. */
export interface MyOrganisation {
  id: string;
  name: string;
  manager: boolean;
}

/** An adoption with the names of both organisations, as its page and the lists show it. */
export type NamedAdoption = AdoptionWithSolution & { adopterName: string; ownerName: string };

/** The organisations the person is an active member of (requests to join do not count). */
export async function myOrganisations(db: Executor, userId: string): Promise<MyOrganisation[]> {
  return (await getMembershipsOfUser(db, userId))
    .filter((m) => m.status === 'active')
    .map((m) => ({ id: m.organisationId, name: m.name, manager: m.role === 'manager' }));
}

/** Names by id, each organisation read once; one that is gone has no name. */
async function organisationNames(db: Executor, ids: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const id of new Set(ids)) names.set(id, (await getOrganisationById(db, id))?.name ?? '');
  return names;
}

async function named(db: Executor, adoptions: AdoptionWithSolution[]): Promise<NamedAdoption[]> {
  const names = await organisationNames(
    db,
    adoptions.flatMap((a) => [a.organisationId, a.ownerOrganisationId]),
  );
  return adoptions.map((a) => ({ ...a, adopterName: names.get(a.organisationId) ?? '', ownerName: names.get(a.ownerOrganisationId) ?? '' }));
}

export async function loadAdoption(db: Executor, id: string): Promise<NamedAdoption | undefined> {
  const adoption = await findAdoption(db, id);
  return adoption ? (await named(db, [adoption]))[0] : undefined;
}

/** /loesungen/nachnutzungen: the requests the person's organisations made, and those made to their solutions. */
export async function listAdoptionsOf(db: Executor, organisations: MyOrganisation[]): Promise<{ outgoing: NamedAdoption[]; incoming: NamedAdoption[] }> {
  const ids = new Set(organisations.map((o) => o.id));
  const all = await named(db, await listAdoptionsOfOrganisations(db, [...ids]));
  return { outgoing: all.filter((a) => ids.has(a.organisationId)), incoming: all.filter((a) => ids.has(a.ownerOrganisationId)) };
}
