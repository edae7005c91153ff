import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../../testing/harness.ts';
import { GROUPS_PATH, NEW_GROUP_PATH, groupPath } from '../core/paths.ts';
import type { GroupRow } from '../core/repository.ts';
import type { GroupMemberStatus, GroupRole, GroupVisibility, JoinPolicy } from '../core/tables.ts';
import { insertGroup, insertMember } from './repository.ts';
import { listGroupsForViewer, listMyGroups } from './service.ts';

interface Person {
  id: string;
  email: string;
  client: TestClient;
}

eachBackend('network groups: founding, visibility, joining and members', (backend) => {
  let rt: TestRuntime;
  const people = {} as Record<'owner' | 'moderator' | 'member' | 'outsider' | 'second', Person>;
  let counter = 0;

  const person = async (displayName: string): Promise<Person> => {
    const user = await createTestUser(rt.deps, { displayName });
    const client = new TestClient(rt.app);
    await client.login(user.email, TEST_PASSWORD);
    return { id: user.id, email: user.email, client };
  };

  /** A group led by `owner`, moderated by `moderator`, with `member` as a plain member. */
  const group = async (visibility: GroupVisibility, joinPolicy: JoinPolicy, extra: Partial<GroupRow> = {}): Promise<GroupRow> => {
    counter += 1;
    const row = await insertGroup(rt.deps.db, {
      slug: `testgruppe-${visibility}-${joinPolicy}-${counter}`,
      name: `Testgruppe ${visibility} ${joinPolicy} ${counter}`,
      summary: 'Austausch der Kommunen im Test.',
      description: 'Beschreibung für alle',
      pinnedInfo: 'Geheimer Hinweis für Mitglieder',
      visibility,
      joinPolicy,
      programme: '',
      fieldsOfAction: [],
      createdBy: people.owner.id,
      ...extra,
    });
    const place = async (userId: string, role: GroupRole, status: GroupMemberStatus = 'active') =>
      insertMember(rt.deps.db, { groupId: row.id, userId, role, status, joinedAt: status === 'active' ? new Date() : null });
    await place(people.owner.id, 'owner');
    await place(people.moderator.id, 'moderator');
    await place(people.member.id, 'member');
    return row;
  };

  const placeOf = async (groupId: string, userId: string) =>
    (
      await queryRows<{ role: string; status: string }>(
        rt.deps.db,
        sql`select role, status from network_group_members where group_id = ${groupId} and user_id = ${userId}`,
      )
    )[0];
  const notifications = async (groupId: string) =>
    queryRows<{ user_id: string; kind: string; note: string }>(
      rt.deps.db,
      sql`select user_id, kind, note from network_notifications where group_id = ${groupId} order by created_at, user_id`,
    );
  const audits = async (groupId: string) =>
    (
      await queryRows<{ action: string }>(
        rt.deps.db,
        sql`select action from audit_log where subject_type = 'network_group' and subject_id = ${groupId} order by at`,
      )
    ).map((r) => r.action);

  before(async () => {
    rt = await createTestRuntime(backend);
    people.owner = await person('Olga Owner');
    people.moderator = await person('Moritz Moderation');
    people.member = await person('Mia Mitglied');
    people.outsider = await person('Otto Außen');
    people.second = await person('Sina Zweite');
  });
  after(async () => {
    await rt.close();
  });

  describe('founding and editing', () => {
    it('keeps the input on validation errors and founds the group once per submission', async () => {
      const { client, id } = people.second;
      assert.equal((await client.get(NEW_GROUP_PATH)).statusCode, 200);
      const invalid = await client.postForm(NEW_GROUP_PATH, {
        name: '',
        summary: 'x'.repeat(301),
        description: 'Mein **Text**',
        visibility: 'public',
        joinPolicy: 'open',
      });
      assert.equal(invalid.statusCode, 400);
      assert.match(invalid.body, /Geben Sie den Namen der Gruppe an\./);
      assert.match(invalid.body, /Mein \*\*Text\*\*/);
      assert.match(invalid.body, /kern-alert--danger|dk-error-summary/);

      const fields = {
        name: 'Glasfaser im Amt Süderbrarup',
        summary: 'Ausbau gemeinsam planen.',
        description: '',
        visibility: 'public',
        joinPolicy: 'request',
        programme: 'Modellkommunen',
      };
      const created = await client.postForm(NEW_GROUP_PATH, fields);
      assert.equal(created.statusCode, 303);
      assert.equal(created.location, groupPath('glasfaser-im-amt-suederbrarup'));
      const again = await client.postForm(NEW_GROUP_PATH, fields);
      assert.equal(again.location, created.location);
      const rows = await queryRows<{ id: string; slug: string }>(rt.deps.db, sql`select id, slug from network_groups where name = ${fields.name}`);
      assert.equal(rows.length, 1);
      assert.deepEqual(await placeOf(rows[0]!.id, id), { role: 'owner', status: 'active' });
      assert.deepEqual(await audits(rows[0]!.id), ['network.group.create']);
      const search = await queryRows(rt.deps.db, sql`select 1 from search_documents where feature = 'network' and ref_id = ${`group:${rows[0]!.id}`}`);
      assert.equal(search.length, 1);

      // a second group of the same name gets its own address
      await client.get(NEW_GROUP_PATH);
      const twin = await client.postForm(NEW_GROUP_PATH, fields);
      assert.equal(twin.location, groupPath('glasfaser-im-amt-suederbrarup-2'));
    });

    it('lets only owners edit; the slug stays and a hidden group leaves the search', async () => {
      const g = await group('public', 'open');
      const path = groupPath(g.slug, 'bearbeiten');
      assert.equal((await people.moderator.client.get(path)).statusCode, 403);
      assert.equal((await people.outsider.client.get(path)).statusCode, 403);
      assert.equal((await new TestClient(rt.app).get(path)).statusCode, 303);
      const { client } = people.owner;
      assert.equal((await client.get(path)).statusCode, 200);
      const invalid = await client.postForm(path, {
        name: 'Neuer Name',
        summary: '',
        visibility: 'hidden',
        joinPolicy: 'invitation',
        pinnedInfo: 'Treffen am Montag',
      });
      assert.equal(invalid.statusCode, 400);
      assert.match(invalid.body, /Treffen am Montag/);
      assert.match(invalid.body, /Neuer Name/);
      const saved = await client.postForm(path, {
        name: 'Neuer Name',
        summary: 'Neu.',
        visibility: 'hidden',
        joinPolicy: 'invitation',
        pinnedInfo: 'Treffen am Montag',
      });
      assert.equal(saved.statusCode, 303);
      assert.equal(saved.location, groupPath(g.slug));
      const [row] = await queryRows<{ name: string; slug: string; visibility: string; pinned_info: string }>(
        rt.deps.db,
        sql`select name, slug, visibility, pinned_info from network_groups where id = ${g.id}`,
      );
      assert.deepEqual(row, { name: 'Neuer Name', slug: g.slug, visibility: 'hidden', pinned_info: 'Treffen am Montag' });
      assert.equal((await queryRows(rt.deps.db, sql`select 1 from search_documents where ref_id = ${`group:${g.id}`}`)).length, 0);
      assert.ok((await audits(g.id)).includes('network.group.update'));
      // a region that is not in the list is a field error, not a 500
      const region = await client.postForm(path, {
        name: 'Neuer Name',
        summary: 'Neu.',
        visibility: 'hidden',
        joinPolicy: 'invitation',
        region: '00000000-0000-4000-8000-000000000000',
      });
      assert.equal(region.statusCode, 400);
      assert.match(region.body, /Kreis oder eine Region aus der Liste/);
    });
  });

  describe('who sees what', () => {
    let open: GroupRow;
    let members: GroupRow;
    let hidden: GroupRow;
    before(async () => {
      open = await group('public', 'open');
      members = await group('members', 'open');
      hidden = await group('hidden', 'invitation');
      await insertMember(rt.deps.db, { groupId: hidden.id, userId: people.second.id, role: 'member', status: 'invited', invitedBy: people.owner.id });
    });

    it('lists hidden groups only to their members and invited people', async () => {
      for (const [client, seesHidden] of [
        [new TestClient(rt.app), false],
        [people.outsider.client, false],
        [people.member.client, true],
        [people.second.client, true],
      ] as const) {
        const body = (await client.get(GROUPS_PATH)).body;
        assert.ok(body.includes(open.name) && body.includes(members.name), 'public and members-only groups listed');
        assert.equal(body.includes(hidden.name), seesHidden);
      }
      const forOutsider = (await listGroupsForViewer(rt.deps.db, people.outsider.id, { limit: 500 })).map((r) => r.group.id);
      assert.ok(forOutsider.includes(open.id) && forOutsider.includes(members.id) && !forOutsider.includes(hidden.id));
      const forAnonymous = (await listGroupsForViewer(rt.deps.db, undefined, { limit: 500 })).map((r) => r.group.id);
      assert.ok(!forAnonymous.includes(hidden.id));
      const mine = await listMyGroups(rt.deps.db, people.member.id);
      assert.ok(mine.some((r) => r.group.id === hidden.id && r.role === 'member' && r.members === 3));
      assert.ok(!(await listMyGroups(rt.deps.db, people.second.id)).some((r) => r.group.id === hidden.id), 'an invitation is no membership');
    });

    it('shows a members-only group to outsiders without its pinned information, discussions or members', async () => {
      const outsider = await people.outsider.client.get(groupPath(members.slug));
      assert.equal(outsider.statusCode, 200);
      assert.match(outsider.body, /Beschreibung für alle/);
      assert.doesNotMatch(outsider.body, /Geheimer Hinweis/);
      assert.equal((await people.outsider.client.get(groupPath(members.slug, 'mitglieder'))).statusCode, 403);
      const member = await people.member.client.get(groupPath(members.slug));
      assert.match(member.body, /Geheimer Hinweis/);
      const list = await people.member.client.get(groupPath(members.slug, 'mitglieder'));
      assert.equal(list.statusCode, 200);
      assert.match(list.body, /Olga Owner/);
      assert.doesNotMatch(list.body, /Person einladen/, 'plain members get no invitation form');
    });

    it('answers a hidden group with 404 to outsiders on every route', async () => {
      const anonymous = new TestClient(rt.app);
      assert.equal((await anonymous.get(groupPath(hidden.slug))).statusCode, 404);
      assert.equal((await people.outsider.client.get(groupPath(hidden.slug))).statusCode, 404);
      assert.equal((await people.outsider.client.get(groupPath(hidden.slug, 'mitglieder'))).statusCode, 404);
      assert.equal((await people.outsider.client.get(groupPath(hidden.slug, 'bearbeiten'))).statusCode, 404);
      assert.equal((await people.second.client.get(groupPath(hidden.slug))).statusCode, 200, 'the invited person sees it');
      assert.equal((await people.member.client.get(groupPath(hidden.slug))).statusCode, 200);
      const posts = [
        'beitreten',
        'anfrage-zurueckziehen',
        'einladung/annehmen',
        'einladung/ablehnen',
        'verlassen',
        'bearbeiten',
        'einladungen',
        `anfragen/${people.member.id}/annehmen`,
        `anfragen/${people.member.id}/ablehnen`,
        `einladungen/${people.second.id}/zuruecknehmen`,
        `mitglieder/${people.member.id}/rolle`,
        `mitglieder/${people.member.id}/entfernen`,
      ];
      for (const page of posts) {
        const res = await people.outsider.client.postForm(
          groupPath(hidden.slug, page),
          { message: 'Hallo', reason: 'x', email: people.outsider.email, role: 'owner' },
          { csrfFrom: GROUPS_PATH },
        );
        assert.equal(res.statusCode, 404, page);
      }
      assert.equal(await placeOf(hidden.id, people.outsider.id), undefined);
      assert.equal((await people.outsider.client.get(groupPath('gibt-es-nicht'))).statusCode, 404);
    });
  });

  describe('joining', () => {
    it('joins an open group at once, and a double click stores one place', async () => {
      const g = await group('public', 'open');
      const { client, id } = people.outsider;
      await client.get(groupPath(g.slug));
      const first = await client.postForm(groupPath(g.slug, 'beitreten'), {});
      assert.equal(first.statusCode, 303);
      const second = await client.postForm(groupPath(g.slug, 'beitreten'), {});
      assert.equal(second.statusCode, 303);
      assert.deepEqual(await placeOf(g.id, id), { role: 'member', status: 'active' });
      assert.deepEqual(await audits(g.id), ['network.group.join']);
      const page = await client.followRedirect(second);
      assert.match(page.body, /bereits Mitglied/);
    });

    it('asks to join with a message; the leaders hear of it; declining needs a reason the person hears', async () => {
      const g = await group('public', 'request');
      const { client, id } = people.outsider;
      await client.get(groupPath(g.slug));
      const empty = await client.postForm(groupPath(g.slug, 'beitreten'), { message: '  ' });
      assert.equal(empty.statusCode, 400);
      assert.match(empty.body, /kurze Nachricht/);
      assert.equal(await placeOf(g.id, id), undefined);
      const asked = await client.postForm(groupPath(g.slug, 'beitreten'), { message: 'Ich bin Kämmerer in Hooge.' });
      assert.equal(asked.statusCode, 303);
      await client.postForm(groupPath(g.slug, 'beitreten'), { message: 'Ich bin Kämmerer in Hooge.' });
      assert.deepEqual(await placeOf(g.id, id), { role: 'member', status: 'requested' });
      const told = await notifications(g.id);
      assert.deepEqual(
        told.map((n) => n.kind),
        ['join_request', 'join_request'],
      );
      assert.deepEqual(new Set(told.map((n) => n.user_id)), new Set([people.owner.id, people.moderator.id]));
      assert.match((await client.get(groupPath(g.slug))).body, /wartet auf Entscheidung/);

      const moderator = people.moderator.client;
      const list = await moderator.get(groupPath(g.slug, 'mitglieder'));
      assert.match(list.body, /Ich bin Kämmerer in Hooge\./);
      const noReason = await moderator.postForm(groupPath(g.slug, `anfragen/${id}/ablehnen`), { reason: '' });
      assert.equal(noReason.statusCode, 400);
      assert.match(noReason.body, /Begründung für die Ablehnung/);
      const declined = await moderator.postForm(groupPath(g.slug, `anfragen/${id}/ablehnen`), { reason: 'Die Gruppe ist für die Modellkommunen.' });
      assert.equal(declined.statusCode, 303);
      const repeated = await moderator.postForm(groupPath(g.slug, `anfragen/${id}/ablehnen`), { reason: 'Die Gruppe ist für die Modellkommunen.' });
      assert.equal(repeated.statusCode, 303, 'a double submit is answered like the first');
      assert.equal(await placeOf(g.id, id), undefined);
      const decisions = (await notifications(g.id)).filter((n) => n.kind === 'join_decision');
      assert.deepEqual(decisions, [{ user_id: id, kind: 'join_decision', note: 'Die Gruppe ist für die Modellkommunen.' }]);
    });

    it('accepts a request, and a withdrawn request is gone', async () => {
      const g = await group('members', 'request');
      const { client, id } = people.outsider;
      await client.get(groupPath(g.slug));
      await client.postForm(groupPath(g.slug, 'beitreten'), { message: 'Bitte aufnehmen.' });
      const accepted = await people.owner.client.postForm(groupPath(g.slug, `anfragen/${id}/annehmen`), {}, { csrfFrom: groupPath(g.slug, 'mitglieder') });
      assert.equal(accepted.statusCode, 303);
      assert.deepEqual(await placeOf(g.id, id), { role: 'member', status: 'active' });
      assert.deepEqual(
        (await notifications(g.id)).filter((n) => n.kind === 'join_decision'),
        [{ user_id: id, kind: 'join_decision', note: '' }],
      );

      const other = await group('public', 'request');
      const second = people.second.client;
      await second.get(groupPath(other.slug));
      await second.postForm(groupPath(other.slug, 'beitreten'), { message: 'Hallo' });
      const withdrawn = await second.postForm(groupPath(other.slug, 'anfrage-zurueckziehen'), {}, { csrfFrom: groupPath(other.slug) });
      assert.equal(withdrawn.statusCode, 303);
      assert.equal(await placeOf(other.id, people.second.id), undefined);
    });

    it('joins by invitation only when invited', async () => {
      const g = await group('hidden', 'invitation');
      const visible = await group('public', 'invitation');
      const refused = await people.outsider.client.postForm(groupPath(visible.slug, 'beitreten'), {}, { csrfFrom: groupPath(visible.slug) });
      assert.equal(refused.statusCode, 403);
      assert.match(refused.body, /nur auf Einladung/i);
      assert.equal(await placeOf(visible.id, people.outsider.id), undefined);

      const moderator = people.moderator.client;
      const membersPage = groupPath(g.slug, 'mitglieder');
      await moderator.get(membersPage);
      const unknown = await moderator.postForm(groupPath(g.slug, 'einladungen'), { email: 'niemand@beispiel.de' });
      assert.equal(unknown.statusCode, 400);
      assert.match(unknown.body, /kein Konto/);
      assert.match(unknown.body, /niemand@beispiel\.de/);
      const already = await moderator.postForm(groupPath(g.slug, 'einladungen'), { email: people.member.email });
      assert.equal(already.statusCode, 409);
      await moderator.get(membersPage);
      const invited = await moderator.postForm(groupPath(g.slug, 'einladungen'), { email: people.outsider.email.toUpperCase() });
      assert.equal(invited.statusCode, 303);
      assert.deepEqual(await placeOf(g.id, people.outsider.id), { role: 'member', status: 'invited' });
      assert.deepEqual(
        (await notifications(g.id)).map((n) => [n.user_id, n.kind]),
        [[people.outsider.id, 'invitation']],
      );
      const { client } = people.outsider;
      const page = await client.get(groupPath(g.slug));
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Einladung annehmen/);
      const accepted = await client.postForm(groupPath(g.slug, 'einladung/annehmen'), {});
      assert.equal(accepted.statusCode, 303);
      assert.deepEqual(await placeOf(g.id, people.outsider.id), { role: 'member', status: 'active' });
      assert.ok((await audits(g.id)).includes('network.group.invitation.accept'));
    });
  });

  describe('roles and leaving', () => {
    it('keeps the last owner: cannot leave, cannot be demoted', async () => {
      const g = await group('public', 'open');
      const { client, id } = people.owner;
      await client.get(groupPath(g.slug));
      const leave = await client.postForm(groupPath(g.slug, 'verlassen'), {});
      assert.equal(leave.statusCode, 409);
      assert.match(leave.body, /Leitung zuerst an ein anderes Mitglied/);
      assert.deepEqual(await placeOf(g.id, id), { role: 'owner', status: 'active' });

      // an owner's own role is changed by another owner only; with one owner nobody can demote them
      await client.get(groupPath(g.slug, 'mitglieder'));
      const promote = await client.postForm(groupPath(g.slug, `mitglieder/${people.moderator.id}/rolle`), { role: 'owner' });
      assert.equal(promote.statusCode, 303);
      const demoteMe = await people.moderator.client.postForm(
        groupPath(g.slug, `mitglieder/${id}/rolle`),
        { role: 'member' },
        { csrfFrom: groupPath(g.slug, 'mitglieder') },
      );
      assert.equal(demoteMe.statusCode, 303);
      assert.deepEqual(await placeOf(g.id, id), { role: 'member', status: 'active' });
      const demoteLast = await client.postForm(
        groupPath(g.slug, `mitglieder/${people.moderator.id}/rolle`),
        { role: 'member' },
        { csrfFrom: groupPath(g.slug, 'mitglieder') },
      );
      assert.equal(demoteLast.statusCode, 403, 'no longer an owner');
      const g2 = await group('public', 'open');
      await people.moderator.client.get(groupPath(g2.slug, 'mitglieder'));
      const asModerator = await people.moderator.client.postForm(groupPath(g2.slug, `mitglieder/${people.owner.id}/rolle`), { role: 'member' });
      assert.equal(asModerator.statusCode, 403);
      const newOwner = await people.owner.client.postForm(
        groupPath(g2.slug, `mitglieder/${people.member.id}/rolle`),
        { role: 'owner' },
        { csrfFrom: groupPath(g2.slug, 'mitglieder') },
      );
      assert.equal(newOwner.statusCode, 303);
      await people.member.client.postForm(
        groupPath(g2.slug, `mitglieder/${people.owner.id}/rolle`),
        { role: 'member' },
        { csrfFrom: groupPath(g2.slug, 'mitglieder') },
      );
      const lastOwner = await people.owner.client.get(groupPath(g2.slug));
      assert.equal(lastOwner.statusCode, 200);
      const demoteSole = await people.member.client.postForm(
        groupPath(g2.slug, `mitglieder/${people.member.id}/rolle`),
        { role: 'member' },
        { csrfFrom: groupPath(g2.slug, 'mitglieder') },
      );
      assert.equal(demoteSole.statusCode, 404, 'one\u2019s own role is not changed here');
      const leftBehind = await people.member.client.postForm(groupPath(g2.slug, 'verlassen'), {}, { csrfFrom: groupPath(g2.slug) });
      assert.equal(leftBehind.statusCode, 409);
    });

    it('lets a moderator remove members but not owners; bad ids are 404', async () => {
      const g = await group('public', 'open');
      const moderator = people.moderator.client;
      const membersPage = groupPath(g.slug, 'mitglieder');
      await moderator.get(membersPage);
      const owner = await moderator.postForm(groupPath(g.slug, `mitglieder/${people.owner.id}/entfernen`), {}, { csrfFrom: membersPage });
      assert.equal(owner.statusCode, 403);
      assert.deepEqual(await placeOf(g.id, people.owner.id), { role: 'owner', status: 'active' });
      const bad = await moderator.postForm(groupPath(g.slug, 'mitglieder/kein-uuid/entfernen'), {}, { csrfFrom: membersPage });
      assert.equal(bad.statusCode, 404);
      const self = await moderator.postForm(groupPath(g.slug, `einladungen/${people.moderator.id}/zuruecknehmen`), {}, { csrfFrom: membersPage });
      assert.equal(self.statusCode, 404);
      const member = await moderator.postForm(groupPath(g.slug, `mitglieder/${people.member.id}/entfernen`), {}, { csrfFrom: membersPage });
      assert.equal(member.statusCode, 303);
      assert.equal(await placeOf(g.id, people.member.id), undefined);
      assert.ok((await audits(g.id)).includes('network.group.remove'));
      const plain = await people.outsider.client.postForm(groupPath(g.slug, `mitglieder/${people.owner.id}/entfernen`), {}, { csrfFrom: membersPage });
      assert.equal(plain.statusCode, 403);
    });
  });
});
