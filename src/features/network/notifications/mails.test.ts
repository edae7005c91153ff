import assert from 'node:assert/strict';
import { after, before, beforeEach, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { messagesFor } from '../../../platform/i18n/index.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../../testing/harness.ts';
import { postAnchor, threadPath } from '../core/paths.ts';
import { insertNotificationReply, insertNotificationThread, recordNotifications, setFrequency } from '../testing/notifications-fixtures.ts';
import { insertTestGroup } from '../testing/group-fixtures.ts';
import { currentPeriod } from './digest-period.ts';
import { mailSite } from './jobs.ts';
import { DIGEST_MAX_ITEMS } from './mails.ts';
import { sendDigest } from './send-digests.ts';
import { countUnread } from './service.ts';
import { readUnsubscribeToken, ALL_GROUPS } from './unsubscribe-token.ts';

const m = messagesFor('de').networkNotifications;

/** Berlin 07:00 in winter is 06:00 UTC. */
const berlinMorning = (day: string, minutes = 5) => new Date(`${day}T06:${String(minutes).padStart(2, '0')}:00Z`);

eachBackend('network notifications: immediate mails and digests', (backend) => {
  let rt: TestRuntime;
  const people = { author: '', immediate: '', daily: '', weekly: '', off: '', leaver: '' };
  const email: Record<keyof typeof people, string> = { author: '', immediate: '', daily: '', weekly: '', off: '', leaver: '' };
  let group = '';
  let hidden = '';
  let thread = { threadId: '', postId: '' };
  let secret = { threadId: '', postId: '' };
  const slug = 'kommunale-waermeplanung-test';

  const mailsTo = (who: keyof typeof people) => rt.mails.filter((x) => x.to === email[who]);
  const unmailed = async (userId: string) =>
    (await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from network_notifications where user_id = ${userId} and mailed_at is null`))[0]!
      .n;
  /** A reply by the author that `userId` hears of, created at `at`. */
  const replyFor = async (userIds: string[], at: Date, body = 'Wir haben gute Erfahrungen mit dem Landesportal gemacht.') => {
    const postId = await insertNotificationReply(rt.deps, { threadId: thread.threadId, authorId: people.author, body });
    await recordNotifications(
      rt.deps,
      userIds.map((userId) => ({ userId, groupId: group, kind: 'reply' as const, threadId: thread.threadId, postId, actorId: people.author })),
    );
    await rt.deps.db.execute(sql`update network_notifications set created_at = ${at.toISOString()}::timestamptz where post_id = ${postId}`);
    return postId;
  };

  before(async () => {
    rt = await createTestRuntime(backend);
    for (const key of Object.keys(people) as (keyof typeof people)[]) {
      const user = await createTestUser(rt.deps, { displayName: key === 'author' ? 'Maren Hansen' : `Person ${key}` });
      people[key] = user.id;
      email[key] = user.email;
    }
    group = (
      await insertTestGroup(rt.deps, {
        slug,
        name: 'Kommunale Wärmeplanung',
        visibility: 'public',
        members: [people.author, people.immediate, people.daily, people.weekly, people.off],
      })
    ).id;
    hidden = (
      await insertTestGroup(rt.deps, {
        slug: 'lenkungskreis-geheim-test',
        name: 'Lenkungskreis Geheimsache',
        visibility: 'hidden',
        members: [people.author, people.leaver, people.immediate],
      })
    ).id;
    thread = await insertNotificationThread(rt.deps, {
      groupId: group,
      authorId: people.author,
      title: 'Wärmenetze im ländlichen Raum',
      body: 'Wer plant schon?',
    });
    secret = await insertNotificationThread(rt.deps, { groupId: hidden, authorId: people.author, title: 'Vertrauliche Haushaltsplanung', body: 'Intern.' });
    await setFrequency(rt.deps, people.immediate, group, 'immediate');
    await setFrequency(rt.deps, people.weekly, group, 'weekly');
    await setFrequency(rt.deps, people.off, group, 'off');
  });
  after(async () => rt.close());
  beforeEach(async () => {
    await rt.runJobs();
  });

  it('mails at once to who chose "sofort": what happened, a plain excerpt of at most 300 characters, the link to the post, and the unsubscribe link and headers', async () => {
    const long = `**Fett** und <script>alert("x")</script> [ein Link](https://example.org). ${'Wärmepumpen im Bestand. '.repeat(30)}`;
    const postId = await replyFor([people.immediate], new Date(), long);
    await rt.runJobs();
    const [mail, ...more] = mailsTo('immediate');
    assert.equal(more.length, 0);
    assert.equal(mail!.subject, 'Maren Hansen hat in „Wärmenetze im ländlichen Raum“ geantwortet');
    const excerpt = mail!.text.split('\n\n').find((p) => p.startsWith('„Fett'))!;
    assert.ok(excerpt, 'the excerpt is in the text');
    assert.ok(excerpt.length <= 302, `excerpt of ${excerpt.length} characters`);
    assert.ok(excerpt.endsWith('…“'));
    assert.doesNotMatch(mail!.text, /\*\*|\]\(/, 'no Markdown');
    assert.doesNotMatch(mail!.html ?? '', /<script/, 'the post’s markup is never HTML in the mail');
    assert.ok(mail!.text.includes(`http://localhost${threadPath(slug, thread.threadId)}#${postAnchor(postId)}`));
    assert.match(mail!.listUnsubscribe ?? '', /^http:\/\/localhost\/netzwerk\/abbestellen\/[\w-]+\.[\w-]+\.[\w-]+$/);
    assert.ok(mail!.text.includes(`${m.mail.unsubscribeGroup('Kommunale Wärmeplanung')}:\n${mail!.listUnsubscribe}`));
    assert.ok(mail!.html?.includes(`href="${mail!.listUnsubscribe}"`));
    const token = mail!.listUnsubscribe!.split('/').at(-1)!;
    assert.deepEqual(readUnsubscribeToken(rt.deps.keyring, token), { userId: people.immediate, groupId: group });
    assert.equal(await unmailed(people.immediate), 0);

    // the job again, and the digests of the next days: nothing more
    await rt.deps.db.execute(sql`update jobs set done_at = null, run_at = now() where kind = 'network.notification-mail'`);
    await rt.runJobs();
    await rt.runtime.sweep(berlinMorning('2030-01-02'));
    await rt.runJobs();
    assert.equal(mailsTo('immediate').length, 1);
  });

  it('sends the daily digest exactly once, also to two sweeps at the same moment, and each item only once', async () => {
    await replyFor([people.daily], new Date('2027-03-01T10:00:00Z'));
    await replyFor([people.daily], new Date('2027-03-01T11:00:00Z'), 'Zweite Antwort');
    await rt.runJobs();
    assert.equal(mailsTo('daily').length, 0, 'nothing at once for the daily digest');
    assert.equal(await unmailed(people.daily), 2);

    await rt.runtime.sweep(new Date('2027-03-02T05:59:00Z'));
    await rt.runJobs();
    assert.equal(mailsTo('daily').length, 0, 'not before 07:00 Berlin');

    await rt.runtime.sweep(berlinMorning('2027-03-02'));
    await rt.runtime.sweep(berlinMorning('2027-03-02', 30));
    await rt.runJobs();
    const [digest, ...more] = mailsTo('daily');
    assert.equal(more.length, 0, 'two sweeps of the same day: one mail');
    assert.equal(digest!.subject, m.mail.digestSubject.daily);
    assert.equal(digest!.text.split('Maren Hansen hat in „Wärmenetze im ländlichen Raum“ geantwortet.').length - 1, 2);
    assert.ok(digest!.text.includes('Kommunale Wärmeplanung\n– Maren Hansen'));
    const token = digest!.listUnsubscribe!.split('/').at(-1)!;
    assert.deepEqual(readUnsubscribeToken(rt.deps.keyring, token), { userId: people.daily, groupId: ALL_GROUPS }, 'the header unsubscribes from every group');
    assert.ok(digest!.text.includes(m.mail.unsubscribeGroup('Kommunale Wärmeplanung')), 'the footer names each group’s own link');
    assert.equal(await unmailed(people.daily), 0);

    // a new item the next day; two processes sweep at the same moment
    await replyFor([people.daily], new Date('2027-03-02T12:00:00Z'), 'Dritte Antwort');
    await rt.runJobs();
    const now = berlinMorning('2027-03-03', 1);
    await Promise.all([rt.runtime.sweep(now), rt.runtime.sweep(now)]);
    await rt.runJobs();
    const second = mailsTo('daily').slice(1);
    assert.equal(second.length, 1, 'concurrent sweeps: one mail');
    assert.equal(second[0]!.text.split('geantwortet.').length - 1, 1, 'only the new item');

    // a day without news: no mail
    await rt.runtime.sweep(berlinMorning('2027-03-04'));
    await rt.runJobs();
    assert.equal(mailsTo('daily').length, 2);
    const runs = await queryRows<{ period: string; items: number }>(
      rt.deps.db,
      sql`select period, items from network_digest_runs where user_id = ${people.daily} order by period`,
    );
    assert.deepEqual(runs, [
      { period: '2027-03-02', items: 2 },
      { period: '2027-03-03', items: 1 },
    ]);
  });

  it('sends the weekly digest from Monday 07:00, once a week', async () => {
    // Tuesday 9 March 2027: in week 10, so it goes out on Monday 15 March
    await replyFor([people.weekly], new Date('2027-03-09T09:00:00Z'));
    await rt.runJobs();
    await rt.runtime.sweep(berlinMorning('2027-03-14'));
    await rt.runJobs();
    assert.equal(mailsTo('weekly').length, 0, 'not on Sunday');
    await rt.runtime.sweep(berlinMorning('2027-03-15'));
    await rt.runtime.sweep(new Date('2027-03-17T12:00:00Z'));
    await rt.runJobs();
    assert.equal(mailsTo('weekly').length, 1);
    assert.equal(mailsTo('weekly')[0]!.subject, m.mail.digestSubject.weekly);
    const [run] = await queryRows<{ period: string }>(rt.deps.db, sql`select period from network_digest_runs where user_id = ${people.weekly}`);
    assert.equal(run!.period, '2027-W11');
  });

  it('mails nothing to who turned the group off, and keeps it in their list', async () => {
    await replyFor([people.off], new Date('2027-04-01T09:00:00Z'));
    await rt.runJobs();
    await rt.runtime.sweep(berlinMorning('2027-04-02'));
    await rt.runtime.sweep(berlinMorning('2027-04-05'));
    await rt.runJobs();
    assert.equal(mailsTo('off').length, 0);
    assert.equal(await countUnread(rt.deps.db, people.off), 1);
  });

  it('mails nothing of a hidden group to who left it, neither at once nor in a digest, and lists none of it', async () => {
    await setFrequency(rt.deps, people.immediate, hidden, 'immediate');
    const about = { groupId: hidden, kind: 'new_thread' as const, threadId: secret.threadId, postId: secret.postId, actorId: people.author };
    await recordNotifications(rt.deps, [
      { ...about, userId: people.leaver },
      { ...about, userId: people.immediate },
    ]);
    // both leave before the mail job runs
    await rt.deps.db.execute(sql`delete from network_group_members where group_id = ${hidden} and user_id in (${people.leaver}, ${people.immediate})`);
    const before = mailsTo('immediate').length;
    await rt.runJobs();
    await rt.runtime.sweep(berlinMorning('2030-06-03'));
    await rt.runJobs();
    assert.equal(mailsTo('leaver').length, 0);
    assert.equal(mailsTo('immediate').length, before);
    assert.equal(await unmailed(people.leaver), 0, 'marked as done, so that no later digest takes it');
    assert.equal(await countUnread(rt.deps.db, people.leaver), 0);
    assert.ok(!rt.mails.some((x) => x.text.includes('Geheimsache') || x.text.includes('Vertrauliche')));
  });

  it('lists at most 50 items in a digest and counts the rest', async () => {
    const many = await createTestUser(rt.deps, { displayName: 'Viel Leserin' });
    await rt.deps.db.execute(sql`insert into network_group_members (group_id, user_id, role, status) values (${group}, ${many.id}, 'member', 'active')`);
    for (let i = 0; i < DIGEST_MAX_ITEMS + 3; i++) await replyFor([many.id], new Date(`2027-05-03T08:${String(i).padStart(2, '0')}:00Z`), `Antwort ${i}`);
    await rt.runJobs();
    await rt.runtime.sweep(berlinMorning('2027-05-04'));
    await rt.runJobs();
    const digests = rt.mails.filter((x) => x.to === many.email);
    assert.equal(digests.length, 1);
    assert.equal(digests[0]!.text.split('geantwortet.').length - 1, DIGEST_MAX_ITEMS);
    assert.ok(digests[0]!.text.includes(m.mail.more(3)));
    assert.equal(await unmailed(many.id), 0, 'all of them are in it, listed or counted');
  });

  it('takes each person’s digest of a period once: a second attempt finds the run taken, and the late item waits for the next', async () => {
    const late = await createTestUser(rt.deps, { displayName: 'Späte Leserin' });
    await rt.deps.db.execute(sql`insert into network_group_members (group_id, user_id, role, status) values (${group}, ${late.id}, 'member', 'active')`);
    await replyFor([late.id], new Date('2027-06-01T08:00:00Z'));
    await rt.runJobs();
    const now = berlinMorning('2027-06-02');
    const period = currentPeriod('daily', now);
    const site = await mailSite(rt.deps);
    assert.equal(await sendDigest(rt.deps, { userId: late.id, period, site, now }), 'sent');
    // an item of the same period that shows up after the digest went out (a transaction that committed late)
    await replyFor([late.id], new Date('2027-06-01T09:00:00Z'), 'Verspätet');
    await rt.runJobs();
    assert.equal(await sendDigest(rt.deps, { userId: late.id, period, site, now }), 'taken');
    await rt.runtime.sweep(berlinMorning('2027-06-02', 40));
    await rt.runJobs();
    assert.equal(rt.mails.filter((x) => x.to === late.email).length, 1);
    await rt.runtime.sweep(berlinMorning('2027-06-03'));
    await rt.runJobs();
    const digests = rt.mails.filter((x) => x.to === late.email);
    assert.equal(digests.length, 2, 'the next day’s digest has it');
    assert.equal(digests[1]!.text.split('geantwortet.').length - 1, 1);
  });

  it('mails an invitation and the answer to a request at once, with the reason, unless the group is turned off', async () => {
    const guest = await createTestUser(rt.deps, { displayName: 'Gast Person' });
    await rt.deps.db.execute(sql`insert into network_group_members (group_id, user_id, role, status) values (${group}, ${guest.id}, 'member', 'invited')`);
    await recordNotifications(rt.deps, [{ userId: guest.id, groupId: group, kind: 'invitation', actorId: people.author }]);
    // a declined request: the person has no place in the group any more
    await recordNotifications(rt.deps, [{ userId: people.leaver, groupId: group, kind: 'join_decision', actorId: people.author, note: 'Nur für Kommunen.' }]);
    await rt.runJobs();
    const [invitation] = rt.mails.filter((x) => x.to === guest.email);
    assert.equal(invitation?.subject, 'Maren Hansen hat Sie in die Gruppe „Kommunale Wärmeplanung“ eingeladen');
    assert.ok(invitation?.text.includes(`http://localhost/netzwerk/gruppen/${slug}`));
    const [declined, ...more] = mailsTo('leaver');
    assert.equal(more.length, 0);
    assert.equal(declined?.subject, 'Ihre Anfrage, der Gruppe „Kommunale Wärmeplanung“ beizutreten, wurde abgelehnt');
    assert.ok(declined?.text.includes('Begründung: Nur für Kommunen.'));

    await setFrequency(rt.deps, guest.id, group, 'off');
    await recordNotifications(rt.deps, [{ userId: guest.id, groupId: group, kind: 'invitation', actorId: people.immediate }]);
    await rt.runJobs();
    assert.equal(rt.mails.filter((x) => x.to === guest.email).length, 1, 'turned off: no mail');
  });
});
