import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { CurrentUser } from '../../platform/auth/current-user.ts';
import { queryRows } from '../../platform/db/client.ts';
import type { SiteRole } from '../../platform/db/tables.ts';
import { HttpError } from '../../platform/http/errors.ts';
import { runOncePerSubmission } from '../../platform/http/submissions.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../platform/testing/harness.ts';
import { acceptInvitation, declineInvitation, getMyInvitations, inviteToOrganisation, revokeInvitation } from './invitation-service.ts';
import {
  acceptRequest,
  changeRole,
  declineRequest,
  getMembershipsOfUser,
  leaveOrganisation,
  removeMember,
  requestMembership,
} from './membership-service.ts';
import { organisationsPersonalData } from './personal-data.ts';
import { OrganisationRuleError } from './rules.ts';
import type { OrganisationInput } from './schema.ts';
import {
  createOrganisation,
  deleteOrganisation,
  getOrganisationBySlug,
  listOrganisations,
  listOrganisationsForAdmin,
  updateOrganisation,
  updateOrganisationAsAdmin,
} from './service.ts';

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

const rejectsWith = (kind: string) => (error: unknown) => error instanceof HttpError && error.kind === kind;
const lastManager = (error: unknown) => error instanceof OrganisationRuleError && error.reason === 'lastManager';

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

  before(async () => {
    rt = await createTestRuntime(backend);
  });
  after(async () => {
    await rt.close();
  });

  describe('creating and editing', () => {
    it('makes the creator the active manager, gives a unique slug and records it', async () => {
      const creator = await person();
      const first = await createOrganisation(rt.deps.db, creator, input('Gemeinde Tüttendorf'));
      const second = await createOrganisation(rt.deps.db, creator, input('Gemeinde Tüttendorf'));
      assert.equal(first.slug, 'gemeinde-tuettendorf');
      assert.equal(second.slug, 'gemeinde-tuettendorf-2');
      assert.deepEqual(await membership(first.id, creator.id), { role: 'manager', status: 'active' });
      assert.deepEqual(await auditActions(first.id), ['organisation.create']);
    });

    it('lets managers and administrators edit, records the change, and refuses everyone else', async () => {
      const manager = await person();
      const admin = await person('admin');
      const stranger = await person();
      const org = await createOrganisation(rt.deps.db, manager, input('Amt Nordangeln', { type: 'amt' }));
      await updateOrganisation(rt.deps.db, manager, org.slug, input('Amt Nordangeln', { type: 'amt', website: 'https://amt.example.org' }));
      await updateOrganisation(rt.deps.db, admin, org.slug, input('Amt Nordangeln', { type: 'amt', town: 'Sörup' }));
      await assert.rejects(updateOrganisation(rt.deps.db, stranger, org.slug, input('Übernommen')), rejectsWith('forbidden'));
      const stored = await getOrganisationBySlug(rt.deps.db, org.slug);
      assert.equal(stored?.name, 'Amt Nordangeln');
      assert.equal(stored?.town, 'Sörup');
      assert.equal(stored?.slug, org.slug, 'the address stays when the name changes');
      assert.deepEqual(await auditActions(org.id), ['organisation.create', 'organisation.update', 'organisation.update']);
    });

    it('runs a create form once per submission id and sends a repeat to the first result', async () => {
      const creator = await person();
      const submission = '5b0c7a57-3b7c-4f43-9a0b-5f1d2c3e4a5b';
      const create = () =>
        runOncePerSubmission(rt.deps.db, submission, async (tx) => {
          const org = await createOrganisation(tx, creator, input('Gemeinde Doppelklick'));
          return `/netzwerk/organisationen/${org.slug}`;
        });
      const [a, b] = [await create(), await create()];
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
      const org = await createOrganisation(rt.deps.db, manager, input('Gemeinde Meldedorf'));
      await requestMembership(rt.deps, applicant, org.slug);
      await requestMembership(rt.deps, applicant, org.slug);
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
      const org = await createOrganisation(rt.deps.db, manager, input('Gemeinde Anfragedorf'));
      assert.equal(await requestMembership(rt.deps, applicant, org.slug), 'requested');
      assert.equal(await requestMembership(rt.deps, applicant, org.slug), 'unchanged');
      assert.deepEqual(await membership(org.id, applicant.id), { role: 'member', status: 'requested' });
      await assert.rejects(acceptRequest(rt.deps.db, applicant, org.slug, applicant.id), rejectsWith('forbidden'));
      await acceptRequest(rt.deps.db, manager, org.slug, applicant.id);
      await acceptRequest(rt.deps.db, manager, org.slug, applicant.id);
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
      const org = await createOrganisation(rt.deps.db, manager, input('Gemeinde Absagehausen'));
      await requestMembership(rt.deps, applicant, org.slug);
      await declineRequest(rt.deps.db, manager, org.slug, applicant.id);
      assert.equal(await membership(org.id, applicant.id), undefined);
      assert.deepEqual(await auditActions(org.id), ['organisation.create', 'membership.decline']);
      assert.equal(await requestMembership(rt.deps, applicant, org.slug), 'requested');
      assert.equal(await leaveOrganisation(rt.deps.db, applicant, org.slug), 'withdrawn');
      assert.equal(await membership(org.id, applicant.id), undefined);
    });
  });

  describe('the last manager', () => {
    it('cannot leave, be made a member or be removed; with a second manager all of it works', async () => {
      const first = await person();
      const second = await person();
      const org = await createOrganisation(rt.deps.db, first, input('Gemeinde Letzthand'));
      await assert.rejects(leaveOrganisation(rt.deps.db, first, org.slug), lastManager);
      await assert.rejects(changeRole(rt.deps.db, first, org.slug, first.id, 'member'), lastManager);
      await assert.rejects(removeMember(rt.deps.db, first, org.slug, first.id), lastManager);
      assert.deepEqual(await membership(org.id, first.id), { role: 'manager', status: 'active' });

      await requestMembership(rt.deps, second, org.slug);
      await acceptRequest(rt.deps.db, first, org.slug, second.id);
      await changeRole(rt.deps.db, first, org.slug, second.id, 'manager');
      assert.equal(await leaveOrganisation(rt.deps.db, first, org.slug), 'left');
      assert.equal(await membership(org.id, first.id), undefined);
      await assert.rejects(changeRole(rt.deps.db, second, org.slug, second.id, 'member'), lastManager);
      assert.deepEqual(await auditActions(org.id), ['organisation.create', 'membership.accept', 'membership.role', 'membership.leave']);
    });
  });

  it('keeps one manager when two managers demote each other at the same moment', async () => {
    const a = await person();
    const b = await person();
    const org = await createOrganisation(rt.deps.db, a, input('Gemeinde Gleichzeitig'));
    await requestMembership(rt.deps, b, org.slug);
    await acceptRequest(rt.deps.db, a, org.slug, b.id);
    await changeRole(rt.deps.db, a, org.slug, b.id, 'manager');
    const results = await Promise.allSettled([
      changeRole(rt.deps.db, a, org.slug, b.id, 'member'),
      changeRole(rt.deps.db, b, org.slug, a.id, 'member'),
    ]);
    assert.deepEqual(results.map((r) => r.status).sort(), ['fulfilled', 'rejected']);
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
      const org = await createOrganisation(rt.deps.db, manager, input('Gemeinde Einladingen'));
      assert.equal(await inviteToOrganisation(rt.deps, manager, org.slug, { email: invitee.email, role: 'manager' }), 'invited');
      assert.equal(await inviteToOrganisation(rt.deps, manager, org.slug, { email: invitee.email, role: 'manager' }), 'unchanged');
      await rt.runJobs();
      const mails = rt.mails.filter((m) => m.to === invitee.email);
      assert.equal(mails.length, 1);
      assert.match(mails[0]!.subject, /Gemeinde Einladingen/);
      assert.match(mails[0]!.text, /\/konto\/einladungen/);

      const stranger = await person();
      const [invitation] = (await getMyInvitations(rt.deps.db, invitee)).invitations;
      assert.equal(invitation?.organisationName, 'Gemeinde Einladingen');
      assert.deepEqual((await getMyInvitations(rt.deps.db, stranger)).invitations, []);
      await assert.rejects(acceptInvitation(rt.deps.db, stranger, invitation!.id), rejectsWith('notFound'));

      const joined = await acceptInvitation(rt.deps.db, invitee, invitation!.id);
      assert.equal(joined.id, org.id);
      await acceptInvitation(rt.deps.db, invitee, invitation!.id);
      assert.deepEqual(await membership(org.id, invitee.id), { role: 'manager', status: 'active' });
      assert.deepEqual((await getMyInvitations(rt.deps.db, invitee)).invitations, []);
      assert.deepEqual(await auditActions(org.id), ['organisation.create', 'invitation.create', 'invitation.accept']);
    });

    it('refuses to invite a member, lets the manager revoke, and the invitee decline', async () => {
      const manager = await person();
      const invitee = await person();
      const org = await createOrganisation(rt.deps.db, manager, input('Gemeinde Widerruf'));
      await assert.rejects(inviteToOrganisation(rt.deps, manager, org.slug, { email: manager.email, role: 'member' }), (e: unknown) => e instanceof OrganisationRuleError && e.reason === 'alreadyMember');
      await assert.rejects(inviteToOrganisation(rt.deps, invitee, org.slug, { email: invitee.email, role: 'manager' }), rejectsWith('forbidden'));

      await inviteToOrganisation(rt.deps, manager, org.slug, { email: invitee.email, role: 'member' });
      const [first] = (await getMyInvitations(rt.deps.db, invitee)).invitations;
      await revokeInvitation(rt.deps.db, manager, org.slug, first!.id);
      assert.deepEqual((await getMyInvitations(rt.deps.db, invitee)).invitations, []);

      await inviteToOrganisation(rt.deps, manager, org.slug, { email: invitee.email, role: 'member' });
      const [second] = (await getMyInvitations(rt.deps.db, invitee)).invitations;
      await declineInvitation(rt.deps.db, invitee, second!.id);
      assert.deepEqual((await getMyInvitations(rt.deps.db, invitee)).invitations, []);
      assert.equal(await membership(org.id, invitee.id), undefined);
      assert.deepEqual(await auditActions(org.id), ['organisation.create', 'invitation.create', 'invitation.revoke', 'invitation.create', 'invitation.decline']);
    });

    it('shows and accepts invitations only for a confirmed address', async () => {
      const manager = await person();
      const unconfirmed = await person('member', false);
      const org = await createOrganisation(rt.deps.db, manager, input('Gemeinde Bestätigt'));
      await inviteToOrganisation(rt.deps, manager, org.slug, { email: unconfirmed.email, role: 'manager' });
      assert.deepEqual(await getMyInvitations(rt.deps.db, unconfirmed), { invitations: [], verified: false });
      const rows = await queryRows<{ id: string }>(rt.deps.db, sql`select id from organisation_invitations where email = ${unconfirmed.email}`);
      await assert.rejects(acceptInvitation(rt.deps.db, unconfirmed, rows[0]!.id), rejectsWith('forbidden'));
      assert.equal(await membership(org.id, unconfirmed.id), undefined);
    });
  });

  describe('personal data', () => {
    it('exports memberships and invitations and erases them with the account', async () => {
      const manager = await person();
      const someone = await person();
      const org = await createOrganisation(rt.deps.db, manager, input('Gemeinde Datenhausen'));
      const other = await createOrganisation(rt.deps.db, manager, input('Gemeinde Nebenan'));
      await requestMembership(rt.deps, someone, org.slug);
      await inviteToOrganisation(rt.deps, manager, other.slug, { email: someone.email, role: 'member' });
      const exported = (await organisationsPersonalData.export(rt.deps.db, someone.id)) as {
        memberships: { organisation: string; status: string }[];
        openInvitations: { organisation: string }[];
      };
      assert.deepEqual(exported.memberships.map((m) => [m.organisation, m.status]), [['Gemeinde Datenhausen', 'requested']]);
      assert.deepEqual(exported.openInvitations.map((i) => i.organisation), ['Gemeinde Nebenan']);
      await rt.deps.db.transaction((tx) => organisationsPersonalData.erase(tx, someone.id));
      assert.deepEqual(await getMembershipsOfUser(rt.deps.db, someone.id), []);
      assert.deepEqual((await getMyInvitations(rt.deps.db, someone)).invitations, []);
      assert.deepEqual(await membership(org.id, manager.id), { role: 'manager', status: 'active' });
    });
  });

  describe('lists and the administration', () => {
    it('searches name and town, filters by type and pages by 20', async () => {
      const creator = await person();
      for (let i = 1; i <= 21; i++) await createOrganisation(rt.deps.db, creator, input(`Listenverein ${String(i).padStart(2, '0')}`, { type: 'zivilgesellschaft', ags: undefined, town: 'Listenstadt' }));
      await createOrganisation(rt.deps.db, creator, input('Stadt Listenstadt', { type: 'stadt', town: 'Listenstadt' }));
      const byTown = await listOrganisations(rt.deps.db, { text: 'listenstadt', page: 1 });
      assert.equal(byTown.total, 22);
      assert.equal(byTown.items.length, 20);
      assert.equal(byTown.pages, 2);
      const page2 = await listOrganisations(rt.deps.db, { text: 'listenstadt', page: 2 });
      assert.equal(page2.items.length, 2);
      const cities = await listOrganisations(rt.deps.db, { text: 'listen', type: 'stadt', page: 1 });
      assert.deepEqual(cities.items.map((o) => o.name), ['Stadt Listenstadt']);
      assert.equal(cities.items[0]?.memberCount, 1);
      const byName = await listOrganisations(rt.deps.db, { text: 'verein 07', page: 1 });
      assert.deepEqual(byName.items.map((o) => o.name), ['Listenverein 07']);
      const wildcard = await listOrganisations(rt.deps.db, { text: '%', page: 1 });
      assert.equal(wildcard.total, 0, 'a percent sign is searched for, not a wildcard');
      const admin = await listOrganisationsForAdmin(rt.deps.db, { query: 'verein 2', page: 1 });
      assert.deepEqual(admin.items.map((o) => o.name), ['Listenverein 20', 'Listenverein 21']);
    });

    it('lets only administrators edit by id and delete, with audit entries', async () => {
      const manager = await person();
      const admin = await person('admin');
      const org = await createOrganisation(rt.deps.db, manager, input('Gemeinde Löschbar'));
      await assert.rejects(updateOrganisationAsAdmin(rt.deps.db, manager, org.id, input('Gemeinde X')), rejectsWith('forbidden'));
      await assert.rejects(deleteOrganisation(rt.deps.db, manager, org.id), rejectsWith('forbidden'));
      await updateOrganisationAsAdmin(rt.deps.db, admin, org.id, input('Gemeinde Löschbar (alt)'));
      await deleteOrganisation(rt.deps.db, admin, org.id);
      assert.equal(await getOrganisationBySlug(rt.deps.db, org.slug), undefined);
      assert.equal(await membership(org.id, manager.id), undefined);
      assert.deepEqual(await auditActions(org.id), ['organisation.create', 'organisation.update', 'organisation.delete']);
    });
  });
});
