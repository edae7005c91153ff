import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { queryRows } from '../../platform/db/client.ts';
import { makePicture, replacePicture } from '../../platform/pictures/index.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../testing/harness.ts';
import { deleteAccount, exportPersonalData } from '../accounts/personal-data.ts';
import type { GroupRole, GroupVisibility } from './core/tables.ts';
import {
  insertDemoGroup,
  insertDemoMembers,
  insertDemoMentions,
  insertDemoNotificationSettings,
  insertDemoNotifications,
  insertDemoPosts,
  insertDemoProfile,
  insertDemoReactions,
  insertDemoThread,
} from './demo-repository.ts';
import { setProfilePicture } from './personal-data-repository.ts';

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

eachBackend('network: personal data', (backend) => {
  let rt: TestRuntime;
  before(async () => {
    rt = await createTestRuntime(backend);
  });
  after(async () => {
    await rt.close();
  });

  const person = async (name: string) => {
    const user = await createTestUser(rt.deps, { displayName: name });
    return { ...user, displayName: name, siteRole: 'member' as const, sessionIdHash: 'test' };
  };
  const group = async (name: string, visibility: GroupVisibility, members: [string, GroupRole, number][]) => {
    const row = await insertDemoGroup(rt.deps.db, {
      slug: `gruppe-${randomUUID().slice(0, 8)}`,
      name,
      summary: `${name}: worum es geht`,
      visibility,
      joinPolicy: visibility === 'hidden' ? 'invitation' : 'request',
    });
    assert.ok(row);
    await insertDemoMembers(
      rt.deps.db,
      members.map(([userId, role, joined]) => ({
        groupId: row.id,
        userId,
        role,
        status: 'active' as const,
        createdAt: daysAgo(joined),
        joinedAt: daysAgo(joined),
      })),
    );
    return row.id;
  };
  const roles = async (groupId: string) =>
    queryRows<{ user_id: string; role: string }>(rt.deps.db, sql`select user_id, role from network_group_members where group_id = ${groupId} order by user_id`);

  it('exports everything of the person and, with the account, deletes what is theirs, keeps their posts without them and hands over their groups', async () => {
    const leaving = await person('Wiebke Dreessen');
    const moderator = await person('Ocke Petersen');
    const early = await person('Telse Hansen');
    const coOwner = await person('Momme Lüthje');

    const bytes = await sharp({ create: { width: 60, height: 40, channels: 3, background: '#0b5e8e' } })
      .png()
      .toBuffer();
    const prepared = await makePicture(rt.deps.files, { bytes, name: 'portrait.png', createdBy: leaving.id });
    assert.notEqual(prepared, 'unreadable');
    if (prepared === 'unreadable') return;
    await insertDemoProfile(rt.deps.db, {
      userId: leaving.id,
      listed: true,
      sector: 'verwaltung',
      jobTitle: 'Amtsleiterin, Amt Nordsee-Treene',
      expertise: ['e-akte'],
      about: 'Ich mag Akten, die man findet.',
    });
    await rt.deps.db.transaction((tx) =>
      replacePicture(tx, { current: null, prepared, alt: 'Porträt', createdBy: leaving.id, attach: (id) => setProfilePicture(tx, leaving.id, id) }),
    );

    // led alone with a moderator who joined after a plain member: the moderator takes over
    const led = await group('Westküste digital', 'public', [
      [leaving.id, 'owner', 50],
      [early.id, 'member', 40],
      [moderator.id, 'moderator', 30],
    ]);
    // hidden, led alone, only a member left: the member takes over
    const hidden = await group('Verborgener Arbeitskreis E-Akte', 'hidden', [
      [leaving.id, 'owner', 20],
      [early.id, 'member', 10],
    ]);
    // led together: nothing to hand over
    const shared = await group('Gemeinsam geleitet', 'members', [
      [leaving.id, 'owner', 20],
      [coOwner.id, 'owner', 20],
      [early.id, 'member', 5],
    ]);
    // nobody else: stays without an owner
    const alone = await group('Nur ich', 'public', [[leaving.id, 'owner', 3]]);

    const thread = randomUUID();
    const opening = randomUUID();
    const reply = randomUUID();
    const ownReply = randomUUID();
    await insertDemoThread(rt.deps.db, { id: thread, groupId: led, title: 'Wer nutzt schon die E-Akte im Bauamt?', authorId: leaving.id });
    await insertDemoPosts(rt.deps.db, [
      { id: opening, threadId: thread, authorId: leaving.id, opening: true, body: 'Wir führen die E-Akte im Bauamt ein.', createdAt: daysAgo(9) },
      { id: reply, threadId: thread, authorId: moderator.id, body: 'Seit einem Jahr, @[Wiebke Dreessen].', quotesPostId: opening, createdAt: daysAgo(8) },
      { id: ownReply, threadId: thread, authorId: leaving.id, body: 'Danke, das hilft!', createdAt: daysAgo(7), hiddenBy: null },
    ]);
    await insertDemoMentions(rt.deps.db, [{ postId: reply, userId: leaving.id }]);
    await insertDemoReactions(rt.deps.db, [{ postId: reply, userId: leaving.id }]);
    await queryRows(rt.deps.db, sql`insert into network_reports (post_id, reporter_id, reason) values (${reply}, ${leaving.id}, 'Enthält eine Telefonnummer')`);
    await insertDemoNotificationSettings(rt.deps.db, [{ userId: leaving.id, groupId: hidden, frequency: 'weekly' }]);
    await insertDemoNotifications(rt.deps.db, [
      { userId: leaving.id, groupId: led, kind: 'mention', threadId: thread, postId: reply, actorId: moderator.id },
      { userId: moderator.id, groupId: led, kind: 'reply', threadId: thread, postId: ownReply, actorId: leaving.id },
    ]);
    await queryRows(rt.deps.db, sql`insert into network_digest_runs (user_id, frequency, period, items) values (${leaving.id}, 'weekly', '2026-W49', 2)`);

    const exported = (await exportPersonalData(rt.deps, leaving)).network as Record<string, { [key: string]: unknown }[] & Record<string, unknown>>;
    assert.equal(exported.profile!.jobTitle, 'Amtsleiterin, Amt Nordsee-Treene');
    assert.deepEqual(exported.memberships!.map((m) => m.group).sort(), [
      'Gemeinsam geleitet',
      'Nur ich',
      'Verborgener Arbeitskreis E-Akte',
      'Westküste digital',
    ]);
    assert.deepEqual(
      exported.threadsStarted!.map((t) => t.title),
      ['Wer nutzt schon die E-Akte im Bauamt?'],
    );
    assert.deepEqual(
      exported.posts!.map((p) => [p.body, p.group, p.opening]),
      [
        ['Wir führen die E-Akte im Bauamt ein.', 'Westküste digital', true],
        ['Danke, das hilft!', 'Westküste digital', false],
      ],
    );
    assert.equal(exported.helpful!.length, 1);
    assert.equal(exported.mentionedIn!.length, 1);
    assert.deepEqual(
      exported.reports!.map((r) => r.reason),
      ['Enthält eine Telefonnummer'],
    );
    assert.deepEqual(
      exported.notificationSettings!.map((s) => [s.group, s.frequency]),
      [['Verborgener Arbeitskreis E-Akte', 'weekly']],
    );
    assert.deepEqual(
      exported.notifications!.map((n) => [n.kind, n.readAt]),
      [['mention', null]],
    );
    assert.deepEqual(
      exported.digests!.map((d) => d.period),
      ['2026-W49'],
    );
    const pictureFiles = await queryRows<{ id: string }>(rt.deps.db, sql`select file_id as id from picture_variants where picture_id = ${prepared.id}`);
    assert.ok(pictureFiles.length > 0);

    assert.equal(await deleteAccount(rt.deps, leaving, leaving.password), 'ok');

    const left = async (table: string, column: string) =>
      (
        await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from ${sql.identifier(table)} where ${sql.identifier(column)} = ${leaving.id}`)
      )[0]!.n;
    for (const [table, column] of [
      ['network_profiles', 'user_id'],
      ['network_group_members', 'user_id'],
      ['network_notification_settings', 'user_id'],
      ['network_notifications', 'user_id'],
      ['network_notifications', 'actor_id'],
      ['network_digest_runs', 'user_id'],
      ['network_reactions', 'user_id'],
      ['network_mentions', 'user_id'],
      ['network_posts', 'author_id'],
      ['network_threads', 'author_id'],
      ['network_reports', 'reporter_id'],
    ] as const) {
      assert.equal(await left(table, column), 0, `${table}.${column}`);
    }
    assert.equal((await queryRows(rt.deps.db, sql`select 1 from pictures where id = ${prepared.id}`)).length, 0);
    const files = await queryRows(rt.deps.db, sql`select 1 from stored_files where id = any(${`{${pictureFiles.map((f) => f.id).join(',')}}`}::uuid[])`);
    assert.equal(files.length, 0, 'the picture cannot be served any more');

    // the discussion stays, without the person; so does the report, for the moderators
    const posts = await queryRows<{ id: string; author_id: string | null }>(
      rt.deps.db,
      sql`select id, author_id from network_posts where thread_id = ${thread} order by created_at`,
    );
    assert.deepEqual(posts, [
      { id: opening, author_id: null },
      { id: reply, author_id: moderator.id },
      { id: ownReply, author_id: null },
    ]);
    const reports = await queryRows<{ reporter_id: string | null; reason: string }>(
      rt.deps.db,
      sql`select reporter_id, reason from network_reports where post_id = ${reply}`,
    );
    assert.deepEqual(reports, [{ reporter_id: null, reason: 'Enthält eine Telefonnummer' }]);
    const moderatorsNote = await queryRows<{ actor_id: string | null }>(
      rt.deps.db,
      sql`select actor_id from network_notifications where user_id = ${moderator.id}`,
    );
    assert.deepEqual(moderatorsNote, [{ actor_id: null }]);

    const sorted = (rows: { user_id: string; role: string }[]) => [...rows].sort((a, b) => a.user_id.localeCompare(b.user_id));
    assert.deepEqual(
      await roles(led),
      sorted([
        { user_id: early.id, role: 'member' },
        { user_id: moderator.id, role: 'owner' },
      ]),
    );
    assert.deepEqual(await roles(hidden), [{ user_id: early.id, role: 'owner' }]);
    assert.deepEqual(
      await roles(shared),
      sorted([
        { user_id: coOwner.id, role: 'owner' },
        { user_id: early.id, role: 'member' },
      ]),
    );
    assert.deepEqual(await roles(alone), []);
    const handovers = await queryRows<{ subject_id: string }>(
      rt.deps.db,
      sql`select subject_id from audit_log where action = 'network.group.owner.handover' order by subject_id`,
    );
    assert.deepEqual(
      handovers.map((h) => h.subject_id),
      [led, hidden].sort(),
    );

    const afterwards = (await exportPersonalData(rt.deps, leaving)).network as Record<string, unknown>;
    assert.deepEqual(afterwards, {
      profile: null,
      memberships: [],
      threadsStarted: [],
      posts: [],
      helpful: [],
      mentionedIn: [],
      reports: [],
      notificationSettings: [],
      notifications: [],
      digests: [],
    });
  });
});
