import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { queryRows } from '../../../platform/db/client.ts';
import { TestClient, type FormFields } from '../../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../../testing/harness.ts';
import { berlinToUtc, utcToBerlin } from '../../../platform/time/berlin-time.ts';
import { cancelRegistration } from '../registration/cancel-registration.ts';
import { cancelDate } from './cancel-date.ts';
import { addDate } from './edit-dates.ts';
import { createEvent, publishEvent } from './edit-event.ts';
import { addProgrammeItem } from './edit-programme.ts';
import { addQuestion, addWorldCafeQuestion } from './edit-questions.ts';
import { getEventById, listDatesOfEvent } from '../core/event-lookups.ts';
import { getProgramme } from '../core/programme.ts';
import { isRegistrationOpen } from '../core/rules.ts';
import { listQuestionRows, listWorldCafeRows } from '../core/event-repository.ts';
import { registerDirectly, testAnswers } from '../testing/registration-fixtures.ts';
import type { DateInput } from '../core/schema.ts';

const EVENT_FORM: FormFields = {
  title: 'Werkstatt Digitale Verwaltung',
  summary: 'Ein Nachmittag zu Online-Diensten.',
  organiser: 'Ministerium für Digitalisierung',
  description: 'Was geplant ist.\n\n## Ablauf\n\nVorträge und Gespräche.',
  audience: 'Verwaltungen',
  notes: '',
  procedure: '',
  mediaNotice: 'Es wird fotografiert.',
  contact: 'Programmbüro',
  fieldsOfAction: ['verwaltung', 'beteiligung'],
  retentionDays: '90',
  consentText: 'Ich willige ein.',
};

const DATE_FORM: FormFields = {
  format: 'praesenz',
  placeName: 'Rathaus',
  street: 'Breite Straße 62',
  postcode: '23552',
  town: 'Lübeck',
  streamUrl: '',
  day: '2027-03-29',
  startTime: '17:00',
  endTime: '20:00',
  doorsTime: '16:30',
  deadlineDay: '2027-03-22',
  deadlineTime: '',
  seats: '60',
  note: '',
};

function berlinDate(day: string, seats = 60, town = 'Lübeck'): DateInput {
  return {
    online: false,
    placeName: `Rathaus ${town}`,
    street: 'Markt 1',
    postcode: '24103',
    town,
    streamUrl: null,
    startsAt: berlinToUtc(day, '17:00'),
    endsAt: berlinToUtc(day, '20:00'),
    doorsOpenAt: berlinToUtc(day, '16:30'),
    registrationDeadline: new Date(berlinToUtc(day, '17:00').getTime() - 7 * 86_400_000),
    seats,
    note: '',
    notify: false,
  };
}

