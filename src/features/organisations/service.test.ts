import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { CurrentUser } from '../../platform/auth/current-user.ts';
import { queryRows } from '../../platform/db/client.ts';
import type { SiteRole } from '../../platform/db/tables.ts';
import { runOncePerSubmission } from '../../platform/http/submissions.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../testing/harness.ts';
import { acceptInvitation } from './accept-invitation.ts';
import { changeMemberRole } from './change-member-role.ts';
import { decideJoinRequest } from './decide-join-request.ts';
import { declineInvitation } from './decline-invitation.ts';
import { createOrganisation, updateOrganisation } from './edit-organisation.ts';
import { deleteOrganisation } from './delete-organisation.ts';
import { inviteMember } from './invite-member.ts';
import { leaveOrganisation } from './leave-organisation.ts';
import { LIMITS } from './member-routes.ts';
import { organisationsPersonalData } from './personal-data.ts';
import { removeMember } from './remove-member.ts';
import { requestMembership } from './request-membership.ts';
import { revokeInvitation } from './revoke-invitation.ts';
import type { OrganisationInput } from './schema.ts';
import { getMembershipsOfUser, getMyInvitations, getOrganisationBySlug, listOrganisations, listOrganisationsForAdmin } from './service.ts';
import type { MembershipRole } from './tables.ts';
import { createTestOrganisation } from './testing/organisation-fixtures.ts';

const input = (name: string, extra: Partial<OrganisationInput> = {}): OrganisationInput => ({
  name,
  type: 'gemeinde',
  ags: '01059083',
  street: undefined,
  postcode: undefined,
  town: 'Süderbrarup',
  website: undefined,
  description: undefined,
  ...extra,
});

