import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/client.ts';
import { TestClient } from '../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../testing/harness.ts';
import { EDITOR_PATH, NEWSLETTER_PATH, REQUESTED_PATH, sendNewsletterPath, SUBSCRIBERS_CSV_PATH, testSendPath } from './paths.ts';
import { newsletterGauges } from './metrics.ts';
import { sendDueDeliveries } from './send-due-deliveries.ts';
import { insertDemoSubscriber } from './subscriber-repository.ts';
import { confirmTokenHash } from './tokens.ts';

const ONE_CLICK = 'List-Unsubscribe=One-Click';

eachBackend('newsletter: double opt-in, unsubscribing and paced sending', (backend) => {
  let rt: TestRuntime;
  let editor = { id: '', email: '', password: '' };
  let clients = 0;
  /** a visitor from an address of their own, so that the per-client limit of one test does not reach the next */
  const visitor = () => new TestClient(rt.app, { remoteAddress: `10.0.0.${++clients}` });

  const subscriber = async (email: string) =>
    (
      await queryRows<{ id: string; status: string; confirmation_count: number; confirm_token_hash: string | null }>(
        rt.deps.db,
        sql`select id, status, confirmation_count, confirm_token_hash from newsletter_subscribers where email = ${email}`,
      )
    )[0];
  const mailsTo = (email: string) => rt.mails.filter((m) => m.to === email);
  const linkIn = (text: string, path: string) => {
    const match = new RegExp(`http://localhost(${path}/[\\w.-]+)`).exec(text);
    assert.ok(match, `a link to ${path} in the mail`);
    return match[1]!;
  };
  const subscribe = async (client: TestClient, email: string, locale = 'de') => {
    await client.open(NEWSLETTER_PATH);
    return client.postForm(NEWSLETTER_PATH, { email, locale });
  };
  /** Subscribes and confirms; returns the address's subscriber id. */
  const activeSubscriber = async (email: string) => {
    const client = visitor();
    await subscribe(client, email);
    await rt.runJobs();
    const confirm = linkIn(mailsTo(email).at(-1)!.text, '/newsletter/bestaetigen');
    await client.open(confirm);
    assert.equal((await client.postForm(confirm, {})).statusCode, 200);
    return (await subscriber(email))!.id;
  };

  before(async () => {
    rt = await createTestRuntime(backend, { config: { newsletter: { mailsPerMinute: 2 } } });
    editor = await createTestUser(rt.deps, { siteRole: 'editor', displayName: 'Rieke Redaktion' });
  });
  after(async () => {
    await rt.close();
  });

  it('double opt-in: a pending request, a link whose GET only shows a button, and the POST that confirms', async () => {
    const client = visitor();
    const email = 'kaemmerei@amt-suedtondern.example';
    const res = await subscribe(client, 'Kaemmerei@Amt-Suedtondern.example', 'en');
    assert.equal(res.statusCode, 303);
    assert.equal(res.location, REQUESTED_PATH);
    assert.equal((await subscriber(email))?.status, 'pending');
    await rt.runJobs();
    const [mail] = mailsTo(email);
    assert.ok(mail, 'a confirmation mail');
    assert.match(mail.subject, /confirm/i, 'in the language asked for');
    const link = linkIn(mail.text, '/newsletter/bestaetigen');
    assert.ok(mail.html?.includes(`http://localhost${link}`));

    const page = await client.get(link);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<form method="post" action="\/newsletter\/bestaetigen\//);
    assert.equal((await subscriber(email))?.status, 'pending', 'a mail scanner’s GET confirms nothing');

    assert.equal((await client.postForm(link, {})).statusCode, 200);
    assert.equal((await subscriber(email))?.status, 'active');
    assert.equal((await client.postForm(link, {})).statusCode, 200, 'a second click changes nothing and says the same');
  });

  it('answers the same for a new, a pending and an active address, and mails an active one nothing', async () => {
    const active = 'buergermeister@kirchbarkau.example';
    await activeSubscriber(active);
    const before = mailsTo(active).length;
    const answers = [];
    for (const email of ['neu@nortorf.example', 'neu@nortorf.example', active]) {
      const res = await subscribe(visitor(), email);
      answers.push([res.statusCode, res.location]);
    }
    assert.deepEqual(answers, [
      [303, REQUESTED_PATH],
      [303, REQUESTED_PATH],
      [303, REQUESTED_PATH],
    ]);
    await rt.runJobs();
    assert.equal(mailsTo(active).length, before, 'no mail to an active subscriber');
    assert.equal((await subscriber(active))?.status, 'active');
    assert.equal(mailsTo('neu@nortorf.example').length, 1, 'the repeated request within the pause sends nothing');
  });

  it('a flood of requests for one address: at most one mail, one row, then a clear 429 and nothing stored', async () => {
    const email = 'fremde.adresse@eutin.example';
    const client = visitor();
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await subscribe(client, email)).statusCode);
    await rt.runJobs();
    assert.equal(mailsTo(email).length, 1);
    assert.equal((await subscriber(email))?.confirmation_count, 1);
    assert.ok(
      statuses.every((s) => s === 303 || s === 429),
      `no 500: ${statuses.join(',')}`,
    );
    assert.ok(statuses.includes(429), 'the requests themselves are limited');
    assert.match(client.lastPage ?? '', /zu viele Versuche/);
    const rows = await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from newsletter_subscribers where email = ${email}`);
    assert.equal(rows[0]!.n, 1);
  });

  it('refuses expired and forged confirmation links with a 4xx page and changes nothing', async () => {
    const email = 'spaet@pinneberg.example';
    const client = visitor();
    await subscribe(client, email);
    await rt.runJobs();
    const link = linkIn(mailsTo(email)[0]!.text, '/newsletter/bestaetigen');
    await rt.deps.db.execute(sql`update newsletter_subscribers set confirmation_sent_at = now() - interval '8 days' where email = ${email}`);
    assert.equal((await client.get(link)).statusCode, 404);
    assert.equal((await client.postForm(link, {}, { csrfFrom: NEWSLETTER_PATH })).statusCode, 404);
    assert.equal((await subscriber(email))?.status, 'pending');
    const forged = `/newsletter/bestaetigen/${'A'.repeat(43)}`;
    assert.equal((await client.get(forged)).statusCode, 404);
    assert.equal((await client.postForm(forged, {}, { csrfFrom: NEWSLETTER_PATH })).statusCode, 404);
    assert.equal((await client.get('/newsletter/bestaetigen/%00')).statusCode, 404);
    assert.notEqual((await subscriber(email))?.confirm_token_hash, confirmTokenHash('A'.repeat(43)));
  });

  it('sends paced: 2, 2, 1 at two mails a minute, none twice with two workers, skips who unsubscribed, and a double submit queues once', async () => {
    await rt.deps.db.execute(sql`delete from newsletter_subscribers`);
    const confirmedAt = new Date();
    const emails = ['a@kiel.example', 'b@kiel.example', 'c@flensburg.example', 'd@eutin.example', 'e@nortorf.example'];
    for (const email of emails) await insertDemoSubscriber(rt.deps.db, { email, locale: 'de', confirmedAt });
    const leaver = await insertDemoSubscriber(rt.deps.db, { email: 'f@dithmarschen.example', locale: 'de', confirmedAt });

    const client = new TestClient(rt.app);
    await client.login(editor.email, editor.password);
    await client.open(`${EDITOR_PATH}/neu`);
    const created = await client.postForm(`${EDITOR_PATH}/neu`, {
      subject: 'Neun Modellkommunen prämiert',
      body: '## Netzwerk\n\nDie **Gruppe** ist offen.',
      action: 'save',
    });
    assert.equal(created.statusCode, 303);
    const id = created.location!.split('/').at(-1)!;
    await client.open(sendNewsletterPath(id));
    const first = await client.postForm(sendNewsletterPath(id), {});
    const second = await client.postForm(sendNewsletterPath(id), {});
    assert.equal(first.statusCode, 303);
    assert.equal(second.location, first.location, 'the second submit finds the first');
    const queued = await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from newsletter_deliveries where newsletter_id = ${id}`);
    assert.equal(queued[0]!.n, 6);
    const waiting = async () => (await newsletterGauges(rt.deps)[0]!.read())[0]!.value;
    assert.equal(await waiting(), 6, 'the operators see the queue');
    assert.equal((await client.get(`${EDITOR_PATH}/${id}/bearbeiten`)).statusCode, 409, 'read-only once sending has begun');

    await rt.deps.db.execute(sql`update newsletter_subscribers set status = 'unsubscribed', unsubscribed_at = now() where id = ${leaver}`);
    const t0 = new Date();
    const rounds = await Promise.all([sendDueDeliveries(rt.deps, { now: t0 }), sendDueDeliveries(rt.deps, { now: t0 })]);
    const minute2 = await sendDueDeliveries(rt.deps, { now: new Date(t0.getTime() + 60_000) });
    const minute3 = await sendDueDeliveries(rt.deps, { now: new Date(t0.getTime() + 120_000) });
    assert.deepEqual([rounds[0].sent + rounds[1].sent, minute2.sent, minute3.sent], [2, 2, 1]);
    assert.equal(minute3.remaining, false);
    assert.equal(await waiting(), 0);
    const status = await queryRows<{ status: string }>(rt.deps.db, sql`select status from newsletters where id = ${id}`);
    assert.equal(status[0]!.status, 'sent');

    await rt.runJobs();
    const issues = rt.mails.filter((m) => m.subject === 'Neun Modellkommunen prämiert');
    assert.deepEqual(issues.map((m) => m.to).sort(), [...emails].sort(), 'each once, the leaver skipped');
    const overview = await client.get(`${EDITOR_PATH}/${id}`);
    assert.match(overview.body, /5 von 6 versendet/);
    assert.match(overview.body, /1 übersprungen/);
    const list = await client.get(EDITOR_PATH);
    assert.match(list.body, /5 von 6 versendet/, 'the list counts this newsletter’s sent mails');

    // the mail: HTML from the Markdown, the signed link in the footer and as List-Unsubscribe
    const mail = issues[0]!;
    assert.match(mail.html ?? '', /<strong>Gruppe<\/strong>/);
    assert.match(mail.listUnsubscribe ?? '', /^http:\/\/localhost\/newsletter\/abbestellen\/[\w-]+\.[\w-]+$/);
    assert.ok(mail.text.includes(mail.listUnsubscribe!));
    assert.ok(mail.html?.includes(`href="${mail.listUnsubscribe}"`));
  });

  it('unsubscribes: GET shows a button, the POST of the page and the mail program’s one-click POST act; forged is 404', async () => {
    const [mailA, mailB] = rt.mails.filter((m) => m.subject === 'Neun Modellkommunen prämiert');
    const pathA = new URL(mailA!.listUnsubscribe!).pathname;
    const client = visitor();
    const page = await client.get(pathA);
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes(mailA!.to));
    assert.equal((await subscriber(mailA!.to))?.status, 'active', 'GET changes nothing');
    assert.equal((await client.postForm(pathA, {})).statusCode, 200);
    assert.equal((await subscriber(mailA!.to))?.status, 'unsubscribed');

    // RFC 8058: the mail program POSTs from nowhere, without cookie or CSRF token
    const pathB = new URL(mailB!.listUnsubscribe!).pathname;
    const oneClick = await rt.app.inject({
      method: 'POST',
      url: pathB,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' },
      payload: ONE_CLICK,
    });
    assert.equal(oneClick.statusCode, 200);
    assert.equal((await subscriber(mailB!.to))?.status, 'unsubscribed');

    const other = await rt.app.inject({
      method: 'POST',
      url: pathB,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' },
      payload: `${ONE_CLICK}&email=x`,
    });
    assert.equal(other.statusCode, 403, 'any other body still needs the CSRF token');

    const [idPart] = pathA.split('/').at(-1)!.split('.');
    const forged = `/newsletter/abbestellen/${idPart}.${'x'.repeat(43)}`;
    assert.equal((await client.get(forged)).statusCode, 404);
    const forgedPost = await rt.app.inject({
      method: 'POST',
      url: forged,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: ONE_CLICK,
    });
    assert.equal(forgedPost.statusCode, 404);
  });

  it('sends a test only to the editor’s own address, once per click', async () => {
    const client = new TestClient(rt.app);
    await client.login(editor.email, editor.password);
    await client.open(`${EDITOR_PATH}/neu`);
    const created = await client.postForm(`${EDITOR_PATH}/neu`, { subject: 'Entwurf Daseinsvorsorge', body: 'Am 20. Oktober online.', action: 'save' });
    const id = created.location!.split('/').at(-1)!;
    await client.open(`${EDITOR_PATH}/${id}`);
    const sneaky = await client.postForm(testSendPath(id), { to: 'alle@beispiel.example' });
    assert.equal(sneaky.statusCode, 400, 'no field names another recipient');
    await client.open(`${EDITOR_PATH}/${id}`);
    assert.equal((await client.postForm(testSendPath(id), {})).statusCode, 303);
    assert.equal((await client.postForm(testSendPath(id), {})).statusCode, 303, 'a double click');
    await rt.runJobs();
    const tests = rt.mails.filter((m) => m.subject.includes('Entwurf Daseinsvorsorge'));
    assert.deepEqual(
      tests.map((m) => m.to),
      [editor.email],
    );
    assert.equal(tests[0]!.listUnsubscribe, undefined);

    const member = await createTestUser(rt.deps);
    const memberClient = new TestClient(rt.app);
    await memberClient.login(member.email, member.password);
    assert.equal((await memberClient.postForm(testSendPath(id), {}, { csrfFrom: NEWSLETTER_PATH })).statusCode, 403);
  });

  it('exports the active subscribers as CSV, audited, for editors only', async () => {
    const active = 'export@flensburg.example';
    await activeSubscriber(active);
    await subscribe(visitor(), 'offen@flensburg.example');
    const client = new TestClient(rt.app);
    await client.login(editor.email, editor.password);
    const res = await client.get(SUBSCRIBERS_CSV_PATH);
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /text\/csv/);
    assert.ok(res.body.includes(`${active};Deutsch;`));
    assert.ok(!res.body.includes('offen@flensburg.example'), 'pending addresses are not in it');
    const audits = await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from audit_log where action = 'newsletter.subscribers.export'`);
    assert.equal(audits[0]!.n, 1);
    assert.equal((await visitor().get(SUBSCRIBERS_CSV_PATH)).statusCode, 303);
  });
});
