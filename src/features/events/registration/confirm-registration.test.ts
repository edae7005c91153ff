import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../../testing/harness.ts';
import { eventDates } from '../core/tables.ts';
import { HOLD_MINUTES } from '../core/rules.ts';
import { createTestEvent, testAnswers, type TestEvent } from '../testing/registration-fixtures.ts';
import { confirmAddress, confirmRegistration, registerManually, type ManualRegistrationOutcome, type RegistrationOutcome } from './confirm-registration.ts';
import { openRegistration, sealRegistration } from './form-token.ts';
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
    const user: CurrentUser | null = people.confirmedBy ? { id: people.confirmedBy, email: 'mitglied@amt-beispiel.de', siteRole: 'member', displayName: 'Mitglied', sessionIdHash: 'sitzung' } : null;
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
    held = await createTestEvent(rt.deps.db, { slug: 'adresse', requiresConfirmedEmail: true, dates: { a: { seats: 5 }, b: { seats: 5 } }, questions: false, worldCafe: false });
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

    assert.deepEqual(await confirmAddress(rt.deps, { registrationId: '00000000-0000-4000-8000-000000000000', locale: 'de' }), { ok: false, reason: 'lapsed' });
  });

  it('registers by hand after the deadline, audited and without mail to an address already registered; refuses a date that has begun or was cancelled', async () => {
    const editorUser = await createTestUser(rt.deps, { siteRole: 'editor' });
    const actor: CurrentUser = { id: editorUser.id, email: editorUser.email, siteRole: 'editor', displayName: 'Redaktion', sessionIdHash: 'sitzung' };
    const late = await createTestEvent(rt.deps.db, {
      slug: 'von-hand',
      dates: { afterDeadline: { seats: 3, deadlineInHours: -1 }, begun: { seats: 3, startsInHours: -1, deadlineInHours: -2 }, cancelled: { seats: 3, cancelled: true } },
      questions: false,
      worldCafe: false,
    });
    event = late;
    const byHand = registered(await registerManually(rt.deps, { dateId: late.dates.afterDeadline!, input: testAnswers(late, { email: 'telefon@amt-beispiel.de' }), actor }));
    assert.equal(byHand.registration.status, 'confirmed');
    assert.equal(byHand.registration.createdBy, editorUser.id);
    const [entry] = await queryRows<{ action: string; subject_type: string; after: { reference: string; status: string; dateId: string } }>(
      rt.deps.db,
      sql`select action, subject_type, after from audit_log where subject_id = ${byHand.registration.id}`,
    );
    assert.deepEqual(entry, { action: 'event.registration.manual', subject_type: 'event_registration', after: { reference: byHand.registration.reference, status: 'confirmed', dateId: late.dates.afterDeadline } });

    await rt.runJobs();
    const mailsBefore = rt.mails.length;
    const twice = await registerManually(rt.deps, { dateId: late.dates.afterDeadline!, input: testAnswers(late, { email: 'telefon@amt-beispiel.de' }), actor });
    assert.equal(twice.kind, 'exists');
    await rt.runJobs();
    assert.equal(rt.mails.length, mailsBefore, 'the editor is told; the person gets no mail');

    assert.deepEqual(await registerManually(rt.deps, { dateId: late.dates.begun!, input: testAnswers(late), actor }), { kind: 'closed', reason: 'past' });
    assert.deepEqual(await registerManually(rt.deps, { dateId: late.dates.cancelled!, input: testAnswers(late), actor }), { kind: 'closed', reason: 'cancelled' });
    assert.deepEqual(await registerManually(rt.deps, { dateId: '00000000-0000-4000-8000-000000000000', input: testAnswers(late), actor }), { kind: 'notFound' });
  });
});
