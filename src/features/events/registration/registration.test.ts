import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { sha256 } from '../../../platform/crypto.ts';
import { queryRows } from '../../../platform/db/client.ts';
import { hiddenToken, linkIn } from '../../../platform/testing/page-parts.ts';
import { TestClient, type FormFields } from '../../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../../testing/harness.ts';
import { cancelRegistration } from './cancel-registration.ts';
import { registerManually } from './confirm-registration.ts';
import { FORM_TOKEN_TTL_SECONDS, sealRegistration } from './form-token.ts';
import { promoteFromWaitingList } from './promote-from-waiting-list.ts';
import { createTestEvent, registerDirectly, testAnswers, TEST_CONSENT, type TestEvent } from '../testing/registration-fixtures.ts';
import { registrationManagePath } from './service.ts';

const HOUR = 3_600_000;
const REFERENCE = /DK-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}/;

function formPath(event: TestEvent, date: string): string {
  return `/veranstaltungen/${event.slug}/termine/${event.dates[date]}/anmeldung`;
}

function formFields(event: TestEvent, overrides: FormFields = {}): FormFields {
  const q = event.questions;
  return {
    salutation: 'frau',
    firstName: 'Erika',
    lastName: 'Mustermann',
    email: 'erika@example.org',
    organisation: 'Gemeinde Musterstadt',
    role: 'kommune',
    accessibilityNeeds: 'Ein Platz für einen Rollstuhl',
    worldCafeQuestionId: event.worldCafe[1]!,
    [`q-${q.text}`]: 'Austausch mit anderen Kommunen',
    [`q-${q.choice}`]: 'Bahn',
    [`q-${q.multi}`]: ['Breitband', 'Bildung'],
    [`q-${q.yesno}`]: 'yes',
    consent: '1',
    ...overrides,
  };
}

