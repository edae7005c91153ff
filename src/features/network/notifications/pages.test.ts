import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { messagesFor } from '../../../platform/i18n/index.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../../testing/harness.ts';
import { NOTIFICATION_SETTINGS_PATH, NOTIFICATIONS_PATH, unsubscribePath } from '../core/paths.ts';
import { insertNotificationReply, insertNotificationThread, recordNotifications, setFrequency } from '../testing/notifications-fixtures.ts';
import { insertTestGroup } from '../testing/group-fixtures.ts';
import { MARK_READ_PATH } from './paths.ts';
import { countUnread, PAGE_SIZE } from './service.ts';
import { ALL_GROUPS, signUnsubscribeToken } from './unsubscribe-token.ts';

const m = messagesFor('de').networkNotifications;
const frequencies = messagesFor('de').network.frequencies;

eachBackend('network notifications: the list, the settings and unsubscribing', (backend) => {
  let rt: TestRuntime;
  let reader = { id: '', email: '' };
  let author = { id: '', email: '' };
  let client: TestClient;
  const groups = { open: '', hidden: '', other: '' };
  let thread = { threadId: '', postId: '' };

  const frequencyOf = async (userId: string, groupId: string) =>
    (
      await queryRows<{ frequency: string }>(
        rt.deps.db,
        sql`select frequency from network_notification_settings where user_id = ${userId} and group_id = ${groupId}`,
      )
    )[0]?.frequency;
  const audits = async (action: string) =>
    (await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from audit_log where action = ${action}`))[0]!.n;

  before(async () => {
    rt = await createTestRuntime(backend);
    author = await createTestUser(rt.deps, { displayName: 'Maren Hansen' });
    reader = await createTestUser(rt.deps, { displayName: 'Jens Petersen' });
    groups.open = (
      await insertTestGroup(rt.deps, {
        slug: 'breitband-test',
        name: 'Breitband im Amt',
        visibility: 'members',
        members: [author.id, reader.id],
      })
    ).id;
    groups.hidden = (
      await insertTestGroup(rt.deps, {
        slug: 'geheim-test',
        name: 'Verborgener Kreis',
        visibility: 'hidden',
        members: [author.id, reader.id],
      })
    ).id;
    groups.other = (await insertTestGroup(rt.deps, { slug: 'fremd-test', name: 'Fremde Gruppe', visibility: 'public', members: [author.id] })).id;
    thread = await insertNotificationThread(rt.deps, {
      groupId: groups.open,
      authorId: author.id,
      title: 'Förderaufruf Gigabit',
      body: 'Wer stellt einen Antrag?',
    });
    client = new TestClient(rt.app);
    assert.equal((await client.login(reader.email, TEST_PASSWORD)).statusCode, 303);
  });
  after(async () => rt.close());

  it('lists the person’s notifications newest first, marks the new ones, pages by 30 and marks all as read', async () => {
    const anonymous = await new TestClient(rt.app).get(NOTIFICATIONS_PATH);
    assert.equal(anonymous.statusCode, 303);
    const empty = await client.get(NOTIFICATIONS_PATH);
    assert.equal(empty.statusCode, 200);
    assert.ok(empty.body.includes(m.list.empty));

    const about = { groupId: groups.open, threadId: thread.threadId, actorId: author.id, userId: reader.id };
    await recordNotifications(rt.deps, [{ ...about, kind: 'new_thread', postId: thread.postId }]);
    const hiddenThread = await insertNotificationThread(rt.deps, { groupId: groups.hidden, authorId: author.id, title: 'Geheime Tagesordnung', body: 'x' });
    await recordNotifications(rt.deps, [
      { groupId: groups.hidden, threadId: hiddenThread.threadId, postId: hiddenThread.postId, actorId: author.id, userId: reader.id, kind: 'new_thread' },
    ]);
    await rt.deps.db.execute(
      sql`insert into network_group_members (group_id, user_id, role, status) values (${groups.other}, ${reader.id}, 'member', 'invited')`,
    );
    await recordNotifications(rt.deps, [{ groupId: groups.other, actorId: author.id, userId: reader.id, kind: 'invitation' }]);
    await rt.deps.db.execute(sql`update network_notifications set created_at = now() - interval '1 hour' where kind = 'new_thread'`);

    const page = await client.get(NOTIFICATIONS_PATH);
    assert.equal(page.statusCode, 200);
    const invitation = m.sentences.invitation({ actor: 'Maren Hansen', group: 'Fremde Gruppe', thread: '' });
    const started = m.sentences.new_thread({ actor: 'Maren Hansen', group: 'Breitband im Amt', thread: 'Förderaufruf Gigabit' });
    assert.ok(page.body.indexOf(invitation) < page.body.indexOf(started), 'newest first');
    assert.ok(page.body.includes(invitation), 'the invitation');
    assert.ok(page.body.includes(started), 'the new thread');
    assert.ok(page.body.includes(`href="/netzwerk/gruppen/breitband-test/diskussionen/${thread.threadId}#beitrag-${thread.postId}"`));
    assert.ok(page.body.includes('Geheime Tagesordnung'), 'a member sees the hidden group’s news');
    assert.equal(page.body.split(`<span class="kern-label">${m.list.unread}</span>`).length - 1, 3);
    assert.equal(await countUnread(rt.deps.db, reader.id), 3);

    // after leaving the hidden group, nothing of it is left in the list
    await rt.deps.db.execute(sql`delete from network_group_members where group_id = ${groups.hidden} and user_id = ${reader.id}`);
    const afterLeaving = await client.get(NOTIFICATIONS_PATH);
    assert.ok(!afterLeaving.body.includes('Geheime Tagesordnung'));
    assert.ok(!afterLeaving.body.includes('Verborgener Kreis'));
    assert.equal(await countUnread(rt.deps.db, reader.id), 2);

    const read = await client.postForm(MARK_READ_PATH, {});
    assert.equal(read.statusCode, 303);
    const afterRead = await client.followRedirect(read);
    assert.ok(afterRead.body.includes(m.notices.read));
    assert.equal(afterRead.body.split(`<span class="kern-label">${m.list.unread}</span>`).length - 1, 0);
    assert.equal(await countUnread(rt.deps.db, reader.id), 0);

    // 31 more: two pages
    for (let i = 0; i < PAGE_SIZE + 1; i++) {
      const postId = await insertNotificationReply(rt.deps, { threadId: thread.threadId, authorId: author.id, body: `Antwort ${i}` });
      await recordNotifications(rt.deps, [{ ...about, kind: 'reply', postId }]);
    }
    const first = await client.get(NOTIFICATIONS_PATH);
    assert.equal(first.body.split('<time ').length - 1, PAGE_SIZE);
    assert.ok(first.body.includes('seite=2'), 'a link to the second page');
    const second = await client.get(`${NOTIFICATIONS_PATH}?seite=2`);
    assert.equal(second.statusCode, 200);
    assert.equal(second.body.split('<time ').length - 1, 3, 'the rest on the last page');
    assert.ok(second.body.includes(invitation) && second.body.includes(started), 'the oldest on the last page');
    assert.equal((await client.get(`${NOTIFICATIONS_PATH}?seite=abc`)).statusCode, 200);
  });

  it('keeps one choice per group of the person, stores a double submit once, and says what is missing', async () => {
    const form = await client.get(NOTIFICATION_SETTINGS_PATH);
    assert.equal(form.statusCode, 200);
    assert.ok(form.body.includes(m.settings.legend('Breitband im Amt')));
    assert.ok(form.body.includes('Breitband im Amt'));
    assert.ok(!form.body.includes('Fremde Gruppe'), 'only the person’s groups');
    assert.ok(form.body.includes(frequencies.weekly));
    assert.match(form.body, new RegExp(`name="gruppe-${groups.open}" type="radio" value="daily" checked`), 'no choice yet is the daily digest');

    const field = `gruppe-${groups.open}`;
    const missing = await client.postForm(NOTIFICATION_SETTINGS_PATH, {});
    assert.equal(missing.statusCode, 400);
    assert.ok(missing.body.includes('kern-alert--danger'));
    assert.ok(missing.body.includes('Wählen Sie, wie Sie von'));

    await client.get(NOTIFICATION_SETTINGS_PATH);
    const saved = await client.postForm(NOTIFICATION_SETTINGS_PATH, { [field]: 'weekly' });
    assert.equal(saved.statusCode, 303);
    const again = await client.postForm(NOTIFICATION_SETTINGS_PATH, { [field]: 'weekly' });
    assert.equal(again.statusCode, 303);
    assert.equal(await frequencyOf(reader.id, groups.open), 'weekly');
    assert.equal(await audits('network.notifications.settings'), 1);
    const shown = await client.followRedirect(saved);
    assert.ok(shown.body.includes(m.notices.saved));
    assert.match(shown.body, new RegExp(`name="${field}" type="radio" value="weekly" checked`));

    await client.get(NOTIFICATION_SETTINGS_PATH);
    const wrong = await client.postForm(NOTIFICATION_SETTINGS_PATH, { [field]: 'hourly' });
    assert.equal(wrong.statusCode, 400);
    assert.equal(await frequencyOf(reader.id, groups.open), 'weekly');

    // a group the person is not in is ignored, never stored
    await client.get(NOTIFICATION_SETTINGS_PATH);
    const foreign = await client.postForm(NOTIFICATION_SETTINGS_PATH, { [field]: 'immediate', [`gruppe-${groups.other}`]: 'immediate' });
    assert.equal(foreign.statusCode, 303);
    assert.equal(await frequencyOf(reader.id, groups.other), undefined);
    assert.equal(await frequencyOf(reader.id, groups.open), 'immediate');
  });

  it('unsubscribes from a group by its signed link without a login: GET shows the button, POST turns it off', async () => {
    await setFrequency(rt.deps, reader.id, groups.open, 'immediate');
    const path = unsubscribePath(signUnsubscribeToken(rt.deps.keyring, { userId: reader.id, groupId: groups.open }));
    const visitor = new TestClient(rt.app);
    const page = await visitor.get(path);
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes('Breitband im Amt'));
    assert.ok(page.body.includes(m.unsubscribe.button));
    assert.equal(await frequencyOf(reader.id, groups.open), 'immediate', 'a GET changes nothing (link scanners open every link)');
    const done = await visitor.postForm(path, {});
    assert.equal(done.statusCode, 200);
    assert.ok(done.body.includes(m.unsubscribe.doneGroup('Breitband im Amt')));
    assert.ok(done.body.includes(`href="${NOTIFICATION_SETTINGS_PATH}"`));
    assert.equal(await frequencyOf(reader.id, groups.open), 'off');
  });

  it('answers a forged or garbled link with 404 and changes nothing', async () => {
    await setFrequency(rt.deps, reader.id, groups.open, 'daily');
    const token = signUnsubscribeToken(rt.deps.keyring, { userId: reader.id, groupId: groups.open });
    const [user, , mac] = token.split('.') as [string, string, string];
    const otherGroup = signUnsubscribeToken(rt.deps.keyring, { userId: author.id, groupId: groups.open }).split('.')[0]!;
    const visitor = new TestClient(rt.app);
    for (const bad of [`${user}.alle.${mac}`, `${otherGroup}.${token.split('.')[1]}.${mac}`, 'abc', `${token}x`, '%E0%A4%A']) {
      const get = await visitor.get(unsubscribePath(bad));
      assert.ok(get.statusCode === 404 || get.statusCode === 400, `GET ${bad}: ${get.statusCode}`);
      const post = await visitor.postForm(unsubscribePath(bad), {}, { csrfFrom: '/passwort-vergessen' });
      assert.ok(post.statusCode === 404 || post.statusCode === 400, `POST ${bad}: ${post.statusCode}`);
    }
    assert.equal(await frequencyOf(reader.id, groups.open), 'daily');
    // a well-signed link for a group that no longer exists
    const gone = signUnsubscribeToken(rt.deps.keyring, { userId: reader.id, groupId: '0e7e0150-0009-4000-8000-000000000009' });
    assert.equal((await visitor.get(unsubscribePath(gone))).statusCode, 404);
  });

  it('takes the one-click POST of a mail program (RFC 8058) without CSRF token or cookie, and nothing else without the token', async () => {
    await setFrequency(rt.deps, reader.id, groups.open, 'immediate');
    const path = unsubscribePath(signUnsubscribeToken(rt.deps.keyring, { userId: reader.id, groupId: groups.open }));
    const post = (payload: string) =>
      rt.app.inject({ method: 'POST', url: path, headers: { host: 'localhost', 'content-type': 'application/x-www-form-urlencoded' }, payload });
    const other = await post('List-Unsubscribe=One-Click&frequency=immediate');
    assert.equal(other.statusCode, 403, 'another body needs the CSRF token');
    assert.equal(await frequencyOf(reader.id, groups.open), 'immediate');
    const oneClick = await post('List-Unsubscribe=One-Click');
    assert.equal(oneClick.statusCode, 200);
    assert.equal(await frequencyOf(reader.id, groups.open), 'off');
    // RFC 8058 would rather have it as multipart/form-data
    await setFrequency(rt.deps, reader.id, groups.open, 'immediate');
    const multipart = (fields: string) =>
      rt.app.inject({
        method: 'POST',
        url: path,
        headers: { host: 'localhost', 'content-type': 'multipart/form-data; boundary=grenze' },
        payload: `${fields}--grenze--\r\n`,
      });
    const field = (name: string, value: string) => `--grenze\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    const extra = await multipart(field('List-Unsubscribe', 'One-Click') + field('frequency', 'immediate'));
    assert.equal(extra.statusCode, 400);
    assert.equal(await frequencyOf(reader.id, groups.open), 'immediate');
    assert.equal((await multipart('kein Formular')).statusCode, 400, 'a garbled body');
    const multipartOneClick = await multipart(field('List-Unsubscribe', 'One-Click'));
    assert.equal(multipartOneClick.statusCode, 200);
    assert.equal(await frequencyOf(reader.id, groups.open), 'off');
    // the exemption belongs to this route only
    const elsewhere = await rt.app.inject({
      method: 'POST',
      url: MARK_READ_PATH,
      headers: { host: 'localhost', 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    assert.equal(elsewhere.statusCode, 403);
  });

  it('turns every group off with the digest’s link for all groups', async () => {
    await setFrequency(rt.deps, author.id, groups.open, 'weekly');
    const path = unsubscribePath(signUnsubscribeToken(rt.deps.keyring, { userId: author.id, groupId: ALL_GROUPS }));
    const visitor = new TestClient(rt.app);
    const page = await visitor.get(path);
    assert.ok(page.body.includes(m.unsubscribe.buttonAll));
    assert.equal((await visitor.postForm(path, {})).statusCode, 200);
    for (const groupId of [groups.open, groups.hidden, groups.other]) assert.equal(await frequencyOf(author.id, groupId), 'off');
    assert.ok((await audits('network.notifications.unsubscribe')) >= 3);
  });
});
