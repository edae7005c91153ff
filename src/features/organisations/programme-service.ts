import type { Executor } from '../../platform/db/client.ts';
import { agsOfKreis, kreisKeyOf } from './municipal-keys.ts';
import { listActiveMemberships, listKreisBodies, listOrganisationsWithKeys } from './programme-repository.ts';
import type { OrganisationType } from './tables.ts';

export type { OrganisationType };

/*
 * What the programme dashboard needs of the organisations: the municipalities with their Kreis
 * (decision 0014: the Kreis follows from the official key) and who belongs to which of them.
 */

/** The types of the municipal bodies that take part in the programme, as the competition and the Call for Solutions count them. */
export const MUNICIPAL_TYPES = ['gemeinde', 'amt', 'stadt', 'kreis', 'region'] as const satisfies readonly OrganisationType[];
export type MunicipalType = (typeof MUNICIPAL_TYPES)[number];

export interface ProgrammeMunicipality {
  id: string;
  slug: string;
  name: string;
  type: OrganisationType;
  /** the 5-digit Kreis key from whichever official key the organisation gave; undefined without a key */
  kreisKey: string | undefined;
  /** the Kreis (or kreisfreie Stadt) on the platform with that key; undefined when it is not on the platform */
  kreisName: string | undefined;
}

/** Every organisation of a municipal type, by name, with the Kreis its key puts it in. */
export async function listProgrammeMunicipalities(db: Executor): Promise<ProgrammeMunicipality[]> {
  const kreisNames = new Map((await listKreisBodies(db)).map((k) => [k.ags, k.name]));
  return (await listOrganisationsWithKeys(db, MUNICIPAL_TYPES)).map((o) => {
    const kreisKey = kreisKeyOf(o.ars ?? o.amtsschluessel ?? o.ags ?? '');
    return {
      id: o.id,
      slug: o.slug,
      name: o.name,
      type: o.type,
      kreisKey,
      kreisName: kreisKey ? kreisNames.get(agsOfKreis(kreisKey)) : undefined,
    };
  });
}

/** Which person is an active member of which organisation, for facts that other features keep per person. */
export async function listActiveMembershipPairs(db: Executor): Promise<{ organisationId: string; userId: string }[]> {
  return listActiveMemberships(db);
}
