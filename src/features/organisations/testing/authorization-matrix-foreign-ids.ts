import type { FormValues } from '../../../platform/http/form.ts';
import { ALLOWED, readTables, type ForeignIdMatrix } from '../../../testing/foreign-id-matrix.ts';
import { createTestUser } from '../../../testing/harness.ts';
import { findOrganisationBySlug, insertInvitation, insertMembership } from '../repository.ts';
import { invitations, memberships, organisations } from '../tables.ts';
import { organisationValues } from '../views/organisation-fields.tsx';

/*
 * "manager" manages Gemeinde Süderbrarup. Kreis Nordfriesland gets a manager, a member, a
 * request to join and an open invitation of its own. Each change is tried on Nordfriesland's
 * address with its real ids, and on Süderbrarup's address with Nordfriesland's ids: managing
 * one organisation must not reach into another.
 */
const OWN = '/netzwerk/organisationen/gemeinde-suederbrarup';
const OTHER_SLUG = 'kreis-nordfriesland';
const OTHER = `/netzwerk/organisationen/${OTHER_SLUG}`;
const MEMBER = '/netzwerk/organisationen/:slug/mitglieder/:userId';
const INVITATION = '/netzwerk/organisationen/:slug/einladungen/:id/zuruecknehmen';

interface OtherOrganisation {
  member: string;
  requester: string;
  invitation: string;
  values: FormValues;
}

// Administrators manage every organisation, so they are not tried on Nordfriesland's address.
const NOT_ITS_MANAGERS = { anonymous: 303, member: 403, manager: 403, editor: 403, juror: 403, admin: ALLOWED } as const;
// Süderbrarup's manager and administrators pass Süderbrarup's check; the id must not be found there.
const inOwn = (status: number) => ({ anonymous: 303, member: 403, manager: status, editor: 403, juror: 403, admin: status });
// Declining, removing and revoking what is not there (any more) answers like a repeated click:
// back to the own member page, with nothing changed.
const OWN_UNCHANGED = inOwn(303);

export const organisationForeignIds: ForeignIdMatrix<OtherOrganisation> = {
  async setUp(deps) {
    const organisation = await findOrganisationBySlug(deps.db, OTHER_SLUG);
    if (!organisation) throw new Error(`demo organisation ${OTHER_SLUG} is missing`);
    const organisationId = organisation.id;
    const manager = await createTestUser(deps, { email: 'leitung@nordfriesland.example', displayName: 'Nele Hansen' });
    const member = await createTestUser(deps, { email: 'mitglied@nordfriesland.example', displayName: 'Jens Petersen' });
    const requester = await createTestUser(deps, { email: 'anfrage@nordfriesland.example', displayName: 'Anke Jensen' });
    const decidedAt = new Date();
    await insertMembership(deps.db, { organisationId, userId: manager.id, role: 'manager', status: 'active', decidedAt });
    await insertMembership(deps.db, { organisationId, userId: member.id, role: 'member', status: 'active', decidedAt });
    await insertMembership(deps.db, { organisationId, userId: requester.id, role: 'member', status: 'requested' });
    const invitation = await insertInvitation(deps.db, { organisationId, email: 'eingeladen@nordfriesland.example', role: 'manager', invitedBy: manager.id });
    if (!invitation) throw new Error('invitation of Nordfriesland not stored');
    return { member: member.id, requester: requester.id, invitation: invitation.id, values: organisationValues(organisation) };
  },

  state: (deps) => readTables(deps.db, [organisations, memberships, invitations]),

  rows: [
    { method: 'POST', route: `${MEMBER}/annehmen`, what: 'its request', url: (o) => `${OTHER}/mitglieder/${o.requester}/annehmen`, expect: NOT_ITS_MANAGERS },
    {
      method: 'POST',
      route: `${MEMBER}/annehmen`,
      what: 'its request on the own address',
      url: (o) => `${OWN}/mitglieder/${o.requester}/annehmen`,
      expect: inOwn(404),
    },
    { method: 'POST', route: `${MEMBER}/ablehnen`, what: 'its request', url: (o) => `${OTHER}/mitglieder/${o.requester}/ablehnen`, expect: NOT_ITS_MANAGERS },
    {
      method: 'POST',
      route: `${MEMBER}/ablehnen`,
      what: 'its request on the own address',
      url: (o) => `${OWN}/mitglieder/${o.requester}/ablehnen`,
      expect: OWN_UNCHANGED,
    },
    {
      method: 'POST',
      route: `${MEMBER}/rolle`,
      what: 'its member',
      url: (o) => `${OTHER}/mitglieder/${o.member}/rolle`,
      form: () => ({ role: 'manager' }),
      expect: NOT_ITS_MANAGERS,
    },
    {
      method: 'POST',
      route: `${MEMBER}/rolle`,
      what: 'its member on the own address',
      url: (o) => `${OWN}/mitglieder/${o.member}/rolle`,
      form: () => ({ role: 'manager' }),
      expect: inOwn(404),
    },
    { method: 'POST', route: `${MEMBER}/entfernen`, what: 'its member', url: (o) => `${OTHER}/mitglieder/${o.member}/entfernen`, expect: NOT_ITS_MANAGERS },
    {
      method: 'POST',
      route: `${MEMBER}/entfernen`,
      what: 'its member on the own address',
      url: (o) => `${OWN}/mitglieder/${o.member}/entfernen`,
      expect: OWN_UNCHANGED,
    },
    { method: 'POST', route: INVITATION, what: 'its invitation', url: (o) => `${OTHER}/einladungen/${o.invitation}/zuruecknehmen`, expect: NOT_ITS_MANAGERS },
    {
      method: 'POST',
      route: INVITATION,
      what: 'its invitation on the own address',
      url: (o) => `${OWN}/einladungen/${o.invitation}/zuruecknehmen`,
      expect: OWN_UNCHANGED,
    },
    {
      method: 'POST',
      route: '/netzwerk/organisationen/:slug/einladungen',
      what: 'inviting into it',
      url: () => `${OTHER}/einladungen`,
      form: () => ({ email: 'neu@nordfriesland.example', role: 'manager' }),
      expect: NOT_ITS_MANAGERS,
    },
    {
      method: 'POST',
      route: '/netzwerk/organisationen/:slug/bearbeiten',
      what: 'its profile',
      url: () => `${OTHER}/bearbeiten`,
      form: (o) => ({ ...o.values, name: 'Übernommen' }),
      expect: NOT_ITS_MANAGERS,
    },
    // The invitation is to another address: nobody else can answer it.
    {
      method: 'POST',
      route: '/konto/einladungen/:id/annehmen',
      what: 'an invitation to someone else',
      url: (o) => `/konto/einladungen/${o.invitation}/annehmen`,
      expect: { anonymous: 303, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 },
    },
    {
      method: 'POST',
      route: '/konto/einladungen/:id/ablehnen',
      what: 'an invitation to someone else',
      url: (o) => `/konto/einladungen/${o.invitation}/ablehnen`,
      expect: { anonymous: 303, member: 303, manager: 303, editor: 303, juror: 303, admin: 303 },
    },
  ],
};
