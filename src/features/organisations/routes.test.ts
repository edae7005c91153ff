import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { CurrentUser } from '../../platform/auth/current-user.ts';
import { queryRows } from '../../platform/db/client.ts';
import type { SiteRole } from '../../platform/db/tables.ts';
import { TestClient } from '../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../testing/harness.ts';
import { decideJoinRequest } from './decide-join-request.ts';
import { requestMembership } from './request-membership.ts';
import { createTestOrganisation } from './testing/organisation-fixtures.ts';

const VALID_FORM = {
  name: 'Gemeinde Formularhausen',
  type: 'gemeinde',
  ags: '01059083',
  street: 'Dorfstraße 1',
  postcode: '24392',
  town: 'Formularhausen',
  website: 'https://formularhausen.example.org',
  description: '',
};

eachBackend('organisations: routes', (backend) => {
  let rt: TestRuntime;
  const accounts = new Map<string, { id: string; email: string; password: string }>();
  let orgA: { id: string; slug: string };

  async function account(name: string, siteRole: SiteRole = 'member') {
    const user = await createTestUser(rt.deps, { email: `${name}@example.org`, displayName: name, siteRole });
    accounts.set(name, user);
    return { id: user.id, email: user.email, displayName: name, siteRole, sessionIdHash: 'test' } satisfies CurrentUser;
  }

  async function signedIn(name: string): Promise<TestClient> {
    const user = accounts.get(name)!;
    const client = new TestClient(rt.app);
    const res = await client.login(user.email, user.password);
    assert.equal(res.statusCode, 303, `login of ${name}`);
    return client;
  }

  before(async () => {
    rt = await createTestRuntime(backend);
    const managerA = await account('manager-a');
    const managerB = await account('manager-b');
    const memberB = await account('member-b');
    await account('admin', 'admin');
    await account('outsider');
    const none = { street: undefined, postcode: undefined, website: undefined, description: undefined };
    orgA = await createTestOrganisation(rt.deps.db, managerA, {
      ...none,
      name: 'Gemeinde Routenstedt',
      type: 'gemeinde',
      ags: '01059083',
      town: 'Routenstedt',
      website: 'https://routenstedt.example.org',
    });
    const orgB = await createTestOrganisation(rt.deps.db, managerB, { ...none, name: 'Stadt Anderswo', type: 'stadt', ags: '01051044', town: 'Anderswo' });
    assert.equal(await requestMembership(rt.deps, { actor: memberB, organisationId: orgB.id }), 'requested');
    assert.equal(await decideJoinRequest(rt.deps, { actor: managerB, organisationId: orgB.id, userId: memberB.id, decision: 'accept' }), 'accepted');
  });
  after(async () => {
    await rt.close();
  });

  const protectedPages = () => [
    '/netzwerk/organisationen/neu',
    `/netzwerk/organisationen/${orgA.slug}/bearbeiten`,
    `/netzwerk/organisationen/${orgA.slug}/mitglieder`,
    '/konto/organisationen',
    '/konto/einladungen',
  ];

  describe('authorization', () => {
    it('shows list and profile to everyone and sends anonymous visitors of the rest to the login', async () => {
      const anonymous = new TestClient(rt.app);
      assert.equal((await anonymous.get('/netzwerk/organisationen')).statusCode, 200);
      const profile = await anonymous.get(`/netzwerk/organisationen/${orgA.slug}`);
      assert.equal(profile.statusCode, 200);
      assert.doesNotMatch(profile.body, /Beitritt anfragen/);
      for (const url of protectedPages()) {
        const res = await anonymous.get(url);
        assert.equal(res.statusCode, 303, url);
        assert.equal(res.location, `/anmelden?weiter=${encodeURIComponent(url)}`);
      }
    });

    it('refuses members and managers of another organisation with 403, also for changes', async () => {
      for (const name of ['member-b', 'manager-b', 'outsider']) {
        const client = await signedIn(name);
        for (const url of protectedPages().slice(1, 3)) assert.equal((await client.get(url)).statusCode, 403, `${name} ${url}`);
        const edit = await client.postForm(
          `/netzwerk/organisationen/${orgA.slug}/bearbeiten`,
          { ...VALID_FORM, name: 'Übernommen' },
          { csrfFrom: '/netzwerk/organisationen' },
        );
        assert.equal(edit.statusCode, 403, `${name} edit`);
        const invite = await client.postForm(
          `/netzwerk/organisationen/${orgA.slug}/einladungen`,
          { email: 'x@example.org', role: 'manager' },
          { csrfFrom: '/netzwerk/organisationen' },
        );
        assert.equal(invite.statusCode, 403, `${name} invite`);
      }
      const rows = await queryRows<{ name: string; n: number }>(
        rt.deps.db,
        sql`select name, (select count(*)::int from organisation_invitations where organisation_id = ${orgA.id}) as n from organisations where id = ${orgA.id}`,
      );
      assert.deepEqual(rows[0], { name: 'Gemeinde Routenstedt', n: 0 });
    });

    it('lets the organisation manager and administrators in', async () => {
      for (const name of ['manager-a', 'admin']) {
        const client = await signedIn(name);
        for (const url of protectedPages()) assert.equal((await client.get(url)).statusCode, 200, `${name} ${url}`);
      }
    });
  });

  describe('creating through the form', () => {
    it('shows every error with the values kept, then creates one organisation however often the form is sent', async () => {
      const client = await signedIn('outsider');
      await client.get('/netzwerk/organisationen/neu');
      const invalid = await client.postForm('/netzwerk/organisationen/neu', { ...VALID_FORM, type: 'unternehmen', postcode: '123', town: '' });
      assert.equal(invalid.statusCode, 400);
      assert.match(invalid.body, /Es gibt ein Problem/);
      assert.match(invalid.body, /Nur öffentliche Stellen haben einen Amtlichen Gemeindeschlüssel/);
      assert.match(invalid.body, /Die Postleitzahl besteht aus genau 5 Ziffern/);
      assert.match(invalid.body, /value="Gemeinde Formularhausen"/);

      const first = await client.postForm('/netzwerk/organisationen/neu', VALID_FORM);
      const again = await client.postForm('/netzwerk/organisationen/neu', VALID_FORM);
      assert.equal(first.statusCode, 303);
      assert.equal(first.location, '/netzwerk/organisationen/gemeinde-formularhausen');
      assert.equal(again.statusCode, 303);
      assert.equal(again.location, first.location);
      const rows = await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from organisations where name = ${VALID_FORM.name}`);
      assert.equal(rows[0]?.n, 1);

      const profile = await client.followRedirect(first);
      assert.match(profile.body, /Die Organisation wurde angelegt/);
      assert.match(profile.body, /Verwaltung<\/span><\/strong>/);
      assert.match(profile.body, /<a href="https:\/\/formularhausen.example.org" rel="noopener">/);
    });
  });

  describe('membership through the pages', () => {
    it('takes a request to join, shows it to the manager, who accepts it', async () => {
      const applicant = await signedIn('outsider');
      const profileUrl = `/netzwerk/organisationen/${orgA.slug}`;
      const profile = await applicant.get(profileUrl);
      assert.match(profile.body, /Beitritt anfragen/);
      const join = await applicant.postForm(`${profileUrl}/beitreten`, {});
      assert.equal(join.statusCode, 303);
      assert.match((await applicant.followRedirect(join)).body, /Anfrage gestellt/);

      const manager = await signedIn('manager-a');
      const members = await manager.get(`${profileUrl}/mitglieder`);
      assert.match(members.body, /Offene Beitrittsanfragen[\s\S]*outsider@example.org/);
      const userId = accounts.get('outsider')!.id;
      const accept = await manager.postForm(`${profileUrl}/mitglieder/${userId}/annehmen`, {});
      assert.equal(accept.location, `${profileUrl}/mitglieder`);
      assert.match((await applicant.get(profileUrl)).body, /Ihr Status: <strong[^>]*><span class="kern-label">Mitglied</);
    });

    it('explains that the last manager cannot leave', async () => {
      const manager = await signedIn('manager-a');
      await manager.get(`/netzwerk/organisationen/${orgA.slug}`);
      const leave = await manager.postForm(`/netzwerk/organisationen/${orgA.slug}/verlassen`, {});
      assert.equal(leave.statusCode, 409);
      assert.match(leave.body, /mindestens eine Person in der Organisationsverwaltung/);
    });

    it('delivers an invitation that the invited person accepts under /konto/einladungen', async () => {
      const invitee = await account('invitee');
      const manager = await signedIn('manager-a');
      await manager.get(`/netzwerk/organisationen/${orgA.slug}/mitglieder`);
      const invite = await manager.postForm(`/netzwerk/organisationen/${orgA.slug}/einladungen`, { email: 'INVITEE@example.org', role: 'manager' });
      assert.equal(invite.statusCode, 303);
      await rt.runJobs();
      assert.equal(rt.mails.filter((m) => m.to === invitee.email).length, 1);

      const client = await signedIn('invitee');
      const page = await client.get('/konto/einladungen');
      assert.match(page.body, /Gemeinde Routenstedt/);
      const invitationId = /\/konto\/einladungen\/([0-9a-f-]{36})\/annehmen/.exec(page.body)?.[1];
      assert.ok(invitationId);
      const accept = await client.postForm(`/konto/einladungen/${invitationId}/annehmen`, {});
      assert.equal(accept.location, `/netzwerk/organisationen/${orgA.slug}`);
      assert.match((await client.followRedirect(accept)).body, /Ihr Status: <strong[^>]*><span class="kern-label">Verwaltung</);
      assert.match((await client.get('/konto/organisationen')).body, /Gemeinde Routenstedt[\s\S]*Organisationsverwaltung/);
    });
  });

  describe('the public list', () => {
    it('searches by town, filters by type, and ignores nonsense in the address', async () => {
      const client = new TestClient(rt.app);
      const byTown = await client.get('/netzwerk/organisationen?suche=anderswo');
      assert.match(byTown.body, /1 Organisation</);
      assert.match(byTown.body, /Stadt Anderswo/);
      const byType = await client.get('/netzwerk/organisationen?typ=stadt&seite=abc');
      assert.equal(byType.statusCode, 200);
      assert.match(byType.body, /Stadt Anderswo/);
      assert.doesNotMatch(byType.body, /Gemeinde Routenstedt/);
      assert.equal((await client.get('/netzwerk/organisationen?typ=unbekannt&seite=-3')).statusCode, 200);
    });
  });
});