eachBackend('organisations: service', (backend) => {
  let rt: TestRuntime;
  let counter = 0;

  /** A fresh account, seen as the signed-in person services receive. */
  async function person(siteRole: SiteRole = 'member', verified = true): Promise<CurrentUser> {
    const user = await createTestUser(rt.deps, { email: `person${++counter}@example.org`, siteRole, verified });
    return { id: user.id, email: user.email, displayName: `Person ${counter}`, siteRole, sessionIdHash: 'test' };
  }

  async function membership(organisationId: string, userId: string) {
    const rows = await queryRows<{ role: string; status: string }>(
      rt.deps.db,
      sql`select role, status from memberships where organisation_id = ${organisationId} and user_id = ${userId}`,
    );
    return rows[0];
  }

  async function auditActions(organisationId: string): Promise<string[]> {
    const rows = await queryRows<{ action: string }>(
      rt.deps.db,
      sql`select action from audit_log where subject_type = 'organisation' and subject_id = ${organisationId} order by at, action`,
    );
    return rows.map((r) => r.action);
  }

  const create = (actor: CurrentUser, data: OrganisationInput) => createTestOrganisation(rt.deps.db, actor, data);
  const askToJoin = (actor: CurrentUser, org: { id: string }) => requestMembership(rt.deps, { actor, organisationId: org.id });
  const decide = (actor: CurrentUser, org: { id: string }, userId: string, decision: 'accept' | 'decline') =>
    decideJoinRequest(rt.deps, { actor, organisationId: org.id, userId, decision });
  const changeRole = (actor: CurrentUser, org: { id: string }, userId: string, role: MembershipRole) =>
    changeMemberRole(rt.deps, { actor, organisationId: org.id, userId, role });
  const leave = (actor: CurrentUser, org: { id: string }) => leaveOrganisation(rt.deps, { actor, organisationId: org.id });
  const invite = (actor: CurrentUser, org: { id: string }, email: string, role: MembershipRole) =>
    inviteMember(rt.deps, { actor, organisationId: org.id, email, role, limits: LIMITS });

  before(async () => {
    rt = await createTestRuntime(backend);
  });
  after(async () => {
    await rt.close();
  });

  describe('creating and editing', () => {
    it('makes the creator the active manager, gives a unique slug and records it', async () => {
      const creator = await person();
      const first = await createOrganisation(rt.deps.db, { actor: creator, input: input('Gemeinde Tüttendorf') });
      const second = await createOrganisation(rt.deps.db, { actor: creator, input: input('Gemeinde Tüttendorf') });
      assert.ok(first.kind === 'created' && second.kind === 'created');
      assert.equal(first.organisation.slug, 'gemeinde-tuettendorf');
      assert.equal(second.organisation.slug, 'gemeinde-tuettendorf-2');
      assert.deepEqual(await membership(first.organisation.id, creator.id), { role: 'manager', status: 'active' });
      assert.deepEqual(await auditActions(first.organisation.id), ['organisation.create']);
    });

    it('lets managers and administrators edit, records the change, and refuses everyone else', async () => {
      const manager = await person();
      const admin = await person('admin');
      const stranger = await person();
      const org = await create(manager, input('Amt Nordangeln', { type: 'amt' }));
      const edit = (actor: CurrentUser, data: OrganisationInput) => updateOrganisation(rt.deps, { actor, organisationId: org.id, input: data });
      assert.equal((await edit(manager, input('Amt Nordangeln', { type: 'amt', website: 'https://amt.example.org' }))).kind, 'saved');
      assert.equal((await edit(admin, input('Amt Nordangeln', { type: 'amt', town: 'Sörup' }))).kind, 'saved');
      assert.equal((await edit(stranger, input('Übernommen'))).kind, 'notAllowed');
      const stored = await getOrganisationBySlug(rt.deps.db, org.slug);
      assert.equal(stored?.name, 'Amt Nordangeln');
      assert.equal(stored?.town, 'Sörup');
      assert.equal(stored?.slug, org.slug, 'the address stays when the name changes');
      assert.deepEqual(await auditActions(org.id), ['organisation.create', 'organisation.update', 'organisation.update']);
    });

    it('runs a create form once per submission id and sends a repeat to the first result', async () => {
      const creator = await person();
      const submission = '5b0c7a57-3b7c-4f43-9a0b-5f1d2c3e4a5b';
      const once = () =>
        runOncePerSubmission(rt.deps.db, submission, async (tx) => {
          const org = await createTestOrganisation(tx, creator, input('Gemeinde Doppelklick'));
          return `/netzwerk/organisationen/${org.slug}`;
        });
      const [a, b] = [await once(), await once()];
      assert.deepEqual(a, { location: '/netzwerk/organisationen/gemeinde-doppelklick', repeated: false });
      assert.deepEqual(b, { location: '/netzwerk/organisationen/gemeinde-doppelklick', repeated: true });
      const rows = await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from organisations where name = 'Gemeinde Doppelklick'`);
      assert.equal(rows[0]?.n, 1);
    });
  });

  describe('requests to join', () => {
    it('tells every manager of the organisation by e-mail, once', async () => {
      const manager = await person();
      const applicant = await person();
      const org = await create(manager, input('Gemeinde Meldedorf'));
      assert.equal(await askToJoin(applicant, org), 'requested');
      assert.equal(await askToJoin(applicant, org), 'unchanged');
      await rt.runJobs();
      const told = rt.mails.filter((m) => m.to === manager.email && /Meldedorf/.test(m.subject));
      assert.equal(told.length, 1);
      assert.match(told[0]!.subject, /Beitrittsanfrage für „Gemeinde Meldedorf“/);
      assert.match(told[0]!.text, new RegExp(`${applicant.displayName} möchte der Organisation`));
      assert.match(told[0]!.text, /\/netzwerk\/organisationen\/gemeinde-meldedorf\/mitglieder/);
      assert.equal(rt.mails.filter((m) => m.to === applicant.email && /Meldedorf/.test(m.subject)).length, 0);
    });

    it('turns an accepted request into an active membership and records the decision', async () => {
      const manager = await person();
      const applicant = await person();
      const org = await create(manager, input('Gemeinde Anfragedorf'));
      assert.equal(await askToJoin(applicant, org), 'requested');
      assert.equal(await askToJoin(applicant, org), 'unchanged');
      assert.deepEqual(await membership(org.id, applicant.id), { role: 'member', status: 'requested' });
      assert.equal(await decide(applicant, org, applicant.id, 'accept'), 'notAllowed');
      assert.equal(await decide(manager, org, applicant.id, 'accept'), 'accepted');
      assert.equal(await decide(manager, org, applicant.id, 'accept'), 'unchanged');
      assert.deepEqual(await membership(org.id, applicant.id), { role: 'member', status: 'active' });
      assert.deepEqual(await auditActions(org.id), ['organisation.create', 'membership.accept']);
      const mine = await getMembershipsOfUser(rt.deps.db, applicant.id);
      assert.deepEqual(
        mine.map((m) => [m.slug, m.role, m.status]),
        [[org.slug, 'member', 'active']],
      );
    });

    it('removes a declined request, and the person may ask again', async () => {
      const manager = await person();
      const applicant = await person();
      const org = await create(manager, input('Gemeinde Absagehausen'));
      await askToJoin(applicant, org);
      assert.equal(await decide(manager, org, applicant.id, 'decline'), 'declined');
      assert.equal(await membership(org.id, applicant.id), undefined);
      assert.deepEqual(await auditActions(org.id), ['organisation.create', 'membership.decline']);
      assert.equal(await askToJoin(applicant, org), 'requested');
      assert.equal(await leave(applicant, org), 'withdrawn');
      assert.equal(await membership(org.id, applicant.id), undefined);
    });
  });

  describe('the last manager', () => {
    it('cannot leave, be made a member or be removed; with a second manager all of it works', async () => {
      const first = await person();
      const second = await person();
      const org = await create(first, input('Gemeinde Letzthand'));
      assert.equal(await leave(first, org), 'lastManager');
      assert.equal(await changeRole(first, org, first.id, 'member'), 'lastManager');
      assert.equal(await removeMember(rt.deps, { actor: first, organisationId: org.id, userId: first.id }), 'lastManager');
      assert.deepEqual(await membership(org.id, first.id), { role: 'manager', status: 'active' });

      await askToJoin(second, org);
      assert.equal(await decide(first, org, second.id, 'accept'), 'accepted');
      assert.equal(await changeRole(first, org, second.id, 'manager'), 'changed');
      assert.equal(await leave(first, org), 'left');
      assert.equal(await membership(org.id, first.id), undefined);
      assert.equal(await changeRole(second, org, second.id, 'member'), 'lastManager');
      assert.deepEqual(await auditActions(org.id), ['organisation.create', 'membership.accept', 'membership.role', 'membership.leave']);
    });
  });

  it('keeps one manager when two managers demote each other at the same moment', async () => {
    const a = await person();
    const b = await person();
    const org = await create(a, input('Gemeinde Gleichzeitig'));
    await askToJoin(b, org);
    await decide(a, org, b.id, 'accept');
    await changeRole(a, org, b.id, 'manager');
    const outcomes = await Promise.all([changeRole(a, org, b.id, 'member'), changeRole(b, org, a.id, 'member')]);
    assert.deepEqual(outcomes.map((o) => (o === 'notAllowed' || o === 'lastManager' ? 'refused' : o)).sort(), ['changed', 'refused']);
    const managers = await queryRows<{ n: number }>(
      rt.deps.db,
      sql`select count(*)::int as n from memberships where organisation_id = ${org.id} and role = 'manager' and status = 'active'`,
    );
    assert.equal(managers[0]?.n, 1);
  });

  describe('invitations', () => {
    it('queues one e-mail, and accepting creates an active membership with the invited role', async () => {
      const manager = await person();
      const invitee = await person();
      const org = await create(manager, input('Gemeinde Einladingen'));
      assert.equal(await invite(manager, org, invitee.email, 'manager'), 'invited');
      assert.equal(await invite(manager, org, invitee.email, 'manager'), 'unchanged');
      await rt.runJobs();
      const mails = rt.mails.filter((m) => m.to === invitee.email);
      assert.equal(mails.length, 1);
      assert.match(mails[0]!.subject, /Gemeinde Einladingen/);
      assert.match(mails[0]!.text, /\/konto\/einladungen/);

      const stranger = await person();
      const [invitation] = (await getMyInvitations(rt.deps.db, invitee)).invitations;
      assert.equal(invitation?.organisationName, 'Gemeinde Einladingen');
      assert.deepEqual((await getMyInvitations(rt.deps.db, stranger)).invitations, []);
      assert.deepEqual(await acceptInvitation(rt.deps, { actor: stranger, invitationId: invitation!.id }), { kind: 'notFound' });

      const joined = await acceptInvitation(rt.deps, { actor: invitee, invitationId: invitation!.id });
      assert.ok(joined.kind === 'accepted');
      assert.equal(joined.organisation.id, org.id);
      assert.equal((await acceptInvitation(rt.deps, { actor: invitee, invitationId: invitation!.id })).kind, 'accepted');
      assert.deepEqual(await membership(org.id, invitee.id), { role: 'manager', status: 'active' });
      assert.deepEqual((await getMyInvitations(rt.deps.db, invitee)).invitations, []);
      assert.deepEqual(await auditActions(org.id), ['organisation.create', 'invitation.create', 'invitation.accept']);
    });

    it('refuses to invite a member, lets the manager revoke, and the invitee decline', async () => {
      const manager = await person();
      const invitee = await person();
      const org = await create(manager, input('Gemeinde Widerruf'));
      assert.equal(await invite(manager, org, manager.email, 'member'), 'alreadyMember');
      assert.equal(await invite(invitee, org, invitee.email, 'manager'), 'notAllowed');

      await invite(manager, org, invitee.email, 'member');
      const [first] = (await getMyInvitations(rt.deps.db, invitee)).invitations;
      assert.equal(await revokeInvitation(rt.deps, { actor: manager, organisationId: org.id, invitationId: first!.id }), 'revoked');
      assert.deepEqual((await getMyInvitations(rt.deps.db, invitee)).invitations, []);

      await invite(manager, org, invitee.email, 'member');
      const [second] = (await getMyInvitations(rt.deps.db, invitee)).invitations;
      assert.equal(await declineInvitation(rt.deps, { actor: invitee, invitationId: second!.id }), 'declined');
      assert.deepEqual((await getMyInvitations(rt.deps.db, invitee)).invitations, []);
      assert.equal(await membership(org.id, invitee.id), undefined);
      assert.deepEqual(await auditActions(org.id), [
        'organisation.create',
        'invitation.create',
        'invitation.revoke',
        'invitation.create',
        'invitation.decline',
      ]);
    });

    it('shows and accepts invitations only for a confirmed address', async () => {
      const manager = await person();
      const unconfirmed = await person('member', false);
      const org = await create(manager, input('Gemeinde Bestätigt'));
      await invite(manager, org, unconfirmed.email, 'manager');
      assert.deepEqual(await getMyInvitations(rt.deps.db, unconfirmed), { invitations: [], verified: false });
      const rows = await queryRows<{ id: string }>(rt.deps.db, sql`select id from organisation_invitations where email = ${unconfirmed.email}`);
      assert.deepEqual(await acceptInvitation(rt.deps, { actor: unconfirmed, invitationId: rows[0]!.id }), { kind: 'unconfirmedAddress' });
      assert.equal(await membership(org.id, unconfirmed.id), undefined);
    });
  });

  describe('personal data', () => {
    it('exports memberships and invitations and erases them with the account', async () => {
      const manager = await person();
      const someone = await person();
      const org = await create(manager, input('Gemeinde Datenhausen'));
      const other = await create(manager, input('Gemeinde Nebenan'));
      await askToJoin(someone, org);
      await invite(manager, other, someone.email, 'member');
      const exported = (await organisationsPersonalData.export(rt.deps.db, someone.id)) as {
        memberships: { organisation: string; status: string }[];
        openInvitations: { organisation: string }[];
      };
      assert.deepEqual(
        exported.memberships.map((m) => [m.organisation, m.status]),
        [['Gemeinde Datenhausen', 'requested']],
      );
      assert.deepEqual(
        exported.openInvitations.map((i) => i.organisation),
        ['Gemeinde Nebenan'],
      );
      await rt.deps.db.transaction((tx) => organisationsPersonalData.erase(tx, someone.id));
      assert.deepEqual(await getMembershipsOfUser(rt.deps.db, someone.id), []);
      assert.deepEqual((await getMyInvitations(rt.deps.db, someone)).invitations, []);
      assert.deepEqual(await membership(org.id, manager.id), { role: 'manager', status: 'active' });
    });
  });

  describe('lists and the administration', () => {
    it('searches name and town, filters by type and pages by 20', async () => {
      const creator = await person();
      for (let i = 1; i <= 21; i++)
        await create(creator, input(`Listenverein ${String(i).padStart(2, '0')}`, { type: 'zivilgesellschaft', ags: undefined, town: 'Listenstadt' }));
      await create(creator, input('Stadt Listenstadt', { type: 'stadt', town: 'Listenstadt' }));
      const byTown = await listOrganisations(rt.deps.db, { text: 'listenstadt', page: 1 });
      assert.equal(byTown.total, 22);
      assert.equal(byTown.items.length, 20);
      assert.equal(byTown.pages, 2);
      const page2 = await listOrganisations(rt.deps.db, { text: 'listenstadt', page: 2 });
      assert.equal(page2.items.length, 2);
      const cities = await listOrganisations(rt.deps.db, { text: 'listen', type: 'stadt', page: 1 });
      assert.deepEqual(
        cities.items.map((o) => o.name),
        ['Stadt Listenstadt'],
      );
      assert.equal(cities.items[0]?.memberCount, 1);
      const byName = await listOrganisations(rt.deps.db, { text: 'verein 07', page: 1 });
      assert.deepEqual(
        byName.items.map((o) => o.name),
        ['Listenverein 07'],
      );
      const wildcard = await listOrganisations(rt.deps.db, { text: '%', page: 1 });
      assert.equal(wildcard.total, 0, 'a percent sign is searched for, not a wildcard');
      const admin = await listOrganisationsForAdmin(rt.deps.db, { query: 'verein 2', page: 1 });
      assert.deepEqual(
        admin.items.map((o) => o.name),
        ['Listenverein 20', 'Listenverein 21'],
      );
    });

    it('lets only administrators delete, with audit entries', async () => {
      const manager = await person();
      const admin = await person('admin');
      const org = await create(manager, input('Gemeinde Löschbar'));
      assert.equal(await deleteOrganisation(rt.deps, { actor: manager, organisationId: org.id }), 'notAllowed');
      assert.equal((await updateOrganisation(rt.deps, { actor: admin, organisationId: org.id, input: input('Gemeinde Löschbar (alt)') })).kind, 'saved');
      assert.equal(await deleteOrganisation(rt.deps, { actor: admin, organisationId: org.id }), 'deleted');
      assert.equal(await deleteOrganisation(rt.deps, { actor: admin, organisationId: org.id }), 'notFound');
      assert.equal(await getOrganisationBySlug(rt.deps.db, org.slug), undefined);
      assert.equal(await membership(org.id, manager.id), undefined);
      assert.deepEqual(await auditActions(org.id), ['organisation.create', 'organisation.update', 'organisation.delete']);
    });
  });
});