eachBackend('events: editors', (backend) => {
  let rt: TestRuntime;
  let editor: CurrentUser;
  let editorClient: TestClient;

  async function signedIn(email: string): Promise<TestClient> {
    const client = new TestClient(rt.app);
    assert.equal((await client.login(email, TEST_PASSWORD)).statusCode, 303);
    return client;
  }

  async function auditCount(action: string, subjectId?: string): Promise<number> {
    const rows = await queryRows<{ n: number }>(
      rt.deps.db,
      subjectId
        ? sql`select count(*)::int as n from audit_log where action = ${action} and subject_id = ${subjectId}`
        : sql`select count(*)::int as n from audit_log where action = ${action}`,
    );
    return rows[0]!.n;
  }

  /** A published event made through the services, with dates on the given Berlin days. */
  async function publishedEvent(title: string, days: string[], seats = 60) {
    const made = await rt.deps.db.transaction(async (tx) => {
      const created = await createEvent(tx, {
        actor: editor,
        input: {
          title,
          summary: 'Kurz.',
          organiser: 'Ministerium',
          description: 'Was geplant ist.',
          audience: '',
          notes: '',
          procedure: '',
          mediaNotice: '',
          contact: '',
          fieldsOfAction: [],
          retentionDays: 90,
          requiresConfirmedEmail: false,
          consentText: 'Ich willige ein.',
        },
      });
      assert.ok(created.kind === 'created');
      const { event } = created;
      const dates = [];
      for (const [i, day] of days.entries()) {
        const added = await addDate(tx, { actor: editor, eventId: event.id, input: berlinDate(day, seats, i === 0 ? 'Süderbrarup' : 'Lübeck') });
        assert.ok(added.kind === 'added');
        dates.push(added.date);
      }
      return { event, dates };
    });
    await publishEvent(rt.deps, { actor: editor, eventId: made.event.id });
    return made;
  }

  before(async () => {
    rt = await createTestRuntime(backend);
    const user = await createTestUser(rt.deps, { email: 'redaktion@example.org', siteRole: 'editor' });
    editor = { id: user.id, email: user.email, displayName: 'Redaktion', siteRole: 'editor', sessionIdHash: 'test' };
    await createTestUser(rt.deps, { email: 'mitglied@example.org' });
    editorClient = await signedIn('redaktion@example.org');
  });
  after(async () => {
    await rt.close();
  });

  describe('access', () => {
    it('sends anonymous visitors to the login and refuses members, also for changes', async () => {
      const { event, dates } = await publishedEvent('Zugriffsprobe', ['2027-06-10']);
      const anonymous = new TestClient(rt.app);
      const res = await anonymous.get('/verwaltung/veranstaltungen');
      assert.equal(res.statusCode, 303);
      assert.equal(res.location, `/anmelden?weiter=${encodeURIComponent('/verwaltung/veranstaltungen')}`);
      const member = await signedIn('mitglied@example.org');
      for (const url of ['/verwaltung/veranstaltungen', '/verwaltung/veranstaltungen/neu', `/verwaltung/veranstaltungen/${event.id}`]) {
        assert.equal((await member.get(url)).statusCode, 403, url);
      }
      const cancel = await member.postForm(
        `/verwaltung/veranstaltungen/${event.id}/termine/${dates[0]!.id}/absagen`,
        { reason: 'Übernahme' },
        { csrfFrom: '/konto' },
      );
      assert.equal(cancel.statusCode, 403);
      const unpublish = await member.postForm(`/verwaltung/veranstaltungen/${event.id}/zurueckziehen`, {}, { csrfFrom: '/konto' });
      assert.equal(unpublish.statusCode, 403);
      assert.equal((await getEventById(rt.deps.db, event.id))!.status, 'published');
      assert.equal((await listDatesOfEvent(rt.deps.db, event.id))[0]!.cancelledAt, null);
    });
  });

  describe('creating and publishing', () => {
    it('shows every error with the values kept, then creates one draft however often the form is sent', async () => {
      await editorClient.get('/verwaltung/veranstaltungen/neu');
      const invalid = await editorClient.postForm('/verwaltung/veranstaltungen/neu', { ...EVENT_FORM, title: '', retentionDays: 'neunzig' });
      assert.equal(invalid.statusCode, 400);
      assert.match(invalid.body, /Es gibt ein Problem/);
      assert.match(invalid.body, /href="#f-title">Geben Sie einen Titel an\./);
      assert.match(invalid.body, /Geben Sie eine ganze Zahl ein/);
      assert.match(invalid.body, /Ein Nachmittag zu Online-Diensten\./);
      assert.match(invalid.body, /value="neunzig"/);

      const first = await editorClient.postForm('/verwaltung/veranstaltungen/neu', EVENT_FORM);
      assert.equal(first.statusCode, 303);
      assert.match(first.location!, /^\/verwaltung\/veranstaltungen\/[0-9a-f-]{36}$/);
      const again = await editorClient.postForm('/verwaltung/veranstaltungen/neu', EVENT_FORM);
      assert.equal(again.location, first.location);
      const rows = await queryRows<{ n: number; status: string }>(
        rt.deps.db,
        sql`select count(*)::int as n, min(status) as status from events where title = ${EVENT_FORM.title as string}`,
      );
      assert.deepEqual(rows[0], { n: 1, status: 'draft' });
      const id = first.location!.split('/')[3]!;
      assert.equal(await auditCount('event.create', id), 1);
      const overview = await editorClient.followRedirect(first);
      assert.match(overview.body, /Die Veranstaltung wurde als Entwurf angelegt/);
      assert.doesNotMatch((await editorClient.get(first.location!)).body, /als Entwurf angelegt/, 'a reload does not confirm again');
    });

    it('reads dates in Berlin time, in winter and in summer, and refuses impossible ones', async () => {
      const event = (await queryRows<{ id: string }>(rt.deps.db, sql`select id from events where title = ${EVENT_FORM.title as string}`))[0]!;
      const base = `/verwaltung/veranstaltungen/${event.id}/termine/neu`;
      await editorClient.get(base);
      const wrong = await editorClient.postForm(base, { ...DATE_FORM, endTime: '16:00', postcode: '123', town: '', deadlineDay: '2027-04-01' });
      assert.equal(wrong.statusCode, 400);
      assert.match(wrong.body, /Die Postleitzahl besteht aus genau 5 Ziffern/);
      assert.match(wrong.body, /Geben Sie den Ort an\./);
      // times are checked once the place is right, so that no message is a guess
      const times = await editorClient.postForm(base, { ...DATE_FORM, endTime: '16:00', deadlineDay: '2027-04-01' });
      assert.match(times.body, /Das Ende muss nach dem Beginn liegen\./);
      assert.match(times.body, /Der Anmeldeschluss muss vor dem Beginn des Termins liegen\./);

      await editorClient.get(base);
      assert.equal((await editorClient.postForm(base, { ...DATE_FORM, day: '2027-03-26', deadlineDay: '2027-03-19' })).statusCode, 303);
      await editorClient.get(base);
      assert.equal((await editorClient.postForm(base, DATE_FORM)).statusCode, 303);
      const dates = await listDatesOfEvent(rt.deps.db, event.id);
      assert.deepEqual(
        dates.map((d) => [d.startsAt.toISOString(), d.endsAt.toISOString(), d.doorsOpenAt?.toISOString(), d.registrationDeadline.toISOString()]),
        [
          ['2027-03-26T16:00:00.000Z', '2027-03-26T19:00:00.000Z', '2027-03-26T15:30:00.000Z', '2027-03-19T22:59:00.000Z'],
          ['2027-03-29T15:00:00.000Z', '2027-03-29T18:00:00.000Z', '2027-03-29T14:30:00.000Z', '2027-03-22T22:59:00.000Z'],
        ],
      );
      // the edit form shows the same Berlin clock times again
      const edit = await editorClient.get(`/verwaltung/veranstaltungen/${event.id}/termine/${dates[1]!.id}/bearbeiten`);
      assert.match(edit.body, /name="day" type="date" value="2027-03-29"/);
      assert.match(edit.body, /name="startTime" type="time" value="17:00"/);
    });

    it('publishes only an event with a date, and the public list shows it then', async () => {
      const empty = await editorClient.postForm(
        '/verwaltung/veranstaltungen/neu',
        { ...EVENT_FORM, title: 'Noch ohne Termin' },
        { csrfFrom: '/verwaltung/veranstaltungen/neu' },
      );
      const id = empty.location!.split('/')[3]!;
      const refused = await editorClient.postForm(`/verwaltung/veranstaltungen/${id}/veroeffentlichen`, {}, { csrfFrom: `/verwaltung/veranstaltungen/${id}` });
      assert.equal(refused.statusCode, 409);
      assert.match(refused.body, /Legen Sie mindestens einen Termin an/);
      assert.equal((await getEventById(rt.deps.db, id))!.status, 'draft');

      const event = (
        await queryRows<{ id: string; slug: string }>(rt.deps.db, sql`select id, slug from events where title = ${EVENT_FORM.title as string}`)
      )[0]!;
      const published = await editorClient.postForm(
        `/verwaltung/veranstaltungen/${event.id}/veroeffentlichen`,
        {},
        { csrfFrom: `/verwaltung/veranstaltungen/${event.id}` },
      );
      assert.equal(published.statusCode, 303);
      assert.match((await new TestClient(rt.app).get('/veranstaltungen')).body, new RegExp(`href="/veranstaltungen/${event.slug}"`));
      assert.equal(await auditCount('event.publish', event.id), 1);
      await editorClient.postForm(`/verwaltung/veranstaltungen/${event.id}/zurueckziehen`, {}, { csrfFrom: `/verwaltung/veranstaltungen/${event.id}` });
      assert.equal((await new TestClient(rt.app).get(`/veranstaltungen/${event.slug}`)).statusCode, 404);
      assert.equal(await auditCount('event.unpublish', event.id), 1);
    });
  });

  describe('copying', () => {
    it('copies texts, dates, programme with its variations and questions as a draft, dates shifted in Berlin time', async () => {
      const { event, dates } = await publishedEvent('Auftakt Herbst', ['2027-10-28', '2027-11-04', '2027-11-11']);
      const [first, second, dropped] = dates as [(typeof dates)[0], (typeof dates)[0], (typeof dates)[0]];
      await cancelDate(rt.deps, { eventId: event.id, dateId: dropped.id, reason: 'Raum fehlt', actor: editor, baseUrl: 'http://localhost' });
      await rt.deps.db.transaction(async (tx) => {
        await addProgrammeItem(tx, {
          actor: editor,
          eventId: event.id,
          input: {
            time: '17:00',
            title: 'Begrüßung',
            speaker: 'Staatssekretärin',
            description: '',
            onlyDateId: null,
            variations: [{ dateId: second.id, speaker: 'Bürgermeister Beispiel' }],
          },
        });
        await addProgrammeItem(tx, {
          actor: editor,
          eventId: event.id,
          input: { time: '18:00', title: 'Offene Daten', speaker: '', description: 'Nur in Lübeck', onlyDateId: second.id, variations: [] },
        });
        await addProgrammeItem(tx, {
          actor: editor,
          eventId: event.id,
          input: { time: '19:00', title: 'Gibt es nicht mehr', speaker: '', description: '', onlyDateId: dropped.id, variations: [] },
        });
        await addQuestion(tx, {
          actor: editor,
          eventId: event.id,
          input: { label: 'Essen Sie mit?', hint: '', kind: 'choice', options: ['Ja', 'Nein'], required: true },
        });
        await addQuestion(tx, {
          actor: editor,
          eventId: event.id,
          input: { label: 'Anmerkungen', hint: 'freiwillig', kind: 'text', options: [], required: false },
        });
        await addWorldCafeQuestion(tx, { actor: editor, eventId: event.id, question: 'Was brauchen Kommunen?' });
      });

      const path = `/verwaltung/veranstaltungen/${event.id}/kopieren`;
      const form = await editorClient.get(path);
      assert.match(form.body, /value="Kopie von Auftakt Herbst"/);
      assert.equal((await editorClient.postForm(path, { title: '', shiftDays: 'sieben' })).statusCode, 400);
      await editorClient.get(path);
      const copied = await editorClient.postForm(path, { title: 'Kopie von Auftakt Herbst', shiftDays: '7' });
      assert.equal(copied.statusCode, 303);
      const copyId = copied.location!.split('/')[3]!;

      const copy = (await getEventById(rt.deps.db, copyId))!;
      assert.equal(copy.status, 'draft');
      assert.equal(copy.title, 'Kopie von Auftakt Herbst');
      assert.equal(copy.consentVersion, 1);
      assert.notEqual(copy.slug, event.slug);
      const copyDates = await listDatesOfEvent(rt.deps.db, copyId);
      // the cancelled date stays behind; 28 October (summer time) moves to 4 November (winter time)
      assert.deepEqual(
        copyDates.map((d) => [utcToBerlin(d.startsAt), d.confirmedCount, d.cancelledAt]),
        [
          [{ date: '2027-11-04', time: '17:00' }, 0, null],
          [{ date: '2027-11-11', time: '17:00' }, 0, null],
        ],
      );
      assert.equal(copyDates[0]!.registrationDeadline.getTime(), berlinToUtc('2027-10-28', '17:00').getTime());
      const programme = await getProgramme(rt.deps.db, copyId, copyDates);
      assert.deepEqual(
        programme.map((p) => [p.item.title, p.onlyDate?.id ?? null, p.variations.map((v) => [v.date.id, v.speaker])]),
        [
          ['Begrüßung', null, [[copyDates[1]!.id, 'Bürgermeister Beispiel']]],
          ['Offene Daten', copyDates[1]!.id, []],
        ],
      );
      assert.deepEqual(
        (await listQuestionRows(rt.deps.db, copyId)).map((q) => [q.label, q.kind, q.options, q.required]),
        [
          ['Essen Sie mit?', 'choice', ['Ja', 'Nein'], true],
          ['Anmerkungen', 'text', [], false],
        ],
      );
      assert.deepEqual(
        (await listWorldCafeRows(rt.deps.db, copyId)).map((q) => [q.question, q.result]),
        [['Was brauchen Kommunen?', null]],
      );
      assert.equal(await auditCount('event.copy', copyId), 1);
      // the original is untouched
      assert.equal((await listDatesOfEvent(rt.deps.db, event.id)).length, 3);
      assert.equal(first.startsAt.toISOString(), '2027-10-28T15:00:00.000Z');
    });
  });

  describe('consent', () => {
    it('keeps the version for an unchanged text and counts up for a changed one', async () => {
      const { event } = await publishedEvent('Einwilligungsprobe', ['2027-06-01']);
      const path = `/verwaltung/veranstaltungen/${event.id}/einwilligung`;
      assert.match((await editorClient.get(path)).body, /Aktuelle Fassung: 1/);
      const same = await editorClient.postForm(path, { consentText: 'Ich willige ein.' });
      assert.equal(same.location, path);
      assert.match((await editorClient.followRedirect(same)).body, /Der Text ist unverändert/);
      assert.equal((await getEventById(rt.deps.db, event.id))!.consentVersion, 1);
      assert.equal((await editorClient.postForm(path, { consentText: '' }, { csrfFrom: path })).statusCode, 400);
      const changed = await editorClient.postForm(path, { consentText: 'Ich willige ein, auch in Fotos.' }, { csrfFrom: path });
      assert.equal(changed.location, path);
      assert.match((await editorClient.followRedirect(changed)).body, /als neue Fassung gespeichert/);
      assert.doesNotMatch((await editorClient.get(path)).body, /als neue Fassung gespeichert/, 'a reload does not confirm again');
      const after = (await getEventById(rt.deps.db, event.id))!;
      assert.deepEqual([after.consentVersion, after.consentText], [2, 'Ich willige ein, auch in Fotos.']);
      assert.equal(await auditCount('event.consent', event.id), 1);
    });
  });

  describe('cancelling and moving dates', () => {
    it('cancels a date, tells everyone still registered exactly once, and closes registration', async () => {
      const { event, dates } = await publishedEvent('Absageprobe', ['2027-06-15'], 2);
      const date = dates[0]!;
      const answers = (email: string) => testAnswers({ id: '', slug: '', dates: {}, questions: {}, worldCafe: [] }, { email });
      for (const email of ['a@example.org', 'b@example.org', 'c@example.org', 'd@example.org']) await registerDirectly(rt.deps, date.id, answers(email));
      const gone = (await queryRows<{ id: string }>(rt.deps.db, sql`select id from event_registrations where email = 'd@example.org'`))[0]!;
      assert.equal((await cancelRegistration(rt.deps, { registrationId: gone.id, actor: null })).ok, true);
      await rt.runJobs();
      const before = rt.mails.length;

      const path = `/verwaltung/veranstaltungen/${event.id}/termine/${date.id}/absagen`;
      const page = await editorClient.get(path);
      assert.match(page.body, /Die E-Mail geht an 3 Personen\./);
      const missing = await editorClient.postForm(path, { reason: '' });
      assert.equal(missing.statusCode, 400);
      assert.match(missing.body, /Geben Sie eine Begründung für die Absage an/);
      const done = await editorClient.postForm(path, { reason: 'Die Referentin ist erkrankt.' }, { csrfFrom: path });
      assert.equal(done.statusCode, 303);
      assert.equal(done.location, `/verwaltung/veranstaltungen/${event.id}`);
      assert.match((await editorClient.followRedirect(done)).body, /Der Termin wurde abgesagt/);
      await rt.runJobs();
      // a second click (another tab) sends nothing more
      await editorClient.postForm(path, { reason: 'Die Referentin ist erkrankt.' }, { csrfFrom: `/verwaltung/veranstaltungen/${event.id}` });
      await cancelDate(rt.deps, { eventId: event.id, dateId: date.id, reason: 'noch einmal', actor: editor, baseUrl: 'http://localhost' });
      await rt.runJobs();

      const sent = rt.mails.slice(before);
      assert.deepEqual(sent.map((m) => m.to).sort(), ['a@example.org', 'b@example.org', 'c@example.org']);
      for (const mail of sent) {
        assert.match(mail.subject, /^Abgesagt: Absageprobe am 15\. Juni 2027$/);
        assert.match(mail.text, /Begründung: Die Referentin ist erkrankt\./);
        assert.match(mail.attachments![0]!.content, /STATUS:CANCELLED/);
      }
      assert.equal(await auditCount('event.date.cancel', date.id), 1);
      const cancelled = (await listDatesOfEvent(rt.deps.db, event.id))[0]!;
      assert.deepEqual(isRegistrationOpen(cancelled, new Date()), { open: false, reason: 'cancelled' });
      const publicPage = await new TestClient(rt.app).get(`/veranstaltungen/${event.slug}`);
      assert.match(publicPage.body, /Dieser Termin wurde abgesagt\. Eine Anmeldung ist nicht möglich\./);
      assert.ok(!publicPage.body.includes(`${date.id}/anmeldung"`));
    });

    it('moves a date and tells the registered people once; seats cannot drop below those taken', async () => {
      const { event, dates } = await publishedEvent('Verlegungsprobe', ['2027-06-20']);
      const date = dates[0]!;
      const answers = (email: string) => testAnswers({ id: '', slug: '', dates: {}, questions: {}, worldCafe: [] }, { email });
      await registerDirectly(rt.deps, date.id, answers('e@example.org'));
      await registerDirectly(rt.deps, date.id, answers('f@example.org'));
      await rt.runJobs();
      const before = rt.mails.length;
      const path = `/verwaltung/veranstaltungen/${event.id}/termine/${date.id}/bearbeiten`;
      const form = { ...DATE_FORM, town: 'Lübeck', day: '2027-06-21', deadlineDay: '2027-06-13', notify: '1' };
      await editorClient.get(path);
      const tooFew = await editorClient.postForm(path, { ...form, seats: '1' });
      assert.equal(tooFew.statusCode, 400);
      assert.match(tooFew.body, /Es sind bereits 2 Plätze vergeben/);
      const moved = await editorClient.postForm(path, form, { csrfFrom: path });
      assert.equal(moved.location, `/verwaltung/veranstaltungen/${event.id}`);
      assert.match((await editorClient.followRedirect(moved)).body, /über die Änderung informiert/);
      const saved = await editorClient.postForm(path, form, { csrfFrom: path });
      assert.equal(saved.location, `/verwaltung/veranstaltungen/${event.id}`);
      const overview = await editorClient.followRedirect(saved);
      assert.match(overview.body, /Der Termin wurde gespeichert\./);
      assert.doesNotMatch(overview.body, /über die Änderung informiert/, 'nobody to tell about an unchanged date');
      await rt.runJobs();
      const sent = rt.mails.slice(before);
      assert.deepEqual(sent.map((m) => m.to).sort(), ['e@example.org', 'f@example.org']);
      assert.match(sent[0]!.text, /Wann: 21\. Juni 2027, 17:00–20:00 Uhr/);
      assert.equal((await listDatesOfEvent(rt.deps.db, event.id))[0]!.startsAt.toISOString(), '2027-06-21T15:00:00.000Z');
    });
  });

  describe('programme and questions', () => {
    it('saves items with per-date speakers and items at one date, as the public page then shows', async () => {
      const { event, dates } = await publishedEvent('Programmprobe', ['2027-09-30', '2027-11-04']);
      const path = `/verwaltung/veranstaltungen/${event.id}/programm`;
      await editorClient.get(path);
      const wrong = await editorClient.postForm(path, {
        time: '25:00',
        title: '',
        speaker: '',
        description: '',
        onlyDateId: '',
        variationDate: [dates[0]!.id, dates[1]!.id],
        variationSpeaker: ['', ''],
      });
      assert.equal(wrong.statusCode, 400);
      assert.match(wrong.body, /Geben Sie eine Uhrzeit im Format 17:00 an\./);
      await editorClient.get(path);
      const item = {
        time: '17:00',
        title: 'Begrüßung',
        speaker: 'Staatssekretärin Dr. Beispiel',
        description: '',
        onlyDateId: '',
        variationDate: [dates[0]!.id, dates[1]!.id],
        variationSpeaker: ['', 'Bürgermeister Jan Probe'],
      };
      assert.equal((await editorClient.postForm(path, item)).statusCode, 303);
      await editorClient.get(path);
      const only = {
        time: '18:00',
        title: 'Offene Daten',
        speaker: '',
        description: '',
        onlyDateId: dates[1]!.id,
        variationDate: [dates[0]!.id, dates[1]!.id],
        variationSpeaker: ['', ''],
      };
      assert.equal((await editorClient.postForm(path, only)).statusCode, 303);
      await editorClient.get(path);
      const foreign = await editorClient.postForm(path, { ...only, onlyDateId: '00000000-0000-4000-8000-000000000000' });
      assert.equal(foreign.statusCode, 400);

      const page = (await new TestClient(rt.app).get(`/veranstaltungen/${event.slug}`)).body;
      assert.match(page, /<strong class="kern-badge kern-badge--info"><span class="kern-label">in Lübeck:<\/span><\/strong> Bürgermeister Jan Probe/);
      assert.match(page, /nur in Lübeck/);
      assert.equal(await auditCount('event.programme.add', event.id), 2);
    });

    it('adds, checks, orders and deletes registration questions', async () => {
      const { event } = await publishedEvent('Fragenprobe', ['2027-07-01']);
      const path = `/verwaltung/veranstaltungen/${event.id}/fragen`;
      await editorClient.get(path);
      const one = await editorClient.postForm(path, { label: 'Wie reisen Sie an?', hint: '', kind: 'choice', options: 'Bahn' });
      assert.equal(one.statusCode, 400);
      assert.match(one.body, /mindestens zwei Antwortmöglichkeiten/);
      await editorClient.get(path);
      await editorClient.postForm(path, { label: 'Wie reisen Sie an?', hint: '', kind: 'choice', options: 'Bahn\r\nAuto\r\n\r\nBahn', required: '1' });
      await editorClient.get(path);
      await editorClient.postForm(path, { label: 'Vegetarisch?', hint: '', kind: 'yesno', options: 'wird ignoriert' });
      let questions = await listQuestionRows(rt.deps.db, event.id);
      assert.deepEqual(
        questions.map((q) => [q.label, q.options, q.required]),
        [
          ['Wie reisen Sie an?', ['Bahn', 'Auto'], true],
          ['Vegetarisch?', [], false],
        ],
      );
      await editorClient.postForm(`${path}/${questions[1]!.id}/verschieben`, { direction: 'hoch' }, { csrfFrom: path });
      questions = await listQuestionRows(rt.deps.db, event.id);
      assert.deepEqual(
        questions.map((q) => q.label),
        ['Vegetarisch?', 'Wie reisen Sie an?'],
      );
      await editorClient.postForm(`${path}/${questions[0]!.id}/loeschen`, {}, { csrfFrom: path });
      assert.deepEqual(
        (await listQuestionRows(rt.deps.db, event.id)).map((q) => q.label),
        ['Wie reisen Sie an?'],
      );
      assert.equal(await auditCount('event.question.delete'), 1);
    });

    it('adds and renames World Café questions', async () => {
      const { event } = await publishedEvent('World-Café-Probe', ['2027-07-02']);
      const path = `/verwaltung/veranstaltungen/${event.id}/world-cafe-fragen`;
      await editorClient.get(path);
      assert.equal((await editorClient.postForm(path, { question: '' })).statusCode, 400);
      await editorClient.get(path);
      await editorClient.postForm(path, { question: 'Was braucht das Ehrenamt?' });
      const [question] = await listWorldCafeRows(rt.deps.db, event.id);
      await editorClient.postForm(`${path}/${question!.id}`, { question: 'Was braucht das Ehrenamt digital?' }, { csrfFrom: `${path}/${question!.id}` });
      assert.equal((await listWorldCafeRows(rt.deps.db, event.id))[0]!.question, 'Was braucht das Ehrenamt digital?');
      assert.match((await new TestClient(rt.app).get(`/veranstaltungen/${event.slug}`)).body, /Was braucht das Ehrenamt digital\?/);
    });
  });
});
