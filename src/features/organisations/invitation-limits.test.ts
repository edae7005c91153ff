import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { CurrentUser } from '../../platform/auth/current-user.ts';
import { queryRows } from '../../platform/db/client.ts';
import { messagesFor } from '../../platform/i18n/index.ts';
import { TestClient } from '../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../testing/harness.ts';
import { inviteMember } from './invite-member.ts';
import { LIMITS } from './member-routes.ts';
import { revokeInvitation } from './revoke-invitation.ts';
import type { MembershipRole } from './tables.ts';
import { createTestOrganisation } from './testing/organisation-fixtures.ts';

const o = messagesFor('de').organisations;
const PER_ORGANISATION = LIMITS.invitationMailsPerOrganisation.max;

eachBackend('organisations: invitation e-mails', (backend) => {
  let rt: TestRuntime;
  let counter = 0;

  async function manager(): Promise<CurrentUser & { password: string }> {
    const user = await createTestUser(rt.deps, { email: `verwaltung${++counter}@example.org` });
    return { id: user.id, email: user.email, displayName: `Verwaltung ${counter}`, siteRole: 'member', sessionIdHash: 'test', password: user.password };
  }

  async function organisation(actor: CurrentUser): Promise<{ id: string; slug: string }> {
    const none = { street: undefined, postcode: undefined, website: undefined, description: undefined };
    return createTestOrganisation(rt.deps.db, actor, {
      ...none,
      name: `Gemeinde Einladungsort ${++counter}`,
      type: 'gemeinde',
      ags: '01059083',
      town: 'Einladungsort',
    });
  }

  const invite = (actor: CurrentUser, org: { id: string }, email: string, role: MembershipRole) =>
    inviteMember(rt.deps, { actor, organisationId: org.id, email, role, limits: LIMITS });

  async function signedIn(user: { email: string; password: string }): Promise<TestClient> {
    const client = new TestClient(rt.app);
    assert.equal((await client.login(user.email, user.password)).statusCode, 303);
    return client;
  }

  async function openInvitations(organisationId: string): Promise<{ id: string; email: string }[]> {
    return queryRows(rt.deps.db, sql`select id, email from organisation_invitations where organisation_id = ${organisationId} and accepted_at is null`);
  }

  const mailsTo = async (email: string) => {
    await rt.runJobs();
    return rt.mails.filter((m) => m.to === email).length;
  };

  before(async () => {
    rt = await createTestRuntime(backend);
  });
  after(async () => {
    await rt.close();
  });

  describe('one invitation e-mail per address and organisation an hour', () => {
    it('saves a withdrawn and re-sent invitation without mailing the address again, and says so', async () => {
      const actor = await manager();
      const org = await organisation(actor);
      const members = `/netzwerk/organisationen/${org.slug}/mitglieder`;
      const client = await signedIn(actor);
      await client.get(members);

      const first = await client.postForm(`/netzwerk/organisationen/${org.slug}/einladungen`, { email: 'wieder.eingeladen@example.org', role: 'member' });
      assert.equal(first.location, members);
      assert.equal(await mailsTo('wieder.eingeladen@example.org'), 1);

      // A double submit keeps one live invitation and sends nothing more.
      assert.equal(await invite(actor, org, 'Wieder.Eingeladen@example.org', 'member'), 'unchanged');
      const [invitation] = await openInvitations(org.id);
      assert.ok(invitation);
      assert.equal(await revokeInvitation(rt.deps, { actor, organisationId: org.id, invitationId: invitation.id }), 'revoked');

      const again = await client.postForm(
        `/netzwerk/organisationen/${org.slug}/einladungen`,
        { email: 'wieder.eingeladen@example.org', role: 'manager' },
        { csrfFrom: members },
      );
      assert.equal(again.location, members);
      assert.match((await client.followRedirect(again)).body, new RegExp(o.notices.invitedWithoutMail.slice(0, 40)));
      assert.deepEqual(
        (await openInvitations(org.id)).map((i) => i.email),
        ['wieder.eingeladen@example.org'],
        'the invitation itself stands',
      );
      assert.equal(await mailsTo('wieder.eingeladen@example.org'), 1, 'no second e-mail within the hour');

      // Another organisation may still invite the same address.
      const otherActor = await manager();
      const other = await organisation(otherActor);
      assert.equal(await invite(otherActor, other, 'wieder.eingeladen@example.org', 'member'), 'invited');
      assert.equal(await mailsTo('wieder.eingeladen@example.org'), 2);
    });
  });

  describe('invitation e-mails per organisation an hour', () => {
    it(`stops after ${PER_ORGANISATION} and explains it on the form, keeping the input`, async () => {
      const actor = await manager();
      const org = await organisation(actor);
      for (let i = 0; i < PER_ORGANISATION; i++) {
        assert.equal(await invite(actor, org, `serie${counter}-${i}@example.org`, 'member'), 'invited');
      }
      const client = await signedIn(actor);
      await client.get(`/netzwerk/organisationen/${org.slug}/mitglieder`);
      const refused = await client.postForm(`/netzwerk/organisationen/${org.slug}/einladungen`, { email: 'eine.zu.viel@example.org', role: 'manager' });
      assert.equal(refused.statusCode, 429);
      assert.match(refused.body, /Es gibt ein Problem/);
      assert.match(refused.body, new RegExp(o.validation.tooManyInvitations.slice(0, 40)));
      assert.match(refused.body, /value="eine.zu.viel@example.org"/);
      assert.equal((await openInvitations(org.id)).length, PER_ORGANISATION, 'the refused invitation is not stored');
      assert.equal(await mailsTo('eine.zu.viel@example.org'), 0);

      const otherActor = await manager();
      const other = await organisation(otherActor);
      assert.equal(await invite(otherActor, other, 'eine.zu.viel@example.org', 'member'), 'invited', 'other organisations are not affected');
    });

    it('counts nothing for people who may not invite', async () => {
      const actor = await manager();
      const org = await organisation(actor);
      const outsider = await manager();
      const client = await signedIn(outsider);
      for (let i = 0; i <= PER_ORGANISATION; i++) {
        const res = await client.postForm(
          `/netzwerk/organisationen/${org.slug}/einladungen`,
          { email: `fremd-${i}@example.org`, role: 'member' },
          { csrfFrom: '/konto' },
        );
        assert.equal(res.statusCode, 403);
      }
      assert.equal(await invite(actor, org, 'erwuenscht@example.org', 'member'), 'invited');
    });
  });
});
