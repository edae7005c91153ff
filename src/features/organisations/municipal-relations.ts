import type { Executor } from '../../platform/db/client.ts';
import { agsOfKreis, amtKeyOfArs, kreisKeyOf } from './municipal-keys.ts';
import {
  listAemterByKey,
  listKreiseByAgs,
  listMunicipalitiesOfAmt,
  listMunicipalitiesOfKreis,
  type OrganisationLinkRow,
  type OrganisationRow,
} from './repository.ts';

type KeysOfOrganisation = Pick<OrganisationRow, 'type' | 'ags' | 'amtsschluessel' | 'ars'>;

export interface RelationKeys {
  /** Amtsschlüssel of the Amt the organisation belongs to */
  amt?: string | undefined;
  /** Kreis key of the Kreis the organisation belongs to */
  kreis?: string | undefined;
  /** an Amt or a Kreis lists what belongs to it; the key is missing where the organisation gave none */
  membersOf?: { level: 'amt' | 'kreis'; key: string | undefined };
}

/** Which keys the related organisations are looked up by. */
export function relationKeysOf(o: KeysOfOrganisation): RelationKeys {
  switch (o.type) {
    case 'gemeinde':
    case 'stadt':
      return { amt: o.ars ? amtKeyOfArs(o.ars) : undefined, kreis: kreisKeyOf(o.ars ?? o.ags ?? '') };
    case 'amt':
      return { kreis: kreisKeyOf(o.amtsschluessel ?? o.ars ?? o.ags ?? ''), membersOf: { level: 'amt', key: o.amtsschluessel ?? undefined } };
    case 'kreis':
      return { membersOf: { level: 'kreis', key: kreisKeyOf(o.ags ?? o.ars ?? '') } };
    default:
      return {};
  }
}

export interface MunicipalRelations {
  /** the Ämter on the platform the organisation belongs to: normally none or one */
  amt: OrganisationLinkRow[];
  kreis: OrganisationLinkRow[];
  /** of an Amt its Gemeinden and Städte, of a Kreis also its Ämter */
  members?: { level: 'amt' | 'kreis'; organisations: OrganisationLinkRow[] };
}

/** Amt, Kreis and members that the organisation's official keys relate it to, as far as they are on the platform. */
export async function findMunicipalRelations(db: Executor, o: KeysOfOrganisation): Promise<MunicipalRelations> {
  const keys = relationKeysOf(o);
  const amt = keys.amt ? await listAemterByKey(db, keys.amt) : [];
  const kreis = keys.kreis ? await listKreiseByAgs(db, agsOfKreis(keys.kreis)) : [];
  if (!keys.membersOf) return { amt, kreis };
  const { level, key } = keys.membersOf;
  const organisations = !key ? [] : level === 'amt' ? await listMunicipalitiesOfAmt(db, key) : await listMunicipalitiesOfKreis(db, key);
  return { amt, kreis, members: { level, organisations } };
}
