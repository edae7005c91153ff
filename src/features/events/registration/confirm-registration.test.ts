import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../../testing/harness.ts';
import { eventDates } from '../core/tables.ts';
import { HOLD_MINUTES } from '../core/rules.ts';
import { createTestEvent, registerDirectly, testAnswers, type TestEvent } from '../testing/registration-fixtures.ts';
import {
  confirmAddress,
  confirmRegistration,
  findConfirmedRegistration,
  registerManually,
  type ManualRegistrationOutcome,
  type RegistrationOutcome,
} from './confirm-registration.ts';
import { openRegistration, sealRegistration } from './form-token.ts';
import { cancelRegistration } from './cancel-registration.ts';
import { findRegistrationById } from './repository.ts';
import { loadRegistrationContext } from './service.ts';

const MINUTE = 60_000;

/*
 * The outcomes of the two commands as their callers read them, written from the survivors of
 * the mutation run of confirm-registration.ts (docs/testing.md): whether an answer is a repeat,
 * whose account a registration is linked to, and every answer of the address confirmation.
 */
eachBackend('confirming a registration and an address', (backend) => {
  let rt: TestRuntime;
  let event: TestEvent;
  let first: TestEvent;
  let held: TestEvent;

  /** Fills in the form for the date (signed in as `filledBy`) and confirms it (signed in as `confirmedBy`). */
  async function confirm(dateId: string, email: string, people: { filledBy?: string | null; confirmedBy?: string | null } = {}, token?: string) {
    const ctx = (await loadRegistrationContext(rt.deps.db, dateId))!;
    const answers = testAnswers(event, { email });
    const sealed = token ?? sealRegistration(rt.deps.keyring, { answers, dateId, consentVersion: ctx.event.consentVersion, userId: people.filledBy ?? null });
    const opened = openRegistration(rt.deps.keyring, sealed)!;
    const user: CurrentUser | null = people.confirmedBy
      ? { id: people.confirmedBy, email: 'mitglied@amt-beispiel.de', siteRole: 'member', displayName: 'Mitglied', sessionIdHash: 'sitzung' }
      : null;
    const outcome = await confirmRegistration(rt.deps, { ctx, token: opened, answers, user, locale: 'de' });
    return { outcome, sealed };
  }
  const registered = (outcome: RegistrationOutcome | ManualRegistrationOutcome) => {
    assert.equal(outcome.kind, 'registered');
    return outcome as Extract<RegistrationOutcome, { kind: 'registered' }>;
  };

  before(async () => {
    rt = await createTestRuntime(backend);
    first = await createTestEvent(rt.deps.db, { slug: 'bestaetigen', dates: { one: { seats: 1 }, many: { seats: 20 } }, questions: false, worldCafe: false });
    event = first;
    held = await createTestEvent(rt.deps.db, {
      slug: 'adresse',
      requiresConfirmedEmail: true,
      dates: { a: { seats: 5 }, b: { seats: 5 } },
      questions: false,
      worldCafe: false,
    });
  });
  after(async () => {
    await rt.close();
  });

  it('tells a first confirmation from its repeat, and gives a waiting place but no seat a position', async () => {
    const first = await confirm(event.dates.one!, 'erste@amt-beispiel.de');
    const seated = registered(first.outcome);
    assert.equal(seated.repeated, false);
    assert.equal(seated.registration.status, 'confirmed');
    assert.equal(seated.position, undefined);
    const audited = await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from audit_log where subject_id = ${seated.registration.id}`);
    assert.equal(audited[0]!.n, 0, 'only a registration by hand is audited');
    const again = registered((await confirm(event.dates.one!, 'erste@amt-beispiel.de', {}, first.sealed)).outcome);
    assert.equal(again.repeated, true);
    assert.equal(again.registration.id, seated.registration.id);

    const waiting = registered((await confirm(event.dates.one!, 'zweite@amt-beispiel.de')).outcome);
    assert.equal(waiting.registration.status, 'waiting');
    assert.equal(waiting.position, 1);
  });

  it('finds the registration of a reloaded confirmation only for the date its form was for', async () => {
    const { outcome, sealed } = await confirm(event.dates.many!, 'neuladen@amt-beispiel.de');
    const token = openRegistration(rt.deps.keyring, sealed)!;
    const found = registered((await findConfirmedRegistration(rt.deps, token))!);
    assert.equal(found.registration.id, registered(outcome).registration.id);
    assert.equal(found.repeated, true);
    assert.equal(await findConfirmedRegistration(rt.deps, { ...token, dateId: event.dates.one! }), undefined);
    assert.equal(await findConfirmedRegistration(rt.deps, { ...token, nonce: 'unbekannt' }), undefined);
  });

  it('answers a new form of an address registered already with that registration, and mails each person at most once an hour', async () => {
    const people = ['schon-da@amt-beispiel.de', 'auch-da@amt-beispiel.de'];
    const seated = new Map<string, RegistrationOutcome>();
    for (const email of people) seated.set(email, (await confirm(event.dates.many!, email)).outcome);
    await rt.runJobs();
    const before = rt.mails.length;
    for (const email of [...people, ...people]) {
      const again = (await confirm(event.dates.many!, email)).outcome;
      assert.equal(again.kind, 'exists');
      assert.equal((again as Extract<RegistrationOutcome, { kind: 'exists' }>).registration.id, registered(seated.get(email)!).registration.id);
    }
    await rt.runJobs();
    for (const email of people) {
      const mails = rt.mails.slice(before).filter((m) => m.to === email);
      assert.equal(mails.length, 1, `one reminder to ${email} for both attempts in the hour`);
      assert.ok(
        mails[0]!.text.includes(`/anmeldung/${registered(seated.get(email)!).registration.reference}?token=`),
        'the reminder carries the link to the registration',
      );
    }
  });

  it('gives a newcomer no seat that came free while someone is waiting for it', async () => {
    const queue = await createTestEvent(rt.deps.db, { slug: 'schlange', dates: { d: { seats: 1 } }, questions: false, worldCafe: false });
    event = queue;
    registered((await confirm(queue.dates.d!, 'sitzt@amt-beispiel.de')).outcome);
    const waiting = registered((await confirm(queue.dates.d!, 'wartet@amt-beispiel.de')).outcome);
    assert.equal(waiting.registration.status, 'waiting');
    // a second seat, before the sweep has offered it to the person waiting
    await rt.deps.db.update(eventDates).set({ seats: 2 }).where(eq(eventDates.id, queue.dates.d!));
    const newcomer = registered((await confirm(queue.dates.d!, 'neu@amt-beispiel.de')).outcome);
    assert.equal(newcomer.registration.status, 'waiting');
    assert.equal(newcomer.position, 2);
    event = first;
  });

  it('links the account only when the person who confirms is the one who filled in the form', async () => {
    const anna = (await createTestUser(rt.deps, { siteRole: 'member' })).id;
    const ben = (await createTestUser(rt.deps, { siteRole: 'member' })).id;
    const own = registered((await confirm(event.dates.many!, 'anna@amt-beispiel.de', { filledBy: anna, confirmedBy: anna })).outcome);
    assert.equal(own.registration.userId, anna);
    const byOther = registered((await confirm(event.dates.many!, 'anna2@amt-beispiel.de', { filledBy: anna, confirmedBy: ben })).outcome);
    assert.equal(byOther.registration.userId, null);
    const signedOut = registered((await confirm(event.dates.many!, 'anna3@amt-beispiel.de', { filledBy: anna, confirmedBy: null })).outcome);
    assert.equal(signedOut.registration.userId, null);
    const neverSignedIn = registered((await confirm(event.dates.many!, 'anna4@amt-beispiel.de', { filledBy: null, confirmedBy: ben })).outcome);
    assert.equal(neverSignedIn.registration.userId, null);
  });

  it('confirms a held seat once, then says there is nothing held; a lapsed hold, a cancelled date and an unknown registration lapse', async () => {
    event = held;
    const a = registered((await confirm(held.dates.a!, 'gehalten@amt-beispiel.de')).outcome).registration;
    assert.equal(a.status, 'held');
    const ok = await confirmAddress(rt.deps, { registrationId: a.id, locale: 'de' });
    assert.equal(ok.ok, true);
    assert.equal((await findRegistrationById(rt.deps.db, a.id))!.status, 'confirmed');
    assert.deepEqual(await confirmAddress(rt.deps, { registrationId: a.id, locale: 'de' }), { ok: false, reason: 'notHeld' });

    const late = registered((await confirm(held.dates.a!, 'spaet@amt-beispiel.de')).outcome).registration;
    const afterHold = new Date(Date.now() + (HOLD_MINUTES + 1) * MINUTE);
    assert.deepEqual(await confirmAddress(rt.deps, { registrationId: late.id, locale: 'de', now: afterHold }), { ok: false, reason: 'lapsed' });

    const b = registered((await confirm(held.dates.b!, 'abgesagt@amt-beispiel.de')).outcome).registration;
    await rt.deps.db.update(eventDates).set({ cancelledAt: new Date() }).where(eq(eventDates.id, held.dates.b!));
    assert.deepEqual(await confirmAddress(rt.deps, { registrationId: b.id, locale: 'de' }), { ok: false, reason: 'lapsed' });
    assert.equal((await findRegistrationById(rt.deps.db, b.id))!.status, 'held', 'nothing confirmed on a cancelled date');

    const withdrawn = registered((await confirm(held.dates.a!, 'zurueckgezogen@amt-beispiel.de')).outcome).registration;
    assert.equal((await cancelRegistration(rt.deps, { registrationId: withdrawn.id, actor: null })).ok, true);
    assert.deepEqual(await confirmAddress(rt.deps, { registrationId: withdrawn.id, locale: 'de' }), { ok: false, reason: 'lapsed' }, 'a cancelled hold lapses');

    assert.deepEqual(await confirmAddress(rt.deps, { registrationId: '00000000-0000-4000-8000-000000000000', locale: 'de' }), { ok: false, reason: 'lapsed' });
  });

  it('registers by hand after the deadline, audited and without mail to an address already registered; refuses a date that has begun or was cancelled', async () => {
    const editorUser = await createTestUser(rt.deps, { siteRole: 'editor' });
    const actor: CurrentUser = { id: editorUser.id, email: editorUser.email, siteRole: 'editor', displayName: 'Redaktion', sessionIdHash: 'sitzung' };
    const late = await createTestEvent(rt.deps.db, {
      slug: 'von-hand',
      dates: {
        afterDeadline: { seats: 3, deadlineInHours: -1 },
        begun: { seats: 3, startsInHours: -1, deadlineInHours: -2 },
        cancelled: { seats: 3, cancelled: true },
      },
      questions: false,
      worldCafe: false,
    });
    event = late;
    const byHand = registered(
      await registerManually(rt.deps, { dateId: late.dates.afterDeadline!, input: testAnswers(late, { email: 'telefon@amt-beispiel.de' }), actor }),
    );
    assert.equal(byHand.registration.status, 'confirmed');
    assert.equal(byHand.registration.createdBy, editorUser.id);
    assert.equal(byHand.registration.locale, 'de', 'mails to a person registered by hand are German');
    const [entry] = await queryRows<{ action: string; subject_type: string; after: { reference: string; status: string; dateId: string } }>(
      rt.deps.db,
      sql`select action, subject_type, after from audit_log where subject_id = ${byHand.registration.id}`,
    );
    assert.deepEqual(entry, {
      action: 'event.registration.manual',
      subject_type: 'event_registration',
      after: { reference: byHand.registration.reference, status: 'confirmed', dateId: late.dates.afterDeadline },
    });

    await rt.runJobs();
    const mailsBefore = rt.mails.length;
    const twice = await registerManually(rt.deps, { dateId: late.dates.afterDeadline!, input: testAnswers(late, { email: 'telefon@amt-beispiel.de' }), actor });
    assert.equal(twice.kind, 'exists');
    await rt.runJobs();
    assert.equal(rt.mails.length, mailsBefore, 'the editor is told; the person gets no mail');

    assert.deepEqual(await registerManually(rt.deps, { dateId: late.dates.begun!, input: testAnswers(late), actor }), { kind: 'closed', reason: 'past' });
    assert.deepEqual(await registerManually(rt.deps, { dateId: late.dates.cancelled!, input: testAnswers(late), actor }), {
      kind: 'closed',
      reason: 'cancelled',
    });
    assert.deepEqual(await registerManually(rt.deps, { dateId: '00000000-0000-4000-8000-000000000000', input: testAnswers(late), actor }), {
      kind: 'notFound',
    });
  });
});

/*
 * What only a collision tells: a reference that is taken already, and a confirmation that
 * loses the race to a concurrent one between its look-ups and its insert. A trigger on this
 * test's own database brings both about on purpose; the sequences count across rollbacks.
 */
eachBackend('confirming against a taken reference and lost races', (backend) => {
  const TAKEN = 'DK-2222-22';
  let rt: TestRuntime;
  let event: TestEvent;

  const confirm = (email: string) => registerDirectly(rt.deps, event.dates.d!, testAnswers(event, { email }));
  /** The next `collisions` inserts draw the taken reference, and the next `races` are beaten by a rival with the same address. */
  async function collide(plan: { collisions: number; races: number }) {
    await rt.deps.db.execute(sql`alter sequence test_draws restart`);
    await rt.deps.db.execute(sql`alter sequence test_races restart`);
    await rt.deps.db.execute(sql`update test_plan set collisions = ${plan.collisions}, races = ${plan.races}`);
  }
  const count = async (email: string) =>
    (await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from event_registrations where email = ${email}`))[0]!.n;

  before(async () => {
    rt = await createTestRuntime(backend);
    event = await createTestEvent(rt.deps.db, { slug: 'kollision', dates: { d: { seats: 50 } }, questions: false, worldCafe: false });
    const first = await confirm('vergeben@amt-beispiel.de');
    assert.equal(first.kind, 'registered');
    await rt.deps.db.execute(sql`update event_registrations set reference = ${TAKEN} where email = 'vergeben@amt-beispiel.de'`);
    for (const statement of [
      sql`create sequence test_draws`,
      sql`create sequence test_races`,
      sql`create table test_plan (collisions int not null, races int not null)`,
      sql`insert into test_plan values (0, 0)`,
      sql.raw(`create function test_collide() returns trigger language plpgsql as $$
        declare
          rival event_registrations%rowtype;
        begin
          if new.submission_nonce like 'rival-%' then return new; end if;
          if nextval('test_races') <= (select races from test_plan) then
            rival := new;
            rival.id := gen_random_uuid();
            rival.submission_nonce := 'rival-' || rival.id;
            rival.manage_token_hash := 'rival-' || rival.id;
            rival.reference := 'DK-' || upper(substr(md5(rival.id::text), 1, 4)) || '-ZZ';
            insert into event_registrations select (rival).*;
          elsif nextval('test_draws') <= (select collisions from test_plan) then
            new.reference := '${TAKEN}';
          end if;
          return new;
        end $$`),
      sql`create trigger test_collide before insert on event_registrations for each row execute function test_collide()`,
    ]) {
      await rt.deps.db.execute(statement);
    }
  });
  after(async () => {
    await rt.close();
  });

  it('draws again while the reference is taken, and gives up after five draws', async () => {
    await collide({ collisions: 4, races: 0 });
    const fifth = await confirm('fuenfter@amt-beispiel.de');
    assert.equal(fifth.kind, 'registered');
    const stored = (fifth as Extract<RegistrationOutcome, { kind: 'registered' }>).registration;
    assert.notEqual(stored.reference, TAKEN);
    assert.equal(stored.status, 'confirmed');

    await collide({ collisions: 5, races: 0 });
    await assert.rejects(confirm('sechster@amt-beispiel.de'), /no unused reference in 5 draws/);
    assert.equal(await count('sechster@amt-beispiel.de'), 0, 'nothing stored, the seat given back');
  });

  it('tries again after three lost races, and gives up after the fourth', async () => {
    await collide({ collisions: 0, races: 3 });
    const fourth = await confirm('vierter@amt-beispiel.de');
    assert.equal(fourth.kind, 'registered');
    assert.equal((fourth as Extract<RegistrationOutcome, { kind: 'registered' }>).repeated, false);
    assert.equal(await count('vierter@amt-beispiel.de'), 1, 'the rivals were rolled back with their attempts');

    await collide({ collisions: 0, races: 4 });
    await assert.rejects(confirm('fuenfte@amt-beispiel.de'), (error: Error) => error.constructor.name === 'LostRace');
    assert.equal(await count('fuenfte@amt-beispiel.de'), 0);
  });
});
