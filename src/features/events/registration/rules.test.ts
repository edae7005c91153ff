import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { asc, eq, sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../../testing/harness.ts';
import { cancelDate } from '../editor/cancel-date.ts';
import { acceptOffer, expireOffers, promoteFromWaitingList } from './promote-from-waiting-list.ts';
import { eventDates, registrations } from '../core/tables.ts';
import { findRegistrationById, type RegistrationRow } from './repository.ts';
import { createTestEvent, registerDirectly, testAnswers, type TestEvent } from '../testing/registration-fixtures.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

eachBackend('event registration rules: offers and the waiting list', (backend) => {
  let rt: TestRuntime;
  // Every date is made relative to this instant, so that offers, starts and clicks are exact.
  const t0 = Date.now();
  const at = (ms: number) => new Date(t0 + ms);
  let slugs = 0;

  const dateRow = async (dateId: string) =>
    (await rt.deps.db.select({ taken: eventDates.confirmedCount, startsAt: eventDates.startsAt }).from(eventDates).where(eq(eventDates.id, dateId)))[0]!;
  const rowsOf = (dateId: string) => rt.deps.db.select().from(registrations).where(eq(registrations.dateId, dateId)).orderBy(asc(registrations.queueNumber));
  const statusOf = async (id: string) => (await findRegistrationById(rt.deps.db, id))?.status;
  const offerMailsTo = (email: string) => rt.mails.filter((m) => m.to === email && /Ein Platz ist frei/.test(m.subject));
  // The sweep is under test here, not the editor's date form: raising the seats is all it changes.
  const raiseSeats = (dateId: string, seats: number) => rt.deps.db.execute(sql`update event_dates set seats = ${seats} where id = ${dateId}`);

  async function event(dates: Parameters<typeof createTestEvent>[1]['dates']): Promise<TestEvent> {
    return createTestEvent(rt.deps.db, { slug: `regeln-${slugs++}`, dates, questions: false, worldCafe: false, now: at(0) });
  }

  async function register(ev: TestEvent, dateId: string, email: string): Promise<RegistrationRow> {
    const outcome = await registerDirectly(rt.deps, dateId, testAnswers(ev, { email }));
    assert.ok(outcome.kind === 'registered' && !outcome.repeated, `${email} registered`);
    return outcome.registration;
  }

  /** A full date of one seat with people waiting, then one more seat and the sweep: the first waiting person holds an offer. */
  async function offeredDate(prefix: string, options: { startsInHours?: number; waiting?: number } = {}) {
    const ev = await event({ d: { seats: 1, startsInHours: options.startsInHours ?? 240, deadlineInHours: 1 } });
    const dateId = ev.dates.d!;
    await register(ev, dateId, `${prefix}-sitzt@example.org`);
    const waiting: RegistrationRow[] = [];
    for (let i = 0; i < (options.waiting ?? 1); i++) waiting.push(await register(ev, dateId, `${prefix}-wartet${i}@example.org`));
    assert.deepEqual(
      waiting.map((r) => r.status),
      waiting.map(() => 'waiting'),
    );
    await raiseSeats(dateId, 1 + waiting.length);
    await rt.runtime.sweep(at(0));
    return { ev, dateId, waiting };
  }

  before(async () => {
    rt = await createTestRuntime(backend);
  });
  after(async () => {
    await rt.close();
  });

  describe('accepting an offer', () => {
    it('accepts an offer until the instant its time runs out and refuses it from that instant on, even before the sweep has ended it', async () => {
      const { dateId, waiting } = await offeredDate('frist', { waiting: 2 });
      const [first, second] = waiting as [RegistrationRow, RegistrationRow];
      const expiresAt = t0 + rt.deps.config.events.offerHours * HOUR;
      for (const row of await rowsOf(dateId)) {
        if (row.status === 'offered') assert.equal(row.offerExpiresAt?.getTime(), expiresAt, 'an offer runs for the configured hours');
      }

      const inTime = await acceptOffer(rt.deps, { registrationId: first.id, locale: 'de', now: new Date(expiresAt - 1) });
      assert.ok(inTime.ok, 'a millisecond before the end');
      const late = await acceptOffer(rt.deps, { registrationId: second.id, locale: 'de', now: new Date(expiresAt) });
      assert.deepEqual(late, { ok: false, reason: 'expired' });
      assert.equal(await statusOf(second.id), 'offered', 'unchanged until the sweep passes the seat on');
      assert.equal((await dateRow(dateId)).taken, 3, 'no seat taken twice');
    });

    it('refuses an offer whose date was cancelled after the offer was made, though its time has not run out', async () => {
      const { ev, dateId, waiting } = await offeredDate('abgesagt');
      const offered = waiting[0]!;
      assert.equal(await statusOf(offered.id), 'offered');
      const editor = await createTestUser(rt.deps, { siteRole: 'editor' });
      const actor: CurrentUser = { id: editor.id, email: editor.email, displayName: 'Redaktion', siteRole: 'editor', sessionIdHash: 'test' };
      const cancelled = await cancelDate(rt.deps, { eventId: ev.id, dateId, reason: 'Der Saal ist gesperrt.', actor, baseUrl: 'http://localhost' });
      assert.equal(cancelled.kind, 'cancelled');

      const outcome = await acceptOffer(rt.deps, { registrationId: offered.id, locale: 'de', now: at(HOUR) });
      assert.deepEqual(outcome, { ok: false, reason: 'notOffered' });
      assert.equal(await statusOf(offered.id), 'offered');
      await rt.runJobs();
      assert.equal(rt.mails.filter((m) => m.to === offered.email && /Ihr Platz ist bestätigt/.test(m.subject)).length, 0, 'no seat confirmed by e-mail');
    });

    it('ends an offer at the start of a date that begins before the offer hours are over, and refuses it after the start', async () => {
      const startsInHours = 5;
      assert.ok(rt.deps.config.events.offerHours > startsInHours, 'the offer hours reach beyond the start');
      const { dateId, waiting } = await offeredDate('beginn', { startsInHours });
      const offered = waiting[0]!;
      const { startsAt } = await dateRow(dateId);
      assert.equal(startsAt.getTime(), t0 + startsInHours * HOUR);
      const row = (await rowsOf(dateId)).find((r) => r.email === offered.email)!;
      assert.equal(row.status, 'offered');
      assert.equal(row.offerExpiresAt?.getTime(), startsAt.getTime(), 'the offer expires at the start');

      const outcome = await acceptOffer(rt.deps, { registrationId: offered.id, locale: 'de', now: new Date(startsAt.getTime() + MINUTE) });
      assert.deepEqual(outcome, { ok: false, reason: 'expired' });
      assert.equal(await statusOf(offered.id), 'offered');
    });
  });

  describe('the queue', () => {
    it('puts a new registration behind the waiting list when a seat is free but someone waits, and the sweep offers that seat to the first waiting', async () => {
      const ev = await event({ d: { seats: 1, deadlineInHours: 1 } });
      const dateId = ev.dates.d!;
      await register(ev, dateId, 'vorne-sitzt@example.org');
      const first = await register(ev, dateId, 'vorne-wartet@example.org');
      assert.equal(first.status, 'waiting');
      await raiseSeats(dateId, 2);

      const newcomer = await register(ev, dateId, 'vorne-neu@example.org');
      assert.equal(newcomer.status, 'waiting', 'the free seat is not the newcomer’s');
      assert.equal((await dateRow(dateId)).taken, 1);

      await rt.runtime.sweep(at(0));
      assert.equal(await statusOf(first.id), 'offered');
      assert.equal(await statusOf(newcomer.id), 'waiting');
      assert.equal((await dateRow(dateId)).taken, 2);

      const behindOffer = await register(ev, dateId, 'vorne-danach@example.org');
      assert.equal(behindOffer.status, 'waiting', 'the offered seat is held, not free');
      assert.equal((await dateRow(dateId)).taken, 2);
    });

    it('offers each seat an editor adds to a full date to one person waiting, in order, and a second sweep offers and mails nothing more', async () => {
      const ev = await event({ d: { seats: 2, deadlineInHours: 1 } });
      const dateId = ev.dates.d!;
      await register(ev, dateId, 'mehr-a@example.org');
      await register(ev, dateId, 'mehr-b@example.org');
      const waiting = [];
      for (const n of [1, 2, 3]) waiting.push(await register(ev, dateId, `mehr-w${n}@example.org`));
      assert.deepEqual(
        waiting.map((r) => r.status),
        ['waiting', 'waiting', 'waiting'],
      );
      await rt.runJobs();

      await raiseSeats(dateId, 4);
      await rt.runtime.sweep(at(0));
      await rt.runtime.sweep(at(MINUTE));
      await rt.runJobs();

      const statuses = new Map((await rowsOf(dateId)).map((r) => [r.email, r.status]));
      assert.deepEqual(
        waiting.map((r) => statuses.get(r.email)),
        ['offered', 'offered', 'waiting'],
      );
      assert.equal((await dateRow(dateId)).taken, 4);
      assert.deepEqual(
        waiting.map((r) => offerMailsTo(r.email).length),
        [1, 1, 0],
        'one offer e-mail per added seat',
      );
      assert.match(offerMailsTo(waiting[0]!.email)[0]!.text, /Digitale Kommune – diese E-Mail wurde automatisch verschickt/, 'signed with the site’s name');
    });
  });

  describe('an editor gives a seat from the waiting list', () => {
    async function editorActor(): Promise<CurrentUser> {
      const editor = await createTestUser(rt.deps, { siteRole: 'editor' });
      return { id: editor.id, email: editor.email, displayName: 'Redaktion', siteRole: 'editor', sessionIdHash: 'test' };
    }

    it('gives a person waiting a free seat, tells them with the site’s name, and audits it', async () => {
      const actor = await editorActor();
      const ev = await event({ d: { seats: 1, deadlineInHours: 1 } });
      const dateId = ev.dates.d!;
      await register(ev, dateId, 'befoerdert-sitzt@example.org');
      const waiting = await register(ev, dateId, 'befoerdert-wartet@example.org');
      await raiseSeats(dateId, 2);

      const outcome = await promoteFromWaitingList(rt.deps, { registrationId: waiting.id, actor });
      assert.ok(outcome.ok, 'the person is first in the queue, so the free seat is theirs');
      assert.equal(await statusOf(waiting.id), 'confirmed');
      assert.equal((await dateRow(dateId)).taken, 2);
      await rt.runJobs();
      const mails = rt.mails.filter((m) => m.to === waiting.email && /Ihr Platz ist bestätigt/.test(m.subject));
      assert.equal(mails.length, 1);
      assert.match(mails[0]!.text, /Digitale Kommune – diese E-Mail wurde automatisch verschickt/);
      const audit = await queryRows<{ action: string; subject_type: string; subject_id: string; before: unknown; after: unknown }>(
        rt.deps.db,
        sql`select action, subject_type, subject_id, before, after from audit_log where actor_id = ${actor.id}`,
      );
      assert.deepEqual(audit, [
        {
          action: 'event.registration.promote',
          subject_type: 'event_registration',
          subject_id: waiting.id,
          before: { status: 'waiting' },
          after: { status: 'confirmed' },
        },
      ]);
    });

    it('refuses an unknown registration, one that is not waiting, and a full date', async () => {
      const actor = await editorActor();
      assert.deepEqual(await promoteFromWaitingList(rt.deps, { registrationId: '00000000-0000-4000-8000-000000000000', actor }), {
        ok: false,
        reason: 'notFound',
      });
      const ev = await event({ d: { seats: 1, deadlineInHours: 1 } });
      const dateId = ev.dates.d!;
      const seated = await register(ev, dateId, 'voll-sitzt@example.org');
      const waiting = await register(ev, dateId, 'voll-wartet@example.org');
      assert.deepEqual(await promoteFromWaitingList(rt.deps, { registrationId: seated.id, actor }), { ok: false, reason: 'notWaiting' }, 'confirmed already');
      assert.deepEqual(await promoteFromWaitingList(rt.deps, { registrationId: waiting.id, actor }), { ok: false, reason: 'full' });
      assert.equal(await statusOf(waiting.id), 'waiting');
      await rt.deps.db.update(registrations).set({ status: 'cancelled', cancelledAt: new Date() }).where(eq(registrations.id, waiting.id));
      assert.deepEqual(await promoteFromWaitingList(rt.deps, { registrationId: waiting.id, actor }), { ok: false, reason: 'notWaiting' }, 'cancelled');
      assert.equal((await dateRow(dateId)).taken, 1, 'no refusal took a seat');
      assert.equal((await queryRows(rt.deps.db, sql`select 1 from audit_log where actor_id = ${actor.id}`)).length, 0, 'nothing audited');
    });

    it('turns a held offer into a seat without taking a second one', async () => {
      const actor = await editorActor();
      const { dateId, waiting } = await offeredDate('befoerdert-angebot');
      const outcome = await promoteFromWaitingList(rt.deps, { registrationId: waiting[0]!.id, actor });
      assert.ok(outcome.ok);
      assert.equal(outcome.registration.offerExpiresAt, null);
      assert.equal((await dateRow(dateId)).taken, 2);
    });
  });

  describe('what a person can accept', () => {
    it('answers "not offered" for an unknown registration and for one that waits or sits already', async () => {
      assert.deepEqual(await acceptOffer(rt.deps, { registrationId: '00000000-0000-4000-8000-000000000000', locale: 'de', now: at(0) }), {
        ok: false,
        reason: 'notOffered',
      });
      const ev = await event({ d: { seats: 1, deadlineInHours: 1 } });
      const seated = await register(ev, ev.dates.d!, 'annahme-sitzt@example.org');
      const waiting = await register(ev, ev.dates.d!, 'annahme-wartet@example.org');
      for (const registration of [seated, waiting]) {
        assert.deepEqual(
          await acceptOffer(rt.deps, { registrationId: registration.id, locale: 'de', now: at(0) }),
          { ok: false, reason: 'notOffered' },
          registration.status,
        );
      }
    });

    it('confirms an accepted offer by e-mail in the language of the page it was accepted on', async () => {
      const { waiting } = await offeredDate('annahme-englisch');
      const offered = waiting[0]!;
      assert.ok((await acceptOffer(rt.deps, { registrationId: offered.id, locale: 'en', now: at(MINUTE) })).ok);
      await rt.runJobs();
      const mails = rt.mails.filter((m) => m.to === offered.email && /Your seat is confirmed/.test(m.subject));
      assert.equal(mails.length, 1);
      assert.match(mails[0]!.text, /Digitale Kommune – this e-mail was sent automatically/);
    });
  });

  describe('offers that run out', () => {
    it('passes no seat on once the date has begun: the lapsed offer frees its seat and the next person keeps waiting', async () => {
      const startsInHours = 2;
      const { ev, dateId, waiting } = await offeredDate('nach-beginn', { startsInHours, waiting: 2 });
      const [first, second] = waiting as [RegistrationRow, RegistrationRow];
      assert.deepEqual([await statusOf(first.id), await statusOf(second.id)], ['offered', 'offered']);
      // the offers hold every seat, so the next person waits behind them
      const next = await register(ev, dateId, 'nach-beginn-danach@example.org');
      assert.equal(next.status, 'waiting');
      const { startsAt } = await dateRow(dateId);
      await rt.runJobs();

      // the sweep at the very instant of the start: both offers end there, nobody gets a new one
      await rt.runtime.sweep(startsAt);
      assert.deepEqual([await statusOf(first.id), await statusOf(second.id)], ['cancelled', 'cancelled']);
      assert.equal(await statusOf(next.id), 'waiting', 'no seat is offered once the date has begun');
      assert.equal((await dateRow(dateId)).taken, 1, 'the two offered seats are free again, and stay free');
      await rt.runJobs();
      assert.deepEqual(offerMailsTo(next.email), [], 'and no offer is mailed');
      for (const person of [first, second]) {
        const lapsed = rt.mails.filter((m) => m.to === person.email && /Angebot abgelaufen/.test(m.subject));
        assert.equal(lapsed.length, 1, `${person.email} is told`);
        assert.match(lapsed[0]!.text, /Digitale Kommune – diese E-Mail wurde automatisch verschickt/);
      }
    });

    it('lapses an offer once when two sweeps run at the same time', async () => {
      const { dateId, waiting } = await offeredDate('zwei-sweeps', { waiting: 2 });
      const later = new Date(t0 + (rt.deps.config.events.offerHours + 1) * HOUR);
      await rt.runJobs();
      await Promise.all([expireOffers(rt.deps, later), expireOffers(rt.deps, later)]);
      const rows = await rowsOf(dateId);
      assert.deepEqual(
        rows.map((r) => r.status),
        ['confirmed', 'cancelled', 'cancelled'],
      );
      assert.equal((await dateRow(dateId)).taken, 1, 'each seat given back exactly once');
      await rt.runJobs();
      for (const person of waiting) {
        assert.equal(rt.mails.filter((m) => m.to === person.email && /Angebot abgelaufen/.test(m.subject)).length, 1, person.email);
      }
    });
  });
});
