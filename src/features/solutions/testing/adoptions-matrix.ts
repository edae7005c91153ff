import { SIGNED_IN, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';
import { ALLOWED, readTables, type ForeignIdMatrix } from '../../../testing/foreign-id-matrix.ts';
import { createTestUser } from '../../../testing/harness.ts';
import { insertMembership } from '../../organisations/repository.ts';
import { getOrganisationBySlug } from '../../organisations/service.ts';
import { insertSolution } from '../core/repository.ts';
import { solutionAdoptions, type AdoptionStatus } from '../core/tables.ts';
import { DEMO_ADOPTIONS } from '../seed-adoptions.ts';
import { insertTestOrganisation } from '../../../testing/test-organisation.ts';

/*
 * "Nachnutzen" (issue 14). The static rows name a solution and adoptions that do not exist, so
 * nothing changes; the rows with real ids follow below. Only the members of the two
 * organisations an adoption is between see it; everyone else signed in gets 404.
 */
const NO_ID = '00000000-0000-4000-8000-000000000000';
const A = '/loesungen/nachnutzungen/:id';
const NOBODY = { anonymous: 303, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 } as const;

export const solutionAdoptionRoutes: MatrixRoute[] = [
  { method: 'GET', url: '/loesungen/gibt-es-nicht/nachnutzen', route: '/loesungen/:slug/nachnutzen', expect: NOBODY },
  { method: 'POST', url: '/loesungen/gibt-es-nicht/nachnutzen', route: '/loesungen/:slug/nachnutzen', expect: NOBODY },
  { method: 'GET', url: '/loesungen/nachnutzungen', expect: SIGNED_IN },
  // the demo's Gemeinde Süderbrarup runs the ride-share bench: its manager and member see the adoption
  {
    method: 'GET',
    url: `/loesungen/nachnutzungen/${DEMO_ADOPTIONS.benchSuederbrarup}`,
    route: A,
    expect: { anonymous: 303, member: 200, manager: 200, editor: 404, juror: 404, admin: 404 },
  },
  { method: 'GET', url: `/loesungen/nachnutzungen/${NO_ID}`, route: A, expect: NOBODY },
  { method: 'GET', url: '/loesungen/nachnutzungen/kein-id', route: A, expect: NOBODY },
  { method: 'POST', url: `/loesungen/nachnutzungen/${NO_ID}/antwort`, route: `${A}/antwort`, expect: NOBODY },
  { method: 'POST', url: `/loesungen/nachnutzungen/${NO_ID}/stand`, route: `${A}/stand`, expect: NOBODY },
  { method: 'POST', url: `/loesungen/nachnutzungen/${NO_ID}/bericht`, route: `${A}/bericht`, expect: NOBODY },
];

interface Adoptions {
  /** a solution of another organisation, and one still a draft */
  published: string;
  draft: string;
  /** another organisation's adoptions of another's solutions: one asked, one accepted */
  foreignRequest: string;
  foreignAccepted: string;
  adopter: string;
  /** a request to a solution of Gemeinde Süderbrarup (whose manager and member the matrix signs in as) */
  incoming: string;
  /** Süderbrarup's own adoption of another's solution, accepted */
  outgoing: string;
}

/** The matrix's manager and member belong to Süderbrarup; the manager may act, the member may only look. */
const SUEDERBRARUP_GET = { anonymous: 303, member: 200, manager: 200, editor: 404, juror: 404, admin: 404 } as const;
const SUEDERBRARUP_MANAGER = { anonymous: 303, member: 404, manager: ALLOWED, editor: 404, juror: 404, admin: 404 } as const;
const at = (id: string, page = '') => `/loesungen/nachnutzungen/${id}${page}`;
const REPORT = { reportChanges: 'Anders.', reportCosts: 'Wenig.', reportLessons: 'Früher anfangen.' };

export const solutionAdoptionForeignIds: ForeignIdMatrix<Adoptions> = {
  async setUp(deps) {
    const db = deps.db;
    const organisation = async (slug: string, name: string) => {
      const id = await insertTestOrganisation(db, slug, name);
      const manager = await createTestUser(deps);
      await insertMembership(db, { organisationId: id, userId: manager.id, role: 'manager', status: 'active' });
      return { id, manager: manager.id };
    };
    const owner = await organisation('stadt-nachnutzung-matrix', 'Stadt Kappeln');
    const adopter = await organisation('gemeinde-nachnutzung-matrix', 'Gemeinde Sörup');
    const suederbrarup = (await getOrganisationBySlug(db, 'gemeinde-suederbrarup'))!;
    const solution = async (slug: string, ownerOrganisationId: string, published = true) =>
      (
        await insertSolution(db, {
          slug,
          ownerOrganisationId,
          title: `Lösung ${slug}`,
          summary: 'Eine Lösung für die Matrix.',
          problem: 'Ein Problem.',
          approach: 'Ein Ansatz.',
          maturity: 'pilot',
          ...(published ? { status: 'published' as const, publishedAt: new Date() } : {}),
        })
      ).id;
    const adoption = async (solutionId: string, organisationId: string, status: AdoptionStatus, requestedBy: string) =>
      (
        await db
          .insert(solutionAdoptions)
          .values({ solutionId, organisationId, status, message: 'Wir möchten die Lösung übernehmen.', requestedBy })
          .returning()
      )[0]!.id;
    const published = await solution('matrix-portal', owner.id);
    const other = await solution('matrix-sensoren', owner.id);
    const theirs = await solution('matrix-suederbrarup', suederbrarup.id);
    await solution('matrix-entwurf', owner.id, false);
    return {
      published: 'matrix-portal',
      draft: 'matrix-entwurf',
      foreignRequest: await adoption(published, adopter.id, 'requested', adopter.manager),
      foreignAccepted: await adoption(other, adopter.id, 'interested', adopter.manager),
      adopter: adopter.id,
      incoming: await adoption(theirs, adopter.id, 'requested', adopter.manager),
      outgoing: await adoption(published, suederbrarup.id, 'interested', owner.manager),
    };
  },
  state: (deps) => readTables(deps.db, [solutionAdoptions]),
  rows: [
    {
      method: 'GET',
      route: '/loesungen/:slug/nachnutzen',
      what: "another organisation's published solution",
      url: (o) => `/loesungen/${o.published}/nachnutzen`,
      expect: { anonymous: 303, member: 200, manager: 200, editor: 200, juror: 200, admin: 200 },
    },
    { method: 'GET', route: '/loesungen/:slug/nachnutzen', what: 'a draft by its slug', url: (o) => `/loesungen/${o.draft}/nachnutzen`, expect: NOBODY },
    {
      method: 'POST',
      route: '/loesungen/:slug/nachnutzen',
      what: 'a draft by its slug',
      url: (o) => `/loesungen/${o.draft}/nachnutzen`,
      form: (o) => ({ organisationId: o.adopter, message: 'Wir möchten den Entwurf übernehmen.' }),
      expect: NOBODY,
    },
    {
      method: 'POST',
      route: '/loesungen/:slug/nachnutzen',
      what: 'an organisation the person does not belong to',
      url: (o) => `/loesungen/${o.published}/nachnutzen`,
      form: (o) => ({ organisationId: o.adopter, message: 'Wir fragen für eine andere Gemeinde an.' }),
      expect: { anonymous: 303, member: 400, manager: 400, editor: 400, juror: 400, admin: 400 },
    },
    { method: 'GET', route: A, what: "another organisation's adoption", url: (o) => at(o.foreignRequest), expect: NOBODY },
    {
      method: 'POST',
      route: `${A}/antwort`,
      what: "another organisation's request",
      url: (o) => at(o.foreignRequest, '/antwort'),
      form: () => ({ decision: 'accept', answer: '' }),
      expect: NOBODY,
    },
    {
      method: 'POST',
      route: `${A}/stand`,
      what: "another organisation's adoption",
      url: (o) => at(o.foreignAccepted, '/stand'),
      form: () => ({ step: 'start' }),
      expect: NOBODY,
    },
    {
      method: 'POST',
      route: `${A}/bericht`,
      what: "another organisation's adoption",
      url: (o) => at(o.foreignAccepted, '/bericht'),
      form: () => REPORT,
      expect: NOBODY,
    },
    { method: 'GET', route: A, what: "a request to the organisation's solution", url: (o) => at(o.incoming), expect: SUEDERBRARUP_GET },
    {
      method: 'POST',
      route: `${A}/antwort`,
      what: "a request to the organisation's solution, by a member who is no manager",
      url: (o) => at(o.incoming, '/antwort'),
      form: () => ({ decision: 'decline', answer: 'Wir geben die Lösung nicht weiter.' }),
      expect: SUEDERBRARUP_MANAGER,
    },
    {
      method: 'POST',
      route: `${A}/stand`,
      what: 'the owner moving on the adopter’s adoption',
      url: (o) => at(o.incoming, '/stand'),
      form: () => ({ step: 'start' }),
      expect: { ...NOBODY, member: 404, manager: 404 },
    },
    { method: 'GET', route: A, what: "the organisation's own adoption", url: (o) => at(o.outgoing), expect: SUEDERBRARUP_GET },
    {
      method: 'POST',
      route: `${A}/stand`,
      what: "the organisation's own adoption, by a member who is no manager",
      url: (o) => at(o.outgoing, '/stand'),
      form: () => ({ step: 'start' }),
      expect: SUEDERBRARUP_MANAGER,
    },
    {
      method: 'POST',
      route: `${A}/bericht`,
      what: "the organisation's own adoption, by a member who is no manager",
      url: (o) => at(o.outgoing, '/bericht'),
      form: () => REPORT,
      expect: SUEDERBRARUP_MANAGER,
    },
    {
      method: 'POST',
      route: `${A}/antwort`,
      what: 'the adopter answering its own request',
      url: (o) => at(o.outgoing, '/antwort'),
      form: () => ({ decision: 'accept', answer: '' }),
      expect: { ...NOBODY, member: 404, manager: 404 },
    },
  ],
};
