import { and, asc, eq, inArray, like } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { memberships, organisations, type OrganisationType } from './tables.ts';

export interface MunicipalityKeyRow {
  id: string;
  slug: string;
  name: string;
  type: OrganisationType;
  ags: string | null;
  amtsschluessel: string | null;
  ars: string | null;
}

/** Every organisation of the given types with its official keys, by name. */
export async function listOrganisationsWithKeys(db: Executor, types: readonly OrganisationType[]): Promise<MunicipalityKeyRow[]> {
  return db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      type: organisations.type,
      ags: organisations.ags,
      amtsschluessel: organisations.amtsschluessel,
      ars: organisations.ars,
    })
    .from(organisations)
    .where(inArray(organisations.type, [...types]))
    .orderBy(asc(organisations.name));
}

/**
 * Organisations whose AGS names a whole Kreis (Kreis key + 000): the Kreise and the kreisfreien
 * Städte, which are their own Kreis.
 */
export async function listKreisBodies(db: Executor): Promise<{ ags: string; name: string; type: OrganisationType }[]> {
  const rows = await db
    .select({ ags: organisations.ags, name: organisations.name, type: organisations.type })
    .from(organisations)
    .where(and(like(organisations.ags, '_____000'), inArray(organisations.type, ['kreis', 'stadt'])));
  return rows.flatMap((r) => (r.ags ? [{ ags: r.ags, name: r.name, type: r.type }] : []));
}

/** Every active membership: which person belongs to which organisation. */
export async function listActiveMemberships(db: Executor): Promise<{ organisationId: string; userId: string }[]> {
  return db.select({ organisationId: memberships.organisationId, userId: memberships.userId }).from(memberships).where(eq(memberships.status, 'active'));
}
