import { users } from '../../../platform/db/tables.ts';
import { ADMIN_ONLY } from '../../../platform/testing/authorization-matrix-types.ts';
import { ALLOWED, readTables, type ForeignIdMatrix } from '../../../testing/foreign-id-matrix.ts';
import { createTestUser } from '../../../testing/harness.ts';
import { findOrganisationBySlug } from '../../organisations/repository.ts';
import { memberships, organisations } from '../../organisations/tables.ts';

/*
 * The administration of people and organisations, with a real person and a real organisation
 * none of the visitors belongs to. Only administrators may act; they are not tried on changes.
 */
interface Targets {
  person: string;
  organisation: string;
}

const REFUSED_UNLESS_ADMIN = { ...ADMIN_ONLY, admin: ALLOWED } as const;

export const adminForeignIds: ForeignIdMatrix<Targets> = {
  async setUp(deps) {
    const person = await createTestUser(deps, { email: 'person@luebeck.example', displayName: 'Lina Lüders' });
    const organisation = await findOrganisationBySlug(deps.db, 'hansestadt-luebeck');
    if (!organisation) throw new Error('demo organisation hansestadt-luebeck is missing');
    return { person: person.id, organisation: organisation.id };
  },

  state: (deps) => readTables(deps.db, [users, organisations, memberships]),

  rows: [
    { method: 'GET', route: '/verwaltung/nutzer/:id', what: 'another person', url: (t) => `/verwaltung/nutzer/${t.person}`, expect: ADMIN_ONLY },
    {
      method: 'POST',
      route: '/verwaltung/nutzer/:id/rolle',
      what: 'making another person an administrator',
      url: (t) => `/verwaltung/nutzer/${t.person}/rolle`,
      form: () => ({ role: 'admin' }),
      expect: REFUSED_UNLESS_ADMIN,
    },
    {
      method: 'POST',
      route: '/verwaltung/nutzer/:id/sperre',
      what: 'disabling another person',
      url: (t) => `/verwaltung/nutzer/${t.person}/sperre`,
      form: () => ({ disabled: '1' }),
      expect: REFUSED_UNLESS_ADMIN,
    },
    {
      method: 'GET',
      route: '/verwaltung/organisationen/:id/loeschen',
      what: 'an organisation',
      url: (t) => `/verwaltung/organisationen/${t.organisation}/loeschen`,
      expect: ADMIN_ONLY,
    },
    {
      method: 'POST',
      route: '/verwaltung/organisationen/:id/loeschen',
      what: 'deleting an organisation',
      url: (t) => `/verwaltung/organisationen/${t.organisation}/loeschen`,
      expect: REFUSED_UNLESS_ADMIN,
    },
  ],
};