eachBackend('event registration', (backend) => {
  let rt: TestRuntime;
  let event: TestEvent;

  async function count(query: ReturnType<typeof sql>): Promise<number> {
    return (await queryRows<{ n: number }>(rt.deps.db, query))[0]!.n;
  }
  const registrationsOf = (date: string) => count(sql`select count(*)::int as n from event_registrations where date_id = ${event.dates[date]}`);
  const jobsLike = (pattern: string) => count(sql`select count(*)::int as n from jobs where dedupe_key like ${pattern}`);
  const seatsTaken = async (date: string) =>
    (await queryRows<{ n: number }>(rt.deps.db, sql`select confirmed_count as n from event_dates where id = ${event.dates[date]}`))[0]!.n;
  const statusOf = async (reference: string) =>
    (await queryRows<{ status: string }>(rt.deps.db, sql`select status from event_registrations where reference = ${reference}`))[0]?.status;

  async function checkPage(client: TestClient, date: string, fields: FormFields) {
    return client.postForm(formPath(event, date), fields, { csrfFrom: formPath(event, date) });
  }

  async function register(date: string, fields: FormFields, client = new TestClient(rt.app)) {
    const check = await checkPage(client, date, fields);
    assert.equal(check.statusCode, 200, 'check page');
    const token = hiddenToken(check.body);
    const confirm = await client.postForm(`${formPath(event, date)}/bestaetigen`, { token });
    return { check, token, confirm, client, reference: REFERENCE.exec(confirm.body)?.[0] };
  }

  async function editor(): Promise<CurrentUser> {
    const user = await createTestUser(rt.deps, { siteRole: 'editor' });
    return { id: user.id, email: user.email, displayName: 'Redaktion', siteRole: 'editor', sessionIdHash: 'test' };
  }

  before(async () => {
    rt = await createTestRuntime(backend);
    event = await createTestEvent(rt.deps.db, {
      slug: 'auftakt-test',
      dates: {
        luebeck: { seats: 20 },
        small: { seats: 1, town: 'Heide' },
        waitlist: { seats: 1, town: 'Süderbrarup' },
        closedDeadline: { deadlineInHours: -1 },
        cancelled: { cancelled: true },
        past: { startsInHours: -48, deadlineInHours: -72 },
        onlineNow: { online: true, streamUrl: 'https://stream.example.org/live', startsInHours: 0.5, deadlineInHours: 0.25, seats: 100 },
        onlineLater: { online: true, streamUrl: 'https://stream.example.org/later', startsInHours: 24 * 5, seats: 100 },
      },
    });
  });
  after(async () => {
    await rt.close();
  });

  describe('the form', () => {
    it('shows every question, the functions, the World Café choice and the exact consent text', async () => {
      const res = await new TestClient(rt.app).get(formPath(event, 'luebeck'));
      assert.equal(res.statusCode, 200);
      for (const text of [
        'Was erwarten Sie?',
        'Wie reisen Sie an?',
        'Welche Themen interessieren Sie?',
        'Nehmen Sie am Abendessen teil?',
        'Kommunalpolitik',
        'Zivilgesellschaft',
        'Was braucht das Ehrenamt?',
      ]) {
        assert.ok(res.body.includes(text), text);
      }
      for (const paragraph of TEST_CONSENT.split('\n\n')) assert.ok(res.body.includes(paragraph), 'consent text shown as written');
      assert.doesNotMatch(res.body, /Name und E-Mail-Adresse haben wir aus Ihrem Konto übernommen/);
      const english = await new TestClient(rt.app).get(formPath(event, 'luebeck'), { cookie: 'dk_lang=en' });
      assert.match(english.body, /<html lang="en"/);
      assert.match(english.body, /Register: Auftakt auftakt-test/);
      assert.match(english.body, /Local politics/);
    });

    it('prefills name and address of a signed-in member and links the registration to the account', async () => {
      const user = await createTestUser(rt.deps, { email: 'anna.petersen@example.org', displayName: 'Anna Maria Petersen' });
      const client = new TestClient(rt.app);
      assert.equal((await client.login(user.email, user.password)).statusCode, 303);
      const form = await client.get(formPath(event, 'luebeck'));
      assert.match(form.body, /value="Anna Maria"/);
      assert.match(form.body, /value="Petersen"/);
      assert.match(form.body, /value="anna.petersen@example.org"/);
      const { confirm } = await register('luebeck', formFields(event, { firstName: 'Anna Maria', lastName: 'Petersen', email: user.email }), client);
      assert.equal(confirm.statusCode, 200);
      const rows = await queryRows<{ user_id: string }>(rt.deps.db, sql`select user_id from event_registrations where email = ${user.email}`);
      assert.equal(rows[0]?.user_id, user.id);
    });

    it('answers mistakes with the error summary, keeps the values and stores nothing', async () => {
      const before = await registrationsOf('luebeck');
      const jobs = await jobsLike('%');
      const client = new TestClient(rt.app);
      const q = event.questions;
      const res = await checkPage(
        client,
        'luebeck',
        formFields(event, { email: 'keine-adresse', consent: '', [`q-${q.text}`]: '', [`q-${q.choice}`]: 'Zeppelin', role: '' }),
      );
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /Es gibt ein Problem/);
      assert.match(res.body, /Geben Sie eine E-Mail-Adresse im richtigen Format ein/);
      assert.match(res.body, /Bitte willigen Sie ein/);
      assert.match(res.body, /Wählen Sie eine Antwort aus/);
      assert.match(res.body, /Wählen Sie Ihre Funktion aus/);
      assert.match(res.body, /Dieses Feld muss ausgefüllt werden/);
      assert.match(res.body, /value="keine-adresse"/, 'what was typed is kept');
      assert.match(res.body, /href="#f-consent"/);
      assert.equal(await registrationsOf('luebeck'), before);
      assert.equal(await jobsLike('%'), jobs);
    });

    it('refuses a field the form does not have and an unknown World Café question', async () => {
      const client = new TestClient(rt.app);
      assert.equal((await checkPage(client, 'luebeck', formFields(event, { isAdmin: '1' }))).statusCode, 400);
      const res = await checkPage(client, 'luebeck', formFields(event, { worldCafeQuestionId: '00000000-0000-0000-0000-000000000000' }));
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /Wählen Sie eine Frage des World Cafés aus/);
    });
  });

  describe('check your answers', () => {
    it('shows every answer with its own change link and stores nothing', async () => {
      const before = await registrationsOf('luebeck');
      const client = new TestClient(rt.app);
      const res = await checkPage(client, 'luebeck', formFields(event, { email: 'check@example.org' }));
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /Prüfen Sie Ihre Angaben/);
      for (const text of [
        'Gemeinde Musterstadt',
        'Kommune/Verwaltung',
        'Breitband, Bildung',
        'Bahn',
        'Ein Platz für einen Rollstuhl',
        'Was braucht das Ehrenamt?',
      ]) {
        assert.ok(res.body.includes(text), text);
      }
      const changeLinks = [...res.body.matchAll(/href="([^"]*\/anmeldung\?token=[^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
      assert.equal(changeLinks.length, 12, 'one per answer');
      assert.ok(changeLinks.some((l) => l.endsWith('#f-organisation')));
      assert.ok(
        changeLinks.some((l) => l.endsWith(`#f-worldCafeQuestionId-1`)),
        'the chosen World Café option',
      );
      assert.equal(await registrationsOf('luebeck'), before);

      const back = await client.get(changeLinks.find((l) => l.endsWith('#f-organisation'))!.split('#')[0]!);
      assert.equal(back.statusCode, 200);
      assert.match(back.body, /value="Gemeinde Musterstadt"/);
      assert.match(back.body, /value="check@example.org"/);
      assert.match(back.body, /value="Breitband"[^>]*checked/);
    });
  });

  describe('confirming', () => {
    it('stores one registration with reference, consent and seat, queues the receipt, and a reload changes nothing', async () => {
      const seats = await seatsTaken('luebeck');
      const { confirm, token, client, reference } = await register('luebeck', formFields(event, { email: 'Lena.Hansen@Example.org' }));
      assert.equal(confirm.statusCode, 200);
      assert.match(confirm.body, /Ihre Anmeldung ist bestätigt/);
      assert.ok(reference);
      const rows = await queryRows<{
        status: string;
        consent_text: string;
        consent_version: number;
        consented_at: Date | null;
        answers: Record<string, unknown>;
        world_cafe_question_id: string;
        manage_token_hash: string;
        accessibility_needs: string;
        role: string;
        user_id: string | null;
      }>(rt.deps.db, sql`select * from event_registrations where reference = ${reference}`);
      const row = rows[0]!;
      assert.equal(row.status, 'confirmed');
      assert.equal(row.consent_text, TEST_CONSENT);
      assert.equal(row.consent_version, 1);
      assert.ok(row.consented_at);
      assert.equal(row.role, 'kommune');
      assert.equal(row.user_id, null);
      assert.equal(row.world_cafe_question_id, event.worldCafe[1]);
      assert.deepEqual(row.answers, {
        [event.questions.text!]: 'Austausch mit anderen Kommunen',
        [event.questions.choice!]: 'Bahn',
        [event.questions.multi!]: ['Breitband', 'Bildung'],
        [event.questions.yesno!]: true,
      });
      assert.equal(await seatsTaken('luebeck'), seats + 1);

      const manage = /href="(\/anmeldung\/[^"]+)"/.exec(confirm.body)![1]!.replace(/&amp;/g, '&');
      const secret = new URL(manage, 'http://x').searchParams.get('token')!;
      assert.equal(row.manage_token_hash, sha256(secret), 'only the hash of the link secret is stored');

      // double click and reload
      const again = await client.postForm(`${formPath(event, 'luebeck')}/bestaetigen`, { token });
      assert.equal(again.statusCode, 200);
      assert.ok(again.body.includes(reference!), 'the same confirmation page');
      assert.equal(await count(sql`select count(*)::int as n from event_registrations where email = 'lena.hansen@example.org'`), 1);
      assert.equal(await seatsTaken('luebeck'), seats + 1);

      await rt.runJobs();
      const mails = rt.mails.filter((m) => m.to === 'lena.hansen@example.org');
      assert.equal(mails.length, 1, 'one receipt');
      const mail = mails[0]!;
      assert.ok(mail.text.includes(reference!));
      assert.match(mail.text, /Breite Straße 62/);
      assert.match(mail.text, /23552 Lübeck/);
      assert.ok(mail.text.includes(manage), 'the view/cancel link');
      const ics = mail.attachments?.find((a) => a.filename.endsWith('.ics'));
      assert.ok(ics?.content.includes('BEGIN:VEVENT') && ics.content.includes('\r\n'));
      const qr = mail.attachments?.find((a) => a.contentType === 'image/png') as { content: string; cid?: string } | undefined;
      assert.ok(qr?.cid, 'the QR code is an inline image');
      assert.ok(Buffer.from(qr.content, 'base64').subarray(1, 4).toString() === 'PNG');
      assert.ok(mail.html?.includes(`cid:${qr.cid}`));
      assert.ok(mail.html?.includes(reference!));
    });

    it('refuses a tampered, expired, foreign or replayed-for-another-date token with 400 and stores nothing', async () => {
      const client = new TestClient(rt.app);
      const check = await checkPage(client, 'luebeck', formFields(event, { email: 'token@example.org' }));
      const token = hiddenToken(check.body);
      const confirmUrl = `${formPath(event, 'luebeck')}/bestaetigen`;
      const flip = token.slice(0, 40) + (token[40] === 'A' ? 'B' : 'A') + token.slice(41);
      const ctx = { answers: testAnswers(event, { email: 'token@example.org' }), dateId: event.dates.luebeck!, consentVersion: 1, userId: null };
      const expired = sealRegistration(rt.deps.keyring, ctx, Date.now() - (FORM_TOKEN_TTL_SECONDS + 60) * 1000);
      const foreign = rt.deps.keyring.seal('something-else', { ...ctx, nonce: 'x'.repeat(24) }, 3600);
      for (const bad of [flip, expired, foreign, '', 'kein-token']) {
        const res = await client.postForm(confirmUrl, { token: bad }, { csrfFrom: formPath(event, 'luebeck') });
        assert.equal(res.statusCode, 400);
        assert.match(res.body, /Ihre Angaben sind abgelaufen/);
        assert.match(res.body, /Anmeldung neu beginnen/);
      }
      const otherDate = await client.postForm(`${formPath(event, 'small')}/bestaetigen`, { token }, { csrfFrom: formPath(event, 'luebeck') });
      assert.equal(otherDate.statusCode, 400);
      assert.match(otherDate.body, /anderen Termin/);
      assert.equal((await client.get(`${formPath(event, 'luebeck')}?token=${flip}`)).statusCode, 400);
      assert.equal(await count(sql`select count(*)::int as n from event_registrations where email = 'token@example.org'`), 0);
    });

    it('tells a second registration of the same address only to check the mailbox, and mails the link at most hourly', async () => {
      const first = await register('luebeck', formFields(event, { email: 'doppelt@example.org' }));
      assert.equal(first.confirm.statusCode, 200);
      for (let i = 0; i < 2; i++) {
        const second = await register('luebeck', formFields(event, { email: 'doppelt@example.org', firstName: 'Jemand' }));
        assert.equal(second.confirm.statusCode, 200);
        assert.match(second.confirm.body, /Bitte prüfen Sie Ihr E-Mail-Postfach/);
        assert.ok(!second.confirm.body.includes(first.reference!), 'nothing about the registration on the page');
      }
      assert.equal(await count(sql`select count(*)::int as n from event_registrations where email = 'doppelt@example.org'`), 1);
      await rt.runJobs();
      const mails = rt.mails.filter((m) => m.to === 'doppelt@example.org');
      assert.equal(mails.length, 2, 'the receipt and one reminder of the existing registration');
      assert.ok(mails[1]!.text.includes(`/anmeldung/${first.reference}?token=`));
    });

    it('asks again for consent when the consent text changed after the check page', async () => {
      const client = new TestClient(rt.app);
      const check = await checkPage(client, 'luebeck', formFields(event, { email: 'einwilligung@example.org' }));
      await rt.deps.db.execute(sql`update events set consent_version = consent_version + 1 where id = ${event.id}`);
      try {
        const res = await client.postForm(`${formPath(event, 'luebeck')}/bestaetigen`, { token: hiddenToken(check.body) });
        assert.equal(res.statusCode, 400);
        assert.match(res.body, /Der Text der Einwilligung wurde inzwischen geändert/);
        assert.match(res.body, /value="einwilligung@example.org"/);
        assert.equal(await count(sql`select count(*)::int as n from event_registrations where email = 'einwilligung@example.org'`), 0);
      } finally {
        await rt.deps.db.execute(sql`update events set consent_version = 1 where id = ${event.id}`);
      }
    });

    it('checks the answers again against questions the editor changed in the meantime', async () => {
      const client = new TestClient(rt.app);
      const check = await checkPage(client, 'luebeck', formFields(event, { email: 'neue-frage@example.org' }));
      await rt.deps.db.execute(sql`update event_questions set required = true where id = ${event.questions.multi}`);
      await rt.deps.db.execute(sql`update event_questions set options = '{Breitband}' where id = ${event.questions.multi}`);
      try {
        const res = await client.postForm(`${formPath(event, 'luebeck')}/bestaetigen`, { token: hiddenToken(check.body) });
        assert.equal(res.statusCode, 400);
        assert.match(res.body, /Es gibt ein Problem/);
        assert.equal(await count(sql`select count(*)::int as n from event_registrations where email = 'neue-frage@example.org'`), 0);
      } finally {
        await rt.deps.db.execute(
          sql`update event_questions set required = false, options = '{Breitband,Verwaltung,Bildung}' where id = ${event.questions.multi}`,
        );
      }
    });
  });

  describe('closed registration', () => {
    it('shows why instead of the form and refuses the form and the confirmation', async () => {
      const cases: [string, RegExp][] = [
        ['closedDeadline', /Der Anmeldeschluss war am/],
        ['cancelled', /Dieser Termin wurde abgesagt/],
        ['past', /Dieser Termin hat schon stattgefunden/],
      ];
      for (const [date, message] of cases) {
        const client = new TestClient(rt.app);
        const page = await client.get(formPath(event, date));
        assert.equal(page.statusCode, 200, date);
        assert.match(page.body, message);
        assert.doesNotMatch(page.body, /name="firstName"/);
        const post = await client.postForm(formPath(event, date), formFields(event), { csrfFrom: formPath(event, 'luebeck') });
        assert.equal(post.statusCode, 400, date);
        assert.match(post.body, /Es wurde nichts gespeichert/);
        const token = sealRegistration(rt.deps.keyring, {
          answers: testAnswers(event, { email: `${date}@example.org` }),
          dateId: event.dates[date]!,
          consentVersion: 1,
          userId: null,
        });
        const confirm = await client.postForm(`${formPath(event, date)}/bestaetigen`, { token }, { csrfFrom: formPath(event, 'luebeck') });
        assert.equal(confirm.statusCode, 400, date);
        assert.equal(await registrationsOf(date), 0);
      }
    });

    it('keeps drafts and unknown dates hidden', async () => {
      const draft = await createTestEvent(rt.deps.db, { slug: 'entwurf-test', status: 'draft', dates: { a: {} }, questions: false, worldCafe: false });
      const client = new TestClient(rt.app);
      assert.equal((await client.get(`/veranstaltungen/entwurf-test/termine/${draft.dates.a}/anmeldung`)).statusCode, 404);
      assert.equal((await client.get(`/veranstaltungen/falscher-name/termine/${event.dates.luebeck}/anmeldung`)).statusCode, 404);
      assert.equal((await client.get(`/veranstaltungen/${event.slug}/termine/keine-uuid/anmeldung`)).statusCode, 404);
    });
  });

  describe('waiting list, cancelling and offers', () => {
    it('puts people on the waiting list when full, frees the seat on cancel and offers it to the first waiting', async () => {
      const seated = await register('small', formFields(event, { email: 'platz@example.org' }));
      assert.match(seated.confirm.body, /Ihre Anmeldung ist bestätigt/);
      const form = await new TestClient(rt.app).get(formPath(event, 'small'));
      assert.match(form.body, /Dieser Termin ist ausgebucht/);
      const first = await register('small', formFields(event, { email: 'warte1@example.org' }));
      assert.match(first.confirm.body, /Sie stehen auf der Warteliste/);
      assert.match(first.confirm.body, /Platz 1 der Warteliste/);
      const second = await register('small', formFields(event, { email: 'warte2@example.org' }));
      assert.match(second.confirm.body, /Platz 2 der Warteliste/);
      assert.equal(await seatsTaken('small'), 1);
      await rt.runJobs();
      assert.match(rt.mails.find((m) => m.to === 'warte2@example.org')!.text, /Platz 2 der Warteliste/);

      // someone else's link does not cancel
      const seatedLink = /href="(\/anmeldung\/[^"]+)"/.exec(seated.confirm.body)![1]!.replace(/&amp;/g, '&');
      const firstLink = /href="(\/anmeldung\/[^"]+)"/.exec(first.confirm.body)![1]!.replace(/&amp;/g, '&');
      const firstSecret = new URL(firstLink, 'http://x').searchParams.get('token')!;
      const client = new TestClient(rt.app);
      assert.equal((await client.get(`/anmeldung/${seated.reference}?token=${encodeURIComponent(firstSecret)}`)).statusCode, 404);
      const foreign = await client.postForm(`/anmeldung/${seated.reference}`, { token: firstSecret }, { csrfFrom: formPath(event, 'luebeck') });
      assert.equal(foreign.statusCode, 404);
      assert.equal((await client.get(`/anmeldung/DK-2222-22?token=${encodeURIComponent(firstSecret)}`)).statusCode, 404);
      assert.equal((await client.get(`/anmeldung/nicht-gueltig?token=x`)).statusCode, 404);
      assert.equal(await statusOf(seated.reference!), 'confirmed');

      // the person cancels through their own link
      const view = await client.get(seatedLink);
      assert.equal(view.statusCode, 200);
      assert.match(view.body, /Bestätigt/);
      const cancel = await client.postForm(seatedLink.split('?')[0]!, { token: hiddenToken(view.body) });
      assert.equal(cancel.statusCode, 303);
      assert.equal(cancel.location, seatedLink, 'the manage link keeps its token; the notice is not in the address');
      const after = await client.followRedirect(cancel);
      assert.match(after.body, /Ihre Anmeldung ist storniert\. Sie erhalten eine Bestätigung per E-Mail\./);
      assert.doesNotMatch((await client.get(seatedLink)).body, /Ihre Anmeldung ist storniert\./, 'a reload does not confirm again');
      assert.equal(await statusOf(seated.reference!), 'cancelled');
      assert.equal(await statusOf(first.reference!), 'offered');
      assert.equal(await statusOf(second.reference!), 'waiting');
      assert.equal(await seatsTaken('small'), 1, 'the offered seat is held');
      const repeat = await client.postForm(seatedLink.split('?')[0]!, { token: hiddenToken(view.body) }, { csrfFrom: formPath(event, 'luebeck') });
      assert.equal(repeat.statusCode, 303, 'cancelling twice is harmless');
      assert.equal(await statusOf(first.reference!), 'offered');

      await rt.runJobs();
      assert.match(rt.mails.find((m) => m.to === 'platz@example.org' && /storniert/.test(m.subject))!.text, /storniert/);
      const offer = rt.mails.find((m) => m.to === 'warte1@example.org' && /Ein Platz ist frei/.test(m.subject));
      assert.ok(offer, 'the offer e-mail');
      const offerLink = linkIn(offer.text, '/angebot');
      const offerPage = await client.get(offerLink);
      assert.equal(offerPage.statusCode, 200);
      assert.match(offerPage.body, /Platz verbindlich annehmen/);
      assert.equal(await statusOf(first.reference!), 'offered', 'opening the link accepts nothing');
      const accept = await client.postForm(offerLink.split('?')[0]!, { token: hiddenToken(offerPage.body) });
      assert.equal(accept.statusCode, 303);
      assert.match((await client.followRedirect(accept)).body, /Sie haben den Platz angenommen/);
      assert.equal(await statusOf(first.reference!), 'confirmed');
      assert.equal(await seatsTaken('small'), 1);
      const twice = await client.postForm(offerLink.split('?')[0]!, { token: hiddenToken(offerPage.body) }, { csrfFrom: offerLink.replace('/angebot', '') });
      assert.equal(twice.statusCode, 303, 'a second click lands on the same page');
      await rt.runJobs();
      assert.ok(rt.mails.some((m) => m.to === 'warte1@example.org' && /Ihr Platz ist bestätigt/.test(m.subject)));
    });

    it('passes an offer that ran out to the next person and frees the seat when nobody waits', async () => {
      const seated = await registerDirectly(rt.deps, event.dates.waitlist!, testAnswers(event, { email: 'w-platz@example.org' }));
      const a = await registerDirectly(rt.deps, event.dates.waitlist!, testAnswers(event, { email: 'w-a@example.org' }));
      const b = await registerDirectly(rt.deps, event.dates.waitlist!, testAnswers(event, { email: 'w-b@example.org' }));
      assert.ok(seated.kind === 'registered' && a.kind === 'registered' && b.kind === 'registered');
      assert.equal(a.registration.status, 'waiting');
      await cancelRegistration(rt.deps, { registrationId: seated.registration.id, actor: null });
      assert.equal(await statusOf(a.registration.reference), 'offered');
      const expiry = (
        await queryRows<{ offer_expires_at: Date }>(rt.deps.db, sql`select offer_expires_at from event_registrations where id = ${a.registration.id}`)
      )[0]!;
      const hours = (new Date(expiry.offer_expires_at).getTime() - Date.now()) / HOUR;
      assert.ok(Math.abs(hours - rt.deps.config.events.offerHours) < 0.1, `offer open for offerHours, got ${hours}`);

      await rt.runtime.sweep(new Date(Date.now() + 1 * HOUR));
      assert.equal(await statusOf(a.registration.reference), 'offered', 'still within time');
      const late = new Date(Date.now() + (rt.deps.config.events.offerHours + 1) * HOUR);
      await rt.runtime.sweep(late);
      await rt.runtime.sweep(late);
      assert.equal(await statusOf(a.registration.reference), 'cancelled');
      assert.equal(await statusOf(b.registration.reference), 'offered');
      assert.equal(await seatsTaken('waitlist'), 1);
      await rt.runJobs();
      assert.equal(rt.mails.filter((m) => m.to === 'w-a@example.org' && /Angebot abgelaufen/.test(m.subject)).length, 1);
      assert.equal(rt.mails.filter((m) => m.to === 'w-b@example.org' && /Ein Platz ist frei/.test(m.subject)).length, 1);

      // the last offer runs out with nobody waiting: the seat becomes free
      await rt.runtime.sweep(new Date(late.getTime() + (rt.deps.config.events.offerHours + 1) * HOUR));
      assert.equal(await statusOf(b.registration.reference), 'cancelled');
      assert.equal(await seatsTaken('waitlist'), 0);
    });

    it('lets editors register by hand, promote and cancel, each audited, without ever overbooking', async () => {
      const actor = await editor();
      const full = await createTestEvent(rt.deps.db, { slug: 'handarbeit', dates: { d: { seats: 1 } }, questions: false, worldCafe: false });
      const answers = testAnswers(full, { email: 'hand1@example.org' });
      const one = await registerManually(rt.deps, { dateId: full.dates.d!, input: answers, actor });
      const two = await registerManually(rt.deps, { dateId: full.dates.d!, input: { ...answers, email: 'hand2@example.org' }, actor });
      assert.ok(one.kind === 'registered' && two.kind === 'registered');
      assert.equal(one.registration.status, 'confirmed');
      assert.equal(two.registration.status, 'waiting');
      const again = await registerManually(rt.deps, { dateId: full.dates.d!, input: answers, actor });
      assert.equal(again.kind, 'exists');
      assert.deepEqual(await promoteFromWaitingList(rt.deps, { registrationId: two.registration.id, actor }), { ok: false, reason: 'full' });
      const cancelled = await cancelRegistration(rt.deps, { registrationId: one.registration.id, actor });
      assert.ok(cancelled.ok);
      // the freed seat was offered to the waiting person; the editor turns the offer into a seat
      assert.equal(await statusOf(two.registration.reference), 'offered');
      const promoted = await promoteFromWaitingList(rt.deps, { registrationId: two.registration.id, actor });
      assert.ok(promoted.ok);
      assert.equal(await statusOf(two.registration.reference), 'confirmed');
      const audit = await queryRows<{ action: string }>(rt.deps.db, sql`select action from audit_log where actor_id = ${actor.id} order by action`);
      assert.deepEqual(
        audit.map((a) => a.action),
        ['event.registration.cancel', 'event.registration.manual', 'event.registration.manual', 'event.registration.promote'],
      );
      const cancelledDate = await createTestEvent(rt.deps.db, { slug: 'abgesagt-hand', dates: { d: { cancelled: true } }, questions: false, worldCafe: false });
      assert.deepEqual(await registerManually(rt.deps, { dateId: cancelledDate.dates.d!, input: answers, actor }), { kind: 'closed', reason: 'cancelled' });
      assert.equal(registrationManagePath('DK-2222-22', 'a b'), '/anmeldung/DK-2222-22?token=a%20b');
    });
  });

  describe('reminders and the stream link', () => {
    it('queues one reminder per confirmed person once the date is within the reminder window', async () => {
      const r = await createTestEvent(rt.deps.db, { slug: 'erinnerung', dates: { d: { seats: 1, startsInHours: 72 } }, questions: false, worldCafe: false });
      const confirmed = await registerDirectly(rt.deps, r.dates.d!, testAnswers(r, { email: 'erinnern@example.org' }));
      await registerDirectly(rt.deps, r.dates.d!, testAnswers(r, { email: 'erinnern-warte@example.org' }));
      assert.ok(confirmed.kind === 'registered');
      await rt.runtime.sweep(new Date());
      assert.equal(await jobsLike(`mail:reminder:${confirmed.registration.id}`), 0, 'not yet');
      const inWindow = new Date(Date.now() + (72 - rt.deps.config.events.reminderHours + 1) * HOUR);
      await rt.runtime.sweep(inWindow);
      await rt.runtime.sweep(inWindow);
      assert.equal(await jobsLike(`mail:reminder:${confirmed.registration.id}`), 1);
      await rt.runJobs();
      const reminders = rt.mails.filter((m) => /^Erinnerung/.test(m.subject));
      assert.deepEqual(
        reminders.map((m) => m.to),
        ['erinnern@example.org'],
        'only confirmed people',
      );
      assert.ok(reminders[0]!.attachments?.some((a) => a.filename.endsWith('.ics')));
    });

    it('sends and shows the stream link only to confirmed people, from shortly before the start', async () => {
      const now = await registerDirectly(rt.deps, event.dates.onlineNow!, testAnswers(event, { email: 'stream@example.org' }));
      const later = await registerDirectly(rt.deps, event.dates.onlineLater!, testAnswers(event, { email: 'stream-spaeter@example.org' }));
      assert.ok(now.kind === 'registered' && later.kind === 'registered');
      const client = new TestClient(rt.app);
      const soon = await client.get(registrationManagePath(now.registration.reference, now.manageToken));
      assert.match(soon.body, /https:\/\/stream\.example\.org\/live/);
      const notYet = await client.get(registrationManagePath(later.registration.reference, later.manageToken));
      assert.doesNotMatch(notYet.body, /stream\.example\.org\/later/);
      assert.match(notYet.body, /Den Link zum Livestream schicken wir Ihnen/);
      await rt.runtime.sweep(new Date());
      await rt.runtime.sweep(new Date());
      await rt.runJobs();
      const streams = rt.mails.filter((m) => /^Livestream-Link/.test(m.subject));
      assert.deepEqual(
        streams.map((m) => m.to),
        ['stream@example.org'],
      );
      assert.match(streams[0]!.text, /https:\/\/stream\.example\.org\/live/);
      await cancelRegistration(rt.deps, { registrationId: now.registration.id, actor: null });
      const cancelledView = await client.get(registrationManagePath(now.registration.reference, now.manageToken));
      assert.doesNotMatch(cancelledView.body, /stream\.example\.org/, 'not after cancelling');
    });
  });
});
