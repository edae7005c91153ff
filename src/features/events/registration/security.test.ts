import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { rateLimitKey } from '../../../platform/http/rate-limit.ts';
import { hiddenToken, linkIn } from '../../../platform/testing/page-parts.ts';
import { TestClient, type FormFields } from '../../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../../testing/harness.ts';
import { sealRegistration } from './form-token.ts';
import { eventsPersonalData } from '../personal-data.ts';
import { createTestEvent, registerDirectly, testAnswers, type TestEvent } from '../testing/registration-fixtures.ts';
import { manageTokenFor, registrationAddressPath, registrationManagePath } from './service.ts';
import { HOLD_MINUTES } from '../core/rules.ts';

const MINUTE = 60_000;

/** The page's own content, without the header and footer of the layout. */
function mainOf(html: string): string {
  const match = /<main\b[\s\S]*<\/main>/.exec(html);
  assert.ok(match, 'the page has a main element');
  return match[0];
}

const personFields = (email: string): FormFields => ({
  salutation: 'frau',
  firstName: 'Erika',
  lastName: 'Mustermann',
  email,
  organisation: 'Gemeinde Musterstadt',
  role: 'kommune',
  consent: '1',
});

eachBackend('event registration: seat grabbing, confirmed addresses and account links', (backend) => {
  let rt: TestRuntime;
  /** an event as the seed has them: no confirmation of the address */
  let open: TestEvent;
  /** an event whose editor asked for a confirmed address */
  let held: TestEvent;

  const formPath = (event: TestEvent, date: string) => `/veranstaltungen/${event.slug}/termine/${event.dates[date]}/anmeldung`;
  const statusOf = async (reference: string) =>
    (await queryRows<{ status: string }>(rt.deps.db, sql`select status from event_registrations where reference = ${reference}`))[0]?.status;
  const seatsTaken = async (dateId: string) =>
    (await queryRows<{ n: number }>(rt.deps.db, sql`select confirmed_count as n from event_dates where id = ${dateId}`))[0]!.n;
  const mailsTo = (address: string) => rt.mails.filter((m) => m.to === address);
  const csrfOf = async (path: string) => {
    const page = await rt.app.inject({ method: 'GET', url: path });
    const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
    assert.ok(token);
    return token;
  };
  const postConfirm = (event: TestEvent, date: string, _csrf: string, token: string, client: string) =>
    rt.app.inject({
      method: 'POST',
      url: `${formPath(event, date)}/bestaetigen`,
      remoteAddress: client,
      headers: { host: 'localhost', origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      payload: new URLSearchParams({ _csrf, token }).toString(),
    });

  before(async () => {
    rt = await createTestRuntime(backend);
    open = await createTestEvent(rt.deps.db, { slug: 'offen', dates: { a: { seats: 50 }, b: { seats: 50 } }, questions: false, worldCafe: false });
    held = await createTestEvent(rt.deps.db, {
      slug: 'knapp',
      requiresConfirmedEmail: true,
      dates: { d: { seats: 5 }, one: { seats: 1, town: 'Heide' } },
      questions: false,
      worldCafe: false,
    });
  });
  after(async () => {
    await rt.close();
  });

  describe('confirmations from one client', () => {
    it('lets one client confirm at most 10 registrations of a date in ten minutes; other dates, other clients and reloads go on', async () => {
      const path = formPath(open, 'a');
      const page = await rt.app.inject({ method: 'GET', url: path });
      const _csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
      assert.ok(_csrf);
      let n = 0;
      const tokenFor = (date: string) =>
        sealRegistration(rt.deps.keyring, {
          answers: testAnswers(open, { email: `greifer${n++}@example.org` }),
          dateId: open.dates[date]!,
          consentVersion: 1,
          userId: null,
        });
      const confirm = (date: string, token: string, client: string) => postConfirm(open, date, _csrf, token, client);

      const first = tokenFor('a');
      for (const token of [first, ...Array.from({ length: 9 }, () => tokenFor('a'))]) {
        const res = await confirm('a', token, '192.0.2.10');
        assert.equal(res.statusCode, 200);
        assert.match(res.body, /Ihre Anmeldung ist bestätigt/);
      }
      const eleventh = await confirm('a', tokenFor('a'), '192.0.2.10');
      assert.equal(eleventh.statusCode, 429, 'the eleventh confirmation of the date from the same client');
      assert.equal(await seatsTaken(open.dates.a!), 10, 'nothing stored for it');

      assert.match((await confirm('a', first, '192.0.2.10')).body, /Ihre Anmeldung ist bestätigt/, 'a reload shows what was stored');
      assert.equal((await confirm('b', tokenFor('b'), '192.0.2.10')).statusCode, 200, 'another date');
      assert.equal((await confirm('a', tokenFor('a'), '192.0.2.11')).statusCode, 200, 'another client');
      assert.equal(await seatsTaken(open.dates.a!), 11);
    });

    it('lets one address be confirmed at most 10 times an hour, whichever clients send it; another address from the same client goes on', async () => {
      const email = 'flut@example.org';
      const dateId = open.dates.b!;
      const _csrf = await csrfOf(formPath(open, 'b'));
      const tokenFor = (address: string) =>
        sealRegistration(rt.deps.keyring, { answers: testAnswers(open, { email: address }), dateId, consentVersion: 1, userId: null });
      const confirm = (token: string, client: string) => postConfirm(open, 'b', _csrf, token, client);

      for (let i = 0; i < 10; i++) assert.equal((await confirm(tokenFor(email), `198.51.100.${i + 1}`)).statusCode, 200, `confirmation ${i + 1}`);
      const eleventh = await confirm(tokenFor(email), '198.51.100.11');
      assert.equal(eleventh.statusCode, 429, 'the eleventh confirmation of the address, from a client that sent none before');
      assert.equal((await confirm(tokenFor('nachbar@example.org'), '198.51.100.11')).statusCode, 200, 'another address from that client');
      const stored = await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from event_registrations where email = ${email}`);
      assert.equal(stored[0]!.n, 1);
    });

    it('lets one client confirm at most 200 registrations an hour across all dates; another client goes on', async () => {
      const client = '198.51.100.200';
      const _csrf = await csrfOf(formPath(open, 'a'));
      let n = 0;
      const tokenFor = () =>
        sealRegistration(rt.deps.keyring, {
          answers: testAnswers(open, { email: `rathaus${n++}@example.org` }),
          dateId: open.dates.a!,
          consentVersion: 1,
          userId: null,
        });
      // 199 confirmations spread over enough dates to pass the per-date limit would take 20 dates and
      // minutes of test time; the counter is set to what they would have left behind instead.
      const key = rateLimitKey(rt.deps.keyring, { name: 'event-registration:ip' }, client);
      await rt.deps.db.execute(sql`insert into rate_limits (key, hits, window_ends_at) values (${key}, 199, now() + interval '1 hour')`);

      assert.equal((await postConfirm(open, 'a', _csrf, tokenFor(), client)).statusCode, 200, 'the 200th');
      const taken = await seatsTaken(open.dates.a!);
      assert.equal((await postConfirm(open, 'a', _csrf, tokenFor(), client)).statusCode, 429, 'the 201st');
      assert.equal(await seatsTaken(open.dates.a!), taken, 'nothing stored for it');
      assert.equal((await postConfirm(open, 'a', _csrf, tokenFor(), '198.51.100.201')).statusCode, 200, 'another client');
    });
  });

  describe('registration only with a confirmed e-mail address', () => {
    it('is off by default; an editor switches it on in the event form, and the public page says so', async () => {
      const event = await createTestEvent(rt.deps.db, { slug: 'schalter', dates: { a: {} }, questions: false, worldCafe: false });
      const editor = await createTestUser(rt.deps, { siteRole: 'editor' });
      const client = new TestClient(rt.app);
      await client.login(editor.email, editor.password);
      const editPath = `/verwaltung/veranstaltungen/${event.id}/bearbeiten`;
      const form = await client.get(editPath);
      assert.match(form.body, /Anmeldung nur mit bestätigter E-Mail-Adresse/);
      assert.match(form.body, /halten wir den Platz 30 Minuten frei/, 'the hint');
      assert.doesNotMatch(form.body, /name="requiresConfirmedEmail"[^>]*checked/);
      assert.doesNotMatch((await client.get(`/veranstaltungen/${event.slug}`)).body, /müssen Sie Ihre E-Mail-Adresse bestätigen/);

      const saved = await client.postForm(editPath, {
        title: 'Auftakt schalter',
        summary: 'Auftaktveranstaltung',
        organiser: 'Ministerium',
        description: 'Programm',
        audience: '',
        notes: '',
        procedure: '',
        mediaNotice: '',
        contact: '',
        retentionDays: '90',
        requiresConfirmedEmail: '1',
      });
      assert.equal(saved.statusCode, 303);
      const rows = await queryRows<{ on: boolean }>(rt.deps.db, sql`select requires_confirmed_email as on from events where id = ${event.id}`);
      assert.equal(rows[0]!.on, true);
      assert.match((await client.get(editPath)).body, /name="requiresConfirmedEmail"[^>]*checked/);
      const publicPage = await new TestClient(rt.app).get(`/veranstaltungen/${event.slug}`);
      assert.match(publicPage.body, /Für diese Veranstaltung müssen Sie Ihre E-Mail-Adresse bestätigen/);
      const english = await new TestClient(rt.app).get(`/veranstaltungen/${event.slug}`, { cookie: 'dk_lang=en' });
      assert.match(english.body, /This event asks you to confirm your e-mail address/);
    });

    it('holds the seat and mails a link whose page has one button; only its POST confirms and sends the receipt; a reload holds nothing twice', async () => {
      const email = 'halten@example.org';
      const dateId = held.dates.d!;
      const client = new TestClient(rt.app);
      const check = await client.postForm(formPath(held, 'd'), personFields(email), { csrfFrom: formPath(held, 'd') });
      assert.equal(check.statusCode, 200);
      assert.match(check.body, /halten wir 30 Minuten lang einen Platz für Sie frei/);
      const token = hiddenToken(check.body);

      const confirm = await client.postForm(`${formPath(held, 'd')}/bestaetigen`, { token });
      assert.equal(confirm.statusCode, 200);
      assert.match(confirm.body, /Bitte prüfen Sie jetzt Ihr E-Mail-Postfach/);
      assert.match(confirm.body, /Ihre Anmeldung ist noch nicht abgeschlossen/);
      assert.ok(confirm.body.includes(email));
      assert.doesNotMatch(confirm.body, /Ihre Anmeldung ist bestätigt/);
      assert.doesNotMatch(confirm.body, /href="\/anmeldung\//, 'no manage link: it would confirm the address without the e-mail');
      const again = await client.postForm(`${formPath(held, 'd')}/bestaetigen`, { token });
      assert.match(again.body, /Bitte prüfen Sie jetzt Ihr E-Mail-Postfach/, 'a double click or reload');

      const rows = await queryRows<{ reference: string; status: string; hold_expires_at: Date }>(
        rt.deps.db,
        sql`select reference, status, hold_expires_at from event_registrations where email = ${email}`,
      );
      assert.equal(rows.length, 1, 'one registration');
      const { reference } = rows[0]!;
      assert.equal(rows[0]!.status, 'held');
      const minutes = (new Date(rows[0]!.hold_expires_at).getTime() - Date.now()) / MINUTE;
      assert.ok(Math.abs(minutes - HOLD_MINUTES) < 1, `held for ${HOLD_MINUTES} minutes, got ${minutes}`);
      assert.equal(await seatsTaken(dateId), 1, 'the held seat counts, once');

      await rt.runJobs();
      assert.equal(mailsTo(email).length, 1, 'one e-mail, not a receipt yet');
      const mail = mailsTo(email)[0]!;
      assert.match(mail.subject, /Bitte bestätigen Sie Ihre E-Mail-Adresse: Auftakt knapp/);
      assert.equal(mail.attachments, undefined);
      const link = linkIn(mail.text, '/bestaetigen');
      assert.ok(link.startsWith(`/anmeldung/${reference}/bestaetigen?token=`));

      // mail scanners open links: a GET shows the button and changes nothing
      const page = await client.get(link);
      assert.equal(page.statusCode, 200);
      assert.equal((mainOf(page.body).match(/<button\b/g) ?? []).length, 1, 'one button');
      assert.match(page.body, /E-Mail-Adresse bestätigen/);
      await client.get(link);
      assert.equal(await statusOf(reference), 'held');
      const manage = await client.get(link.replace('/bestaetigen?', '?'));
      assert.match(manage.body, /E-Mail-Adresse unbestätigt/);
      assert.match(manage.body, /Ihr Platz ist bis .+ reserviert/);
      assert.ok(manage.body.includes(`href="${link.replace(/&/g, '&amp;')}"`), 'the manage page leads to the confirmation');
      await client.get(link);

      const post = await client.postForm(link.split('?')[0]!, { token: hiddenToken(page.body) });
      assert.equal(post.statusCode, 303);
      assert.equal(post.location, link.replace('/bestaetigen?', '?'), 'the manage link, with no notice in it');
      assert.match((await client.followRedirect(post)).body, /Ihre E-Mail-Adresse ist bestätigt und Ihre Anmeldung damit gültig/);
      assert.equal(await statusOf(reference), 'confirmed');
      assert.equal(await seatsTaken(dateId), 1);
      const twice = await client.postForm(link.split('?')[0]!, { token: hiddenToken(page.body) }, { csrfFrom: link });
      assert.equal(twice.statusCode, 303, 'a second click lands on the registration');
      assert.equal((await client.get(link)).statusCode, 303, 'the link of a confirmed registration leads to its page');

      await rt.runJobs();
      const receipts = mailsTo(email).filter((m) => m.subject.startsWith('Anmeldung bestätigt'));
      assert.equal(receipts.length, 1, 'the receipt, once');
      assert.ok(receipts[0]!.text.includes(reference));
      assert.equal(mailsTo(email).length, 2);
    });

    it('frees a seat whose address was not confirmed in time and offers it to the waiting list, without mail to that address', async () => {
      const dateId = held.dates.one!;
      const client = new TestClient(rt.app);
      const confirmUrl = `${formPath(held, 'one')}/bestaetigen`;
      const token = sealRegistration(rt.deps.keyring, {
        answers: testAnswers(held, { email: 'erfunden@example.org' }),
        dateId,
        consentVersion: 1,
        userId: null,
      });
      assert.match((await client.postForm(confirmUrl, { token }, { csrfFrom: formPath(held, 'one') })).body, /Bitte prüfen Sie jetzt Ihr E-Mail-Postfach/);
      const [grabbed] = await queryRows<{ reference: string; submission_nonce: string }>(
        rt.deps.db,
        sql`select reference, submission_nonce from event_registrations where email = 'erfunden@example.org'`,
      );
      const waiting = await registerDirectly(rt.deps, dateId, testAnswers(held, { email: 'wartet@example.org' }));
      assert.ok(grabbed && waiting.kind === 'registered');
      assert.equal(await statusOf(grabbed.reference), 'held');
      assert.equal(waiting.registration.status, 'waiting', 'a held seat is taken: never overbooked');
      assert.equal(await seatsTaken(dateId), 1);
      await rt.runJobs();
      assert.deepEqual(
        mailsTo('erfunden@example.org').map((m) => m.subject),
        ['Bitte bestätigen Sie Ihre E-Mail-Adresse: Auftakt knapp'],
      );

      await rt.runtime.sweep(new Date(Date.now() + (HOLD_MINUTES - 1) * MINUTE));
      assert.equal(await statusOf(grabbed.reference), 'held', 'still within time');
      const late = new Date(Date.now() + (HOLD_MINUTES + 1) * MINUTE);
      await rt.runtime.sweep(late);
      await rt.runtime.sweep(late);
      assert.equal(await statusOf(grabbed.reference), 'cancelled');
      assert.equal(await statusOf(waiting.registration.reference), 'offered');
      assert.equal(await seatsTaken(dateId), 1, 'the freed seat is held for the offer');

      const manageToken = manageTokenFor(rt.deps.keyring, grabbed.submission_nonce);
      const link = registrationAddressPath(grabbed.reference, manageToken);
      const lapsed = await client.get(link);
      assert.equal(lapsed.statusCode, 410);
      assert.match(lapsed.body, /Die Reservierung ist abgelaufen/);
      const post = await client.postForm(link.split('?')[0]!, { token: manageToken }, { csrfFrom: formPath(held, 'one') });
      assert.equal(post.statusCode, 410);
      assert.equal(await statusOf(grabbed.reference), 'cancelled');
      const reload = await client.postForm(confirmUrl, { token }, { csrfFrom: formPath(held, 'one') });
      assert.equal(reload.statusCode, 410, 'a reload of the old confirmation');
      assert.match(reload.body, /Die Reservierung ist abgelaufen/);

      await rt.runJobs();
      assert.equal(mailsTo('erfunden@example.org').length, 1, 'nothing more to the address nobody confirmed');
      assert.equal(mailsTo('wartet@example.org').filter((m) => /Ein Platz ist frei/.test(m.subject)).length, 1);
    });

    it('refuses a confirmation after the time is up, even before the sweep has freed the seat', async () => {
      const outcome = await registerDirectly(rt.deps, held.dates.d!, testAnswers(held, { email: 'zu-spaet@example.org' }));
      assert.ok(outcome.kind === 'registered' && outcome.registration.status === 'held');
      await rt.deps.db.execute(sql`update event_registrations set hold_expires_at = now() - interval '1 minute' where id = ${outcome.registration.id}`);
      const client = new TestClient(rt.app);
      const link = registrationAddressPath(outcome.registration.reference, outcome.manageToken);
      assert.equal((await client.get(link)).statusCode, 410);
      const post = await client.postForm(link.split('?')[0]!, { token: outcome.manageToken }, { csrfFrom: formPath(held, 'd') });
      assert.equal(post.statusCode, 410);
      assert.equal(await statusOf(outcome.registration.reference), 'held', 'the sweep frees it');
    });
  });

  describe('registrations and accounts', () => {
    it('never gives an account the registrations of its address; the registration’s own link links it, once', async () => {
      const outcome = await registerDirectly(rt.deps, open.dates.b!, testAnswers(open, { email: 'geteilt@example.org' }));
      assert.ok(outcome.kind === 'registered');
      const { reference } = outcome.registration;
      const manage = registrationManagePath(reference, outcome.manageToken);
      // someone whose account has (or was changed to) the address of a registration made without an account
      const owner = await createTestUser(rt.deps, { email: 'geteilt@example.org' });
      const exported = async (userId: string) =>
        ((await eventsPersonalData.export(rt.deps.db, userId)) as { registrations: { reference: string }[] }).registrations.map((r) => r.reference);
      assert.deepEqual(await exported(owner.id), [], 'a matching address proves nothing');

      assert.doesNotMatch((await new TestClient(rt.app).get(manage)).body, /Mit meinem Konto verknüpfen/, 'not without an account');
      const client = new TestClient(rt.app);
      await client.login(owner.email, owner.password);
      const page = await client.get(manage);
      assert.match(page.body, /Mit meinem Konto verknüpfen/);
      const wrong = await client.postForm(`/anmeldung/${reference}/konto`, { token: 'falsch' }, { csrfFrom: manage });
      assert.equal(wrong.statusCode, 404);
      const claim = await client.postForm(`/anmeldung/${reference}/konto`, { token: outcome.manageToken }, { csrfFrom: manage });
      assert.equal(claim.statusCode, 303);
      const linked = await client.followRedirect(claim);
      assert.match(linked.body, /Die Anmeldung ist jetzt mit Ihrem Konto verknüpft/);
      assert.match(linked.body, /Diese Anmeldung ist mit Ihrem Konto verknüpft/);
      assert.doesNotMatch(linked.body, /Mit meinem Konto verknüpfen/);
      assert.deepEqual(await exported(owner.id), [reference]);

      // another account with the same link does not take it over
      const other = await createTestUser(rt.deps);
      const otherClient = new TestClient(rt.app);
      await otherClient.login(other.email, other.password);
      assert.doesNotMatch((await otherClient.get(manage)).body, /Mit meinem Konto verknüpfen/);
      const taken = await otherClient.postForm(`/anmeldung/${reference}/konto`, { token: outcome.manageToken }, { csrfFrom: manage });
      assert.equal(taken.statusCode, 409);
      assert.match(taken.body, /schon mit einem anderen Konto verknüpft/);
      assert.deepEqual(await exported(other.id), []);
      assert.deepEqual(await exported(owner.id), [reference]);
      const audit = await queryRows<{ n: number }>(
        rt.deps.db,
        sql`select count(*)::int as n from audit_log where action = 'event.registration.claim' and subject_id = ${outcome.registration.id}`,
      );
      assert.equal(audit[0]!.n, 1);
    });
  });
});
