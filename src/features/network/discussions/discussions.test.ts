import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { messagesFor } from '../../../platform/i18n/index.ts';
import { searchDocuments } from '../../../platform/search/index.ts';
import type { TestClient } from '../../../platform/testing/client.ts';
import { TestClient as Client } from '../../../platform/testing/client.ts';
import { createTestRuntime, eachBackend, type TestRuntime } from '../../../testing/harness.ts';
import { postAnchor, threadPath } from '../core/paths.ts';
import type { GroupRow } from '../core/repository.ts';
import { groupSearchKey } from '../core/rules.ts';
import { addTestMember, signedInPerson, insertTestGroup, listInDirectory } from '../testing/group-fixtures.ts';
import { discussionsPath, newThreadPath, postPath, reportPath, reportsPath } from './paths.ts';

const m = messagesFor('de').networkDiscussions;

type Person = { id: string; email: string; client: TestClient };

eachBackend('network: discussions', (backend) => {
  let rt: TestRuntime;
  const groups = {} as Record<'open' | 'members' | 'hidden' | 'other', GroupRow>;
  const people = {} as Record<'owner' | 'moderator' | 'alice' | 'bob' | 'outsider' | 'insider', Person>;
  let threadId = '';
  let replyId = '';

  const count = async (table: string, where = sql`true`) =>
    Number((await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from ${sql.identifier(table)} where ${where}`))[0]!.n);
  const notifications = (postId: string) =>
    queryRows<{ user_id: string; kind: string }>(
      rt.deps.db,
      sql`select user_id, kind from network_notifications where post_id = ${postId} order by kind, user_id`,
    );
  const openingOf = async (id: string) =>
    (await queryRows<{ id: string }>(rt.deps.db, sql`select id from network_posts where thread_id = ${id} and opening`))[0]!.id;
  const at = (slug: string, id: string, page?: string) => threadPath(slug, id, page);

  before(async () => {
    rt = await createTestRuntime(backend);
    groups.open = await insertTestGroup(rt.deps, { slug: 'modellkommunen-diskussion', visibility: 'public' });
    groups.members = await insertTestGroup(rt.deps, { slug: 'versorger-diskussion', visibility: 'members' });
    groups.hidden = await insertTestGroup(rt.deps, { slug: 'lenkungskreis-diskussion', visibility: 'hidden' });
    groups.other = await insertTestGroup(rt.deps, { slug: 'breitband-diskussion', visibility: 'public' });
    people.owner = await signedInPerson(rt.deps, rt.app, 'Olga Ohlsen');
    people.moderator = await signedInPerson(rt.deps, rt.app, 'Malte Möller');
    people.alice = await signedInPerson(rt.deps, rt.app, 'Alice Albers');
    people.bob = await signedInPerson(rt.deps, rt.app, 'Bob Brandt');
    people.outsider = await signedInPerson(rt.deps, rt.app, 'Otto Außen');
    people.insider = await signedInPerson(rt.deps, rt.app, 'Ines Innen');
    await addTestMember(rt.deps, groups.open.id, people.owner.id, 'owner');
    await addTestMember(rt.deps, groups.open.id, people.moderator.id, 'moderator');
    await addTestMember(rt.deps, groups.open.id, people.alice.id);
    await addTestMember(rt.deps, groups.open.id, people.bob.id);
    await addTestMember(rt.deps, groups.other.id, people.owner.id, 'owner');
    await addTestMember(rt.deps, groups.members.id, people.insider.id, 'owner');
    await addTestMember(rt.deps, groups.hidden.id, people.insider.id, 'owner');
    await listInDirectory(rt.deps, people.bob.id);
  });
  after(async () => rt.close());

  it('lets an active member start a discussion once, with a mention recorded and everyone notified', async () => {
    const { client } = people.alice;
    const list = await client.get(discussionsPath(groups.open.slug));
    assert.equal(list.statusCode, 200);
    assert.ok(list.body.includes(m.list.newThread));
    assert.ok(!(await people.outsider.client.get(discussionsPath(groups.open.slug))).body.includes(m.list.newThread));
    assert.equal((await people.outsider.client.get(newThreadPath(groups.open.slug))).statusCode, 403);

    await client.get(newThreadPath(groups.open.slug));
    const fields = { title: 'Offene Daten im Kreis', body: 'Wer veröffentlicht schon Haushaltsdaten? @[bob  BRANDT] kennt sich aus.' };
    const first = await client.postForm(newThreadPath(groups.open.slug), fields);
    assert.equal(first.statusCode, 303);
    const again = await client.postForm(newThreadPath(groups.open.slug), fields);
    assert.equal(again.location, first.location, 'a second submit leads to the same thread');
    assert.equal(await count('network_threads', sql`group_id = ${groups.open.id}`), 1);
    threadId = first.location!.split('/').pop()!;
    const opening = await openingOf(threadId);
    assert.deepEqual(
      (await queryRows<{ user_id: string }>(rt.deps.db, sql`select user_id from network_mentions where post_id = ${opening}`)).map((r) => r.user_id),
      [people.bob.id],
    );
    const heard = await notifications(opening);
    assert.deepEqual(heard.find((n) => n.user_id === people.bob.id)?.kind, 'mention', 'the mentioned member hears of the mention, once');
    assert.equal(heard.filter((n) => n.user_id === people.bob.id).length, 1);
    assert.deepEqual(
      heard
        .filter((n) => n.kind === 'new_thread')
        .map((n) => n.user_id)
        .sort(),
      [people.owner.id, people.moderator.id].sort(),
    );
    assert.ok(!heard.some((n) => n.user_id === people.alice.id), 'the author hears nothing of her own thread');

    const page = await client.get(first.location!);
    assert.ok(page.body.includes(m.notices.started));
    assert.ok(page.body.includes(`href="/netzwerk/personen/${people.bob.id}"`), 'a listed member’s mention links to the profile');
    assert.ok(!page.body.includes('@[bob'), 'the mention is shown as the name');
    const found = await searchDocuments(rt.deps.db, { query: 'Haushaltsdaten', page: 1, pageSize: 10 });
    assert.ok(found.items.some((i) => i.url === threadPath(groups.open.slug, threadId)));
  });

  it('refuses mentions of people outside the group, keeping the input and storing nothing', async () => {
    const { client } = people.alice;
    await client.get(newThreadPath(groups.open.slug));
    const res = await client.postForm(newThreadPath(groups.open.slug), { title: 'Frage an Außenstehende', body: 'Hallo @[Otto Außen] und @[Niemand Da]' });
    assert.equal(res.statusCode, 400);
    assert.ok(res.body.includes('„@[Otto Außen]“, „@[Niemand Da]“ sind keine Mitglieder dieser Gruppe.'));
    assert.ok(res.body.includes('Frage an Außenstehende'));
    assert.equal(await count('network_threads', sql`title = 'Frage an Außenstehende'`), 0);
  });

  it('takes replies with a quote, notifies the members and moves the thread’s last activity', async () => {
    const { client } = people.bob;
    const opening = await openingOf(threadId);
    const form = await client.get(`${at(groups.open.slug, threadId)}?zitat=${opening}`);
    assert.ok(form.body.includes(`name="quotesPostId" value="${opening}"`), 'the quote link fills the reply form without JavaScript');
    assert.ok(form.body.includes(m.reply.quoting('Alice Albers')));
    const before = (await queryRows<{ t: string }>(rt.deps.db, sql`select last_activity_at::text as t from network_threads where id = ${threadId}`))[0]!.t;
    const res = await client.postForm(at(groups.open.slug, threadId, 'antworten'), {
      body: 'Wir im Amt Süderbrarup seit 2025. @[Alice Albers]',
      quotesPostId: opening,
    });
    assert.equal(res.statusCode, 303);
    replyId = res.location!.split('#beitrag-')[1]!;
    const replay = await client.postForm(at(groups.open.slug, threadId, 'antworten'), {
      body: 'Wir im Amt Süderbrarup seit 2025. @[Alice Albers]',
      quotesPostId: opening,
    });
    assert.equal(replay.location, res.location);
    assert.equal(await count('network_posts', sql`thread_id = ${threadId} and not opening`), 1);
    const after = (await queryRows<{ t: string }>(rt.deps.db, sql`select last_activity_at::text as t from network_threads where id = ${threadId}`))[0]!.t;
    assert.notEqual(after, before);
    const heard = await notifications(replyId);
    assert.equal(heard.find((n) => n.user_id === people.alice.id)?.kind, 'mention');
    assert.deepEqual(
      heard
        .filter((n) => n.kind === 'reply')
        .map((n) => n.user_id)
        .sort(),
      [people.owner.id, people.moderator.id].sort(),
    );

    const page = await people.outsider.client.get(at(groups.open.slug, threadId));
    assert.equal(page.statusCode, 200, 'a public group’s discussion is read by everyone');
    assert.ok(page.body.includes(`id="${postAnchor(replyId)}"`));
    assert.ok(page.body.includes(m.thread.quoteOf('Alice Albers')));
    assert.ok(page.body.includes('<strong>Alice Albers</strong>'), 'an unlisted member’s mention is the name in bold');
    assert.ok(!page.body.includes(`action="${at(groups.open.slug, threadId, 'antworten')}"`), 'outsiders get no reply form');
    await client.get(at(groups.open.slug, threadId));
    const foreignQuote = await client.postForm(at(groups.open.slug, threadId, 'antworten'), {
      body: 'Mit fremdem Zitat',
      quotesPostId: '00000000-0000-4000-8000-000000000001',
    });
    assert.equal(foreignQuote.statusCode, 400);
  });

  it('stores scripts as text and renders them inert; refuses too long and too large posts with nothing stored', async () => {
    const { client } = people.alice;
    const evil = '<script>alert(1)</script> <img src=x onerror=alert(2)> [Klick](javascript:alert(3))';
    await client.get(at(groups.open.slug, threadId));
    const res = await client.postForm(at(groups.open.slug, threadId, 'antworten'), { body: evil });
    assert.equal(res.statusCode, 303);
    assert.equal(await count('network_posts', sql`body = ${evil}`), 1, 'stored as written');
    const page = await client.get(at(groups.open.slug, threadId));
    assert.ok(!page.body.includes('<script>alert(1)'));
    assert.ok(!/<img[^>]*onerror/i.test(page.body));
    assert.ok(!/href="javascript:/i.test(page.body));
    assert.ok(page.body.includes('&lt;script>alert(1)&lt;/script>'), 'shown as the characters typed');

    const posts = await count('network_posts');
    await client.get(at(groups.open.slug, threadId));
    const long = await client.postForm(at(groups.open.slug, threadId, 'antworten'), { body: `${'x'.repeat(49_990)}ENDE-MARKEy` });
    assert.equal(long.statusCode, 400);
    assert.ok(long.body.includes('ENDE-MARKE'), 'the input is kept');
    assert.ok(long.body.includes('error-summary'));
    await client.get(at(groups.open.slug, threadId));
    const huge = await client.postForm(at(groups.open.slug, threadId, 'antworten'), { body: 'z'.repeat(1024 * 1024) });
    assert.equal(huge.statusCode, 413);
    assert.equal(await count('network_posts'), posts);
  });

  it('toggles "hilfreich" and never stores two reactions of one person', async () => {
    const { client } = people.alice;
    await client.get(at(groups.open.slug, threadId));
    assert.equal((await client.postForm(postPath(groups.open.slug, threadId, replyId, 'hilfreich'), {})).statusCode, 303);
    assert.equal(await count('network_reactions', sql`post_id = ${replyId}`), 1);
    assert.ok((await client.get(at(groups.open.slug, threadId))).body.includes(m.thread.helpfulMarked(1)));
    await client.postForm(postPath(groups.open.slug, threadId, replyId, 'hilfreich'), {});
    assert.equal(await count('network_reactions', sql`post_id = ${replyId}`), 0);
    assert.equal(
      (await people.outsider.client.postForm(postPath(groups.open.slug, threadId, replyId, 'hilfreich'), {}, { csrfFrom: at(groups.open.slug, threadId) }))
        .statusCode,
      403,
    );
  });

  it('lets only the thread’s author and the moderators mark the answer', async () => {
    const url = at(groups.open.slug, threadId, 'antwort');
    assert.equal((await people.bob.client.postForm(url, { postId: replyId }, { csrfFrom: at(groups.open.slug, threadId) })).statusCode, 403);
    const other = await insertOtherThread();
    assert.equal(
      (await people.alice.client.postForm(url, { postId: other.postId }, { csrfFrom: at(groups.open.slug, threadId) })).statusCode,
      404,
      'a post of another thread',
    );
    assert.equal((await people.alice.client.postForm(url, { postId: replyId }, { csrfFrom: at(groups.open.slug, threadId) })).statusCode, 303);
    const page = await people.outsider.client.get(at(groups.open.slug, threadId));
    assert.ok(page.body.includes(m.thread.answerLink));
    assert.ok(page.body.includes(`href="#${postAnchor(replyId)}"`));
    assert.ok(page.body.includes(m.tags.answer));
    assert.ok((await people.outsider.client.get(discussionsPath(groups.open.slug))).body.includes(m.tags.answered));
  });

  async function insertOtherThread(): Promise<{ threadId: string; postId: string }> {
    await people.moderator.client.get(newThreadPath(groups.open.slug));
    const res = await people.moderator.client.postForm(newThreadPath(groups.open.slug), { title: 'Glasfaser im Amt', body: 'Wie weit ist der Ausbau?' });
    const id = res.location!.split('/').pop()!;
    return { threadId: id, postId: await openingOf(id) };
  }

  it('lets only the author edit, shows "bearbeitet" and finds the new title', async () => {
    const opening = await openingOf(threadId);
    const edit = postPath(groups.open.slug, threadId, opening, 'bearbeiten');
    assert.equal((await people.bob.client.get(edit)).statusCode, 403);
    assert.equal((await people.alice.client.get(postPath(groups.open.slug, threadId, '00000000-0000-4000-8000-000000000002', 'bearbeiten'))).statusCode, 404);
    assert.equal((await people.alice.client.get(postPath(groups.open.slug, threadId, 'kein-id', 'bearbeiten'))).statusCode, 404);
    const form = await people.alice.client.get(edit);
    assert.ok(form.body.includes('Offene Daten im Kreis'));
    const bad = await people.alice.client.postForm(edit, { title: 'Offene Haushaltsdaten', body: 'Mit @[Otto Außen]' });
    assert.equal(bad.statusCode, 400);
    const res = await people.alice.client.postForm(edit, { title: 'Offene Haushaltsdaten', body: 'Wer veröffentlicht schon Haushaltsdaten als CSV?' });
    assert.equal(res.statusCode, 303);
    const page = await people.bob.client.get(at(groups.open.slug, threadId));
    assert.ok(page.body.includes('Offene Haushaltsdaten'));
    assert.ok(page.body.includes('bearbeitet am'));
    const found = await searchDocuments(rt.deps.db, { query: 'Haushaltsdaten CSV', page: 1, pageSize: 10 });
    assert.equal(found.items.find((i) => i.url === threadPath(groups.open.slug, threadId))?.title, 'Offene Haushaltsdaten');
  });

  it('reports a post to the moderators once per person; moderators deal with it', async () => {
    const url = postPath(groups.open.slug, threadId, replyId, 'melden');
    await people.alice.client.get(at(groups.open.slug, threadId));
    const empty = await people.alice.client.postForm(url, { reason: '' });
    assert.equal(empty.statusCode, 400);
    assert.ok(empty.body.includes(m.errors.reasonRequired));
    const res = await people.alice.client.postForm(url, { reason: 'Enthält eine private Telefonnummer.' });
    assert.equal(res.statusCode, 303);
    const twice = await people.alice.client.postForm(url, { reason: 'Noch einmal.' }, { csrfFrom: at(groups.open.slug, threadId) });
    assert.equal(twice.statusCode, 303);
    assert.ok((await people.alice.client.followRedirect(twice)).body.includes(m.notices.alreadyReported));
    assert.equal(await count('network_reports', sql`post_id = ${replyId}`), 1);
    const heard = (await notifications(replyId)).filter((n) => n.kind === 'report').map((n) => n.user_id);
    assert.deepEqual(heard.sort(), [people.owner.id, people.moderator.id].sort());

    assert.equal((await people.bob.client.get(reportsPath(groups.open.slug))).statusCode, 403);
    assert.equal((await people.outsider.client.get(reportsPath(groups.hidden.slug))).statusCode, 404);
    const list = await people.moderator.client.get(reportsPath(groups.open.slug));
    assert.ok(list.body.includes('Enthält eine private Telefonnummer.'));
    const reportId = (await queryRows<{ id: string }>(rt.deps.db, sql`select id from network_reports where post_id = ${replyId}`))[0]!.id;
    assert.equal(
      (await people.insider.client.postForm(reportPath(groups.hidden.slug, reportId, 'erledigt'), {}, { csrfFrom: reportsPath(groups.hidden.slug) }))
        .statusCode,
      404,
      'another group’s report',
    );
    const done = await people.moderator.client.postForm(reportPath(groups.open.slug, reportId, 'erledigt'), {});
    assert.equal(done.statusCode, 303);
    assert.equal(await count('network_reports', sql`post_id = ${replyId} and closed_at is null`), 0);
  });

  it('hides posts and threads from members and the search, and refuses replies to locked threads', async () => {
    const mod = people.moderator.client;
    await mod.get(at(groups.open.slug, threadId));
    assert.equal(
      (await people.bob.client.postForm(postPath(groups.open.slug, threadId, replyId, 'ausblenden'), {}, { csrfFrom: at(groups.open.slug, threadId) }))
        .statusCode,
      403,
    );
    assert.equal((await mod.postForm(postPath(groups.open.slug, threadId, replyId, 'ausblenden'), {})).statusCode, 303);
    const seen = await people.alice.client.get(at(groups.open.slug, threadId));
    assert.ok(seen.body.includes(m.thread.hiddenPost));
    assert.ok(!seen.body.includes('Wir im Amt Süderbrarup seit 2025.'));
    assert.ok((await mod.get(at(groups.open.slug, threadId))).body.includes('Wir im Amt Süderbrarup seit 2025.'), 'moderators still read it');
    assert.equal(
      (await people.alice.client.postForm(postPath(groups.open.slug, threadId, replyId, 'hilfreich'), {}, { csrfFrom: at(groups.open.slug, threadId) }))
        .statusCode,
      404,
    );
    assert.equal(await count('network_threads', sql`id = ${threadId} and answer_post_id is null`), 1, 'a hidden answer is no answer');
    await mod.postForm(postPath(groups.open.slug, threadId, replyId, 'einblenden'), {}, { csrfFrom: at(groups.open.slug, threadId) });

    // Bob opens the reply form before the moderator locks the thread
    const bob = people.bob.client;
    await bob.get(at(groups.open.slug, threadId));
    await mod.postForm(at(groups.open.slug, threadId, 'sperren'), {}, { csrfFrom: at(groups.open.slug, threadId) });
    const posts = await count('network_posts');
    const locked = await bob.postForm(at(groups.open.slug, threadId, 'antworten'), { body: 'Noch eine Antwort' });
    assert.equal(locked.statusCode, 409);
    assert.ok(locked.body.includes(m.errors.locked));
    // the words are not lost: they stand on the page to be copied, and the error summary's link finds them
    assert.match(locked.body, /<textarea[^>]*id="f-body"[^>]*readonly[^>]*>Noch eine Antwort<\/textarea>/);
    assert.equal(await count('network_posts'), posts);
    assert.ok((await bob.get(at(groups.open.slug, threadId))).body.includes(m.reply.locked));
    await mod.postForm(at(groups.open.slug, threadId, 'entsperren'), {}, { csrfFrom: at(groups.open.slug, threadId) });

    await mod.postForm(at(groups.open.slug, threadId, 'ausblenden'), {}, { csrfFrom: at(groups.open.slug, threadId) });
    assert.equal((await people.bob.client.get(at(groups.open.slug, threadId))).statusCode, 404);
    assert.ok(!(await people.bob.client.get(discussionsPath(groups.open.slug))).body.includes('Offene Haushaltsdaten'));
    assert.ok((await mod.get(discussionsPath(groups.open.slug))).body.includes(m.tags.hidden));
    const found = await searchDocuments(rt.deps.db, { query: 'Haushaltsdaten', page: 1, pageSize: 10 });
    assert.ok(!found.items.some((i) => i.url === threadPath(groups.open.slug, threadId)), 'a hidden thread leaves the search');
    await mod.postForm(at(groups.open.slug, threadId, 'einblenden'), {}, { csrfFrom: at(groups.open.slug, threadId) });
    assert.equal((await people.bob.client.get(at(groups.open.slug, threadId))).statusCode, 200);

    await mod.postForm(at(groups.open.slug, threadId, 'anpinnen'), {}, { csrfFrom: at(groups.open.slug, threadId) });
    const list = await people.bob.client.get(discussionsPath(groups.open.slug));
    assert.ok(list.body.includes(m.tags.pinned));
    assert.ok(list.body.indexOf('Offene Haushaltsdaten') < list.body.indexOf('Glasfaser im Amt'), 'pinned threads come first');
  });

  it('moves a thread to another group the moderator moderates, with its search document', async () => {
    const owner = people.owner.client;
    const move = at(groups.open.slug, threadId, 'verschieben');
    assert.equal(
      (await people.moderator.client.postForm(move, { groupId: groups.other.id }, { csrfFrom: at(groups.open.slug, threadId) })).statusCode,
      400,
      'a group the moderator does not moderate',
    );
    assert.equal(await count('network_threads', sql`id = ${threadId} and group_id = ${groups.open.id}`), 1);
    const form = await owner.get(move);
    assert.ok(form.body.includes(groups.other.name));
    const res = await owner.postForm(move, { groupId: groups.other.id });
    assert.equal(res.statusCode, 303);
    assert.equal(res.location, threadPath(groups.other.slug, threadId));
    assert.equal((await owner.get(at(groups.open.slug, threadId))).statusCode, 404);
    assert.equal((await owner.get(at(groups.other.slug, threadId))).statusCode, 200);
    const found = await searchDocuments(rt.deps.db, { query: 'Haushaltsdaten', page: 1, pageSize: 10 });
    assert.ok(found.items.some((i) => i.url === threadPath(groups.other.slug, threadId)));
    assert.equal(await count('network_notifications', sql`thread_id = ${threadId} and group_id <> ${groups.other.id}`), 0);
  });

  it('keeps members-only and hidden discussions from outsiders, in pages and the search', async () => {
    const insider = people.insider.client;
    for (const group of [groups.members, groups.hidden]) {
      await insider.get(newThreadPath(group.slug));
      const res = await insider.postForm(newThreadPath(group.slug), {
        title: `Vertraulich ${group.visibility}`,
        body: `Geheimwort${group.visibility} für die Sitzung`,
      });
      assert.equal(res.statusCode, 303);
    }
    const membersThread = (await queryRows<{ id: string }>(rt.deps.db, sql`select id from network_threads where group_id = ${groups.members.id}`))[0]!.id;
    const hiddenThread = (await queryRows<{ id: string }>(rt.deps.db, sql`select id from network_threads where group_id = ${groups.hidden.id}`))[0]!.id;
    assert.equal((await people.outsider.client.get(at(groups.members.slug, membersThread))).statusCode, 403);
    assert.equal((await new Client(rt.app).get(discussionsPath(groups.members.slug))).statusCode, 403);
    assert.equal((await people.outsider.client.get(at(groups.hidden.slug, hiddenThread))).statusCode, 404);
    assert.equal((await people.outsider.client.get(discussionsPath(groups.hidden.slug))).statusCode, 404);
    assert.equal(
      (await people.outsider.client.postForm(at(groups.hidden.slug, hiddenThread, 'antworten'), { body: 'Hallo?' }, { csrfFrom: '/passwort-vergessen' }))
        .statusCode,
      404,
    );
    assert.equal((await people.alice.client.get(at(groups.open.slug, hiddenThread))).statusCode, 404, 'a thread of another group by its id');

    const outside = await searchDocuments(rt.deps.db, { query: 'Geheimwortmembers', page: 1, pageSize: 10 });
    assert.equal(outside.total, 0);
    const inside = await searchDocuments(rt.deps.db, { query: 'Geheimwortmembers', page: 1, pageSize: 10, accessKeys: [groupSearchKey(groups.members.id)] });
    assert.equal(inside.total, 1);
    const hidden = await searchDocuments(rt.deps.db, { query: 'Geheimworthidden', page: 1, pageSize: 10, accessKeys: [groupSearchKey(groups.hidden.id)] });
    assert.equal(hidden.total, 0, 'a hidden group’s threads are never in the search');
  });
});
