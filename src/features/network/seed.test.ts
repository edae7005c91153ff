import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/client.ts';
import { createTestRuntime, eachBackend, type TestRuntime } from '../../testing/harness.ts';
import { seedDemoAccounts } from '../accounts/seed.ts';
import { DEMO_EVENTS, seedEvents } from '../events/seed.ts';
import { seedOrganisations } from '../organisations/seed.ts';
import { seedNetwork } from './seed.ts';
import { DEMO_GROUPS, DEMO_THREADS, demoPostId } from './seed-ids.ts';
import { DEMO_MANAGER_EMAIL, DEMO_MEMBER_EMAIL, DEMO_PEOPLE } from './seed-people.ts';

const TABLES = [
  'network_profiles',
  'network_groups',
  'network_group_members',
  'network_group_events',
  'network_threads',
  'network_posts',
  'network_mentions',
  'network_reactions',
  'network_notification_settings',
  'network_notifications',
] as const;

eachBackend('network: demo content', (backend) => {
  let rt: TestRuntime;
  before(async () => {
    rt = await createTestRuntime(backend);
    await seedDemoAccounts(rt.deps);
    await seedOrganisations(rt.deps);
    await seedEvents(rt.deps);
  });
  after(async () => {
    await rt.close();
  });

  const count = async (table: string, where = sql`true`) =>
    (await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from ${sql.identifier(table)} where ${where}`))[0]!.n;
  const counts = async () => Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await count(t)] as const)));
  const userId = async (email: string) => (await queryRows<{ id: string }>(rt.deps.db, sql`select id from users where email = ${email}`))[0]!.id;

  it('loads once however often it runs', async () => {
    await seedNetwork(rt.deps);
    const first = await counts();
    const users = await count('users');
    await seedNetwork(rt.deps);
    assert.deepEqual(await counts(), first);
    assert.equal(await count('users'), users);
    // thirty people and the two demo accounts that log in
    assert.equal(first.network_profiles, DEMO_PEOPLE.length + 2);
    assert.ok(DEMO_PEOPLE.length >= 30);
  });

  it('makes people who cannot log in, across all sectors, some of them not listed', async () => {
    const people = await queryRows<{ email: string; password: boolean; verified: boolean; sector: string; listed: boolean }>(
      rt.deps.db,
      sql`select u.email, u.password_hash is not null as password, u.email_verified_at is not null as verified, p.sector, p.listed
          from users u join network_profiles p on p.user_id = u.id
          where u.email = any(${`{${DEMO_PEOPLE.map((p) => p.email).join(',')}}`}::text[])`,
    );
    assert.equal(people.length, DEMO_PEOPLE.length);
    assert.ok(people.every((p) => !p.password && p.verified && /^[a-z-]+\.[a-z-]+@demo\.digitale-kommune\.de$/.test(p.email)));
    assert.deepEqual([...new Set(people.map((p) => p.sector))].sort(), [
      'daseinsvorsorge',
      'politik',
      'verwaltung',
      'wirtschaft',
      'wissenschaft',
      'zivilgesellschaft',
    ]);
    const unlisted = people.filter((p) => !p.listed).length;
    assert.ok(unlisted > 0 && unlisted < people.length / 4);
    const linked = await count('network_profiles', sql`organisation_id is not null`);
    assert.ok(linked >= 25, 'most profiles point at a demo organisation');
  });

  it('makes the three groups with their visibility and the demo accounts in their places', async () => {
    const groups = await queryRows<{ slug: string; visibility: string; join_policy: string }>(
      rt.deps.db,
      sql`select slug, visibility, join_policy from network_groups order by slug`,
    );
    assert.deepEqual(groups, [
      { slug: DEMO_GROUPS.providers.slug, visibility: 'members', join_policy: 'open' },
      { slug: DEMO_GROUPS.modelMunicipalities.slug, visibility: 'public', join_policy: 'request' },
      { slug: DEMO_GROUPS.steering.slug, visibility: 'hidden', join_policy: 'invitation' },
    ]);
    const standing = async (email: string) =>
      queryRows<{ group_id: string; role: string; status: string }>(
        rt.deps.db,
        sql`select group_id, role, status from network_group_members where user_id = ${await userId(email)} order by group_id`,
      );
    assert.deepEqual(await standing(DEMO_MANAGER_EMAIL), [
      { group_id: DEMO_GROUPS.modelMunicipalities.id, role: 'owner', status: 'active' },
      { group_id: DEMO_GROUPS.steering.id, role: 'member', status: 'active' },
    ]);
    assert.deepEqual(await standing(DEMO_MEMBER_EMAIL), [{ group_id: DEMO_GROUPS.providers.id, role: 'member', status: 'active' }]);
    for (const email of ['admin@demo.digitale-kommune.de', 'redaktion@demo.digitale-kommune.de', 'jury@demo.digitale-kommune.de']) {
      assert.deepEqual(await standing(email), [], email);
    }
    const active = async (groupId: string) => count('network_group_members', sql`group_id = ${groupId} and status = 'active'`);
    assert.ok((await active(DEMO_GROUPS.modelMunicipalities.id)) >= 15);
    assert.ok((await active(DEMO_GROUPS.providers.id)) >= 10);
    assert.equal(await active(DEMO_GROUPS.steering.id), 6);
    const requests = await queryRows<{ request_message: string }>(
      rt.deps.db,
      sql`select request_message from network_group_members where group_id = ${DEMO_GROUPS.modelMunicipalities.id} and status = 'requested'`,
    );
    assert.equal(requests.length, 1);
    assert.ok(requests[0]!.request_message.length > 20);
    const events = await queryRows<{ event_id: string }>(rt.deps.db, sql`select event_id from network_group_events order by event_id`);
    assert.deepEqual(
      events.map((e) => e.event_id),
      [DEMO_EVENTS.kickOff.id, DEMO_EVENTS.workshop.id].sort(),
    );
  });

  it('fills the model group with discussions: replies, a quote, a mention, helpful marks, an answer, a pin and an edit', async () => {
    const model = DEMO_GROUPS.modelMunicipalities.id;
    const threads = await queryRows<{ id: string; replies: number; pinned: boolean; answer: string | null }>(
      rt.deps.db,
      sql`select t.id, (select count(*)::int from network_posts p where p.thread_id = t.id and not p.opening) as replies,
                 t.pinned_at is not null as pinned, t.answer_post_id as answer
          from network_threads t where t.group_id = ${model}`,
    );
    assert.ok(threads.length >= 5 && threads.length <= 7);
    assert.ok(threads.every((t) => t.replies >= 2 && t.replies <= 6));
    assert.equal(threads.filter((t) => t.pinned).length, 1);
    const openData = threads.find((t) => t.id === DEMO_THREADS.openData)!;
    assert.equal(openData.answer, demoPostId(DEMO_THREADS.openData, 2));
    const mentions = await queryRows<{ user_id: string; body: string }>(
      rt.deps.db,
      sql`select m.user_id, p.body from network_mentions m join network_posts p on p.id = m.post_id where p.thread_id = ${DEMO_THREADS.openData}`,
    );
    assert.equal(mentions.length, 1);
    assert.equal(mentions[0]!.user_id, await userId(DEMO_MANAGER_EMAIL));
    assert.match(mentions[0]!.body, /@\[Maren Hansen\]/);
    assert.ok((await count('network_posts', sql`quotes_post_id is not null`)) >= 1);
    assert.ok((await count('network_posts', sql`edited_at is not null`)) >= 1);
    assert.ok((await count('network_reactions')) >= 5);
    // every author, mentioned and helpful person is an active member of the thread's group
    const outsiders = await count(
      'network_posts',
      sql`not exists (select 1 from network_threads t join network_group_members m on m.group_id = t.group_id
                      where t.id = network_posts.thread_id and m.user_id = network_posts.author_id and m.status = 'active')`,
    );
    assert.equal(outsiders, 0);
    assert.equal(await count('network_threads', sql`group_id = ${DEMO_GROUPS.providers.id}`), 3);
    assert.equal(await count('network_threads', sql`group_id = ${DEMO_GROUPS.steering.id}`), 1);
  });

  it('gives the demo accounts unread notifications that are never mailed, and puts no hidden group into the search', async () => {
    for (const email of [DEMO_MANAGER_EMAIL, DEMO_MEMBER_EMAIL]) {
      const id = await userId(email);
      assert.ok((await count('network_notifications', sql`user_id = ${id} and read_at is null`)) >= 2, email);
    }
    assert.equal(await count('network_notifications', sql`mailed_at is null`), 0);
    const manager = await userId(DEMO_MANAGER_EMAIL);
    const setting = await queryRows<{ frequency: string }>(
      rt.deps.db,
      sql`select frequency from network_notification_settings where user_id = ${manager} and group_id = ${DEMO_GROUPS.modelMunicipalities.id}`,
    );
    assert.deepEqual(setting, [{ frequency: 'immediate' }]);
    const refs = (await queryRows<{ ref_id: string }>(rt.deps.db, sql`select ref_id from search_documents where feature = 'network'`)).map((r) => r.ref_id);
    assert.ok(refs.includes(`group:${DEMO_GROUPS.modelMunicipalities.id}`));
    assert.ok(refs.includes(`thread:${DEMO_THREADS.openData}`));
    assert.ok(refs.includes(`group:${DEMO_GROUPS.providers.id}`));
    assert.ok(!refs.includes(`group:${DEMO_GROUPS.steering.id}`));
    assert.ok(!refs.includes(`thread:${DEMO_THREADS.steeringAgenda}`));
  });

  it('leaves a group that people changed alone on the next start', async () => {
    await queryRows(rt.deps.db, sql`delete from network_threads where id = ${DEMO_THREADS.cleverDoerp}`);
    await seedNetwork(rt.deps);
    assert.equal(await count('network_threads', sql`id = ${DEMO_THREADS.cleverDoerp}`), 0);
  });
});
