import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { queryRows } from '../../../platform/db/client.ts';
import { formatClock } from '../../../platform/i18n/dates.ts';
import { messagesFor } from '../../../platform/i18n/index.ts';
import { TestClient, type FormFields } from '../../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../../testing/harness.ts';
import { utcToBerlin } from '../../../platform/time/berlin-time.ts';
import { icsUtc } from '../core/ical.ts';
import { getDateWithEvent, listDatesOfEvent } from '../core/event-lookups.ts';
import { listVariationRows } from '../core/event-repository.ts';
import { getProgramme, withDateProgramme, type DateProgrammeItem } from '../core/programme.ts';
import { DEMO_EVENTS, seedEvents } from '../seed.ts';
import { createTestEvent, registerDirectly, testAnswers } from '../testing/registration-fixtures.ts';
import { addProgrammeItem } from './edit-programme.ts';
import { setDateProgrammeTimes } from './set-date-programme-times.ts';
import { dateValues } from './views/date-form.tsx';
import { itemValues } from './views/programme.tsx';

/*
 * Per-date programme times on the demo kick-off: its three dates start at the same clock time,
 * so their programmes are the same until an editor moves the one in Heide. The times below are
 * read from the demo's programme, not written down, so that they follow the seed.
 */

const de = messagesFor('de');
const KICK_OFF = DEMO_EVENTS.kickOff;
const { suederbrarup: SUEDERBRARUP, luebeck: LUEBECK, heide: HEIDE } = KICK_OFF.dates;
const EDIT = `/verwaltung/veranstaltungen/${KICK_OFF.id}`;
const PAGE = `/veranstaltungen/${KICK_OFF.slug}`;
const timesPage = (dateId: string) => `${EDIT}/termine/${dateId}/programm`;
const HOUR_MS = 3_600_000;

/** The clock times of one date's programme in the order of that day, as stored. */
async function storedProgramme(rt: TestRuntime, dateId: string): Promise<DateProgrammeItem[]> {
  const found = (await getDateWithEvent(rt.deps.db, dateId))!;
  return (await withDateProgramme(rt.deps.db, found)).programme;
}

const clocks = (programme: DateProgrammeItem[], shiftMs = 0) => programme.map((p) => formatClock('de', new Date(p.at.getTime() + shiftMs)));

/** The clock times the public page lists under a programme's heading, when the dates have different times. */
function pageClocks(html: string, where: string): string[] {
  const start = html.indexOf(`>${de.events.page.programmeAt(where)}</h3>`);
  assert.ok(start >= 0, `the page has a programme ${where}`);
  const list = html.slice(start, html.indexOf('</dl>', start));
  return [...list.matchAll(/<dt class="kern-description-list-item__key">([^<]*)<\/dt>/g)].map((m) => m[1]!.replace(' Uhr', ''));
}

/** The clock times in the programme of a calendar file's description. */
function icsClocks(ics: string): string[] {
  const unfolded = ics.replace(/\r\n /g, '');
  const description = /^DESCRIPTION:(.*)$/m
    .exec(unfolded)![1]!
    .replace(/\\n/g, '\n')
    .replace(/\\([,;\\])/g, '$1');
  const programme = description.split('\n\n').find((part) => part.startsWith(`${de.events.ics.programme}:`));
  assert.ok(programme, 'the description lists the programme');
  return programme
    .split('\n')
    .slice(1)
    .map((line) => line.slice(0, 5));
}

eachBackend('events: programme times per date', (backend) => {
  let rt: TestRuntime;
  let editor: TestClient;
  let editorUser: CurrentUser;

  before(async () => {
    rt = await createTestRuntime(backend);
    await seedEvents(rt.deps);
    const user = await createTestUser(rt.deps, { email: 'programmzeiten@example.org', siteRole: 'editor' });
    editorUser = { id: user.id, email: user.email, displayName: 'Redaktion', siteRole: 'editor', sessionIdHash: 'test' };
    editor = new TestClient(rt.app);
    assert.equal((await editor.login(user.email, TEST_PASSWORD)).statusCode, 303);
  });
  after(async () => {
    await rt.close();
  });

  async function auditCount(action: string): Promise<number> {
    const rows = await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from audit_log where action = ${action}`);
    return rows[0]!.n;
  }

  /** Saves the Heide date through its form, with `changes` over what it holds. */
  async function saveHeide(changes: FormFields): Promise<void> {
    const date = (await getDateWithEvent(rt.deps.db, HEIDE))!.date;
    const { notify: _notify, ...fields } = { ...dateValues(date), ...changes };
    const path = `${EDIT}/termine/${HEIDE}/bearbeiten`;
    assert.equal((await editor.postForm(path, fields, { csrfFrom: path })).statusCode, 303);
  }

  /** A fresh copy of the stored variations, to prove that a refused form changed nothing. */
  const variations = async () => JSON.stringify(await listVariationRows(rt.deps.db, KICK_OFF.id));

  describe('refused input', () => {
    it('answers a time outside the date and a malformed time with 400 and an error summary, keeps the input and stores nothing', async () => {
      const heide = await storedProgramme(rt, HEIDE);
      const before = await variations();
      const page = await editor.get(timesPage(HEIDE));
      assert.equal(page.statusCode, 200);
      const itemId = heide.map((p) => p.item.id);

      const late = await editor.postForm(timesPage(HEIDE), { itemId, time: ['23:45', ...clocks(heide).slice(1)] });
      assert.equal(late.statusCode, 400);
      assert.match(late.body, new RegExp(de.common.errorSummaryTitle));
      assert.match(late.body, /23:45 Uhr liegt außerhalb des Termins\. Wählen Sie eine Zeit zwischen 16:30 und 20:30 Uhr\./);
      assert.match(late.body, /id="f-time-0"[^>]*value="23:45"|value="23:45"[^>]*id="f-time-0"/);

      const malformed = await editor.postForm(timesPage(HEIDE), { itemId, time: ['7:6x', ...clocks(heide).slice(1)] });
      assert.equal(malformed.statusCode, 400);
      assert.match(malformed.body, new RegExp(de.events.validation.time));
      assert.match(malformed.body, /value="7:6x"/);

      const tooFar = await editor.get(`${timesPage(HEIDE)}?verschieben=600`);
      assert.equal(tooFar.statusCode, 400);
      assert.match(tooFar.body, /außerhalb des Termins \(16:30–20:30 Uhr\)/);
      const notANumber = await editor.get(`${timesPage(HEIDE)}?verschieben=1h`);
      assert.equal(notANumber.statusCode, 400);
      assert.match(notANumber.body, new RegExp(de.events.validation.wholeNumber));

      // the item form checks its usual time against every date as well
      const dates = await listDatesOfEvent(rt.deps.db, KICK_OFF.id);
      const entry = (await getProgramme(rt.deps.db, KICK_OFF.id, dates)).find((p) => p.item.id === KICK_OFF.programmeItem)!;
      const itemPath = `${EDIT}/programm/${KICK_OFF.programmeItem}`;
      await editor.get(itemPath);
      const itemLate = await editor.postForm(itemPath, { ...itemValues(entry, dates), time: '22:00' });
      assert.equal(itemLate.statusCode, 400);
      assert.match(itemLate.body, /Der Punkt läge in Süderbrarup um 22:00 Uhr außerhalb des Termins \(16:30–20:30 Uhr\)/);

      assert.equal(await variations(), before);
      assert.deepEqual(clocks(await storedProgramme(rt, HEIDE)), clocks(heide));
      assert.equal(await auditCount('event.programme.times'), 0);
    });
  });

  describe('moving the Heide programme', () => {
    it('moves every time in Heide by an hour; the public page and the Heide calendar file show them, the other dates keep theirs', async () => {
      const before = {
        heide: await storedProgramme(rt, HEIDE),
        luebeck: await storedProgramme(rt, LUEBECK),
        suederbrarup: await storedProgramme(rt, SUEDERBRARUP),
      };
      // Heide runs longer, so that the programme fits an hour later.
      await saveHeide({ endTime: '23:00' });

      const preview = await editor.get(`${timesPage(HEIDE)}?verschieben=60`);
      assert.equal(preview.statusCode, 200);
      assert.match(preview.body, /Alle Zeiten unten sind um 60 Minuten später eingetragen, aber noch nicht gespeichert\./);
      const later = clocks(before.heide, HOUR_MS);
      for (const time of later) assert.match(preview.body, new RegExp(`value="${time}"`));
      assert.deepEqual(clocks(await storedProgramme(rt, HEIDE)), clocks(before.heide), 'the preview stores nothing');

      const saved = await editor.postForm(`${timesPage(HEIDE)}`, { itemId: before.heide.map((p) => p.item.id), time: later });
      assert.equal(saved.statusCode, 303);
      assert.ok(saved.location?.startsWith(`${EDIT}/programm`));
      const overview = await editor.followRedirect(saved);
      assert.match(overview.body, new RegExp(de.events.editor.notices.programmeTimesSaved));
      assert.match(overview.body, new RegExp(de.events.editor.programme.ownTime));
      assert.equal(await auditCount('event.programme.times'), 1);
      // the same times again change nothing
      await editor.get(timesPage(HEIDE));
      assert.equal((await editor.postForm(timesPage(HEIDE), { itemId: before.heide.map((p) => p.item.id), time: later })).statusCode, 303);
      assert.equal(await auditCount('event.programme.times'), 1);

      const html = (await new TestClient(rt.app).get(PAGE)).body;
      assert.match(html, new RegExp(de.events.page.programmeByDate));
      assert.deepEqual(pageClocks(html, 'in Heide'), later);
      // the other two still share their times: one programme for both, with Lübeck's speakers marked
      assert.deepEqual(clocks(before.luebeck), clocks(before.suederbrarup));
      assert.deepEqual(pageClocks(html, 'in Süderbrarup und in Lübeck'), clocks(before.luebeck));
      assert.match(html, /<strong class="kern-badge kern-badge--info"><span class="kern-label">in Lübeck:<\/span><\/strong> Bürgermeister Jan Lindenau/);

      const heide = (await getDateWithEvent(rt.deps.db, HEIDE))!.date;
      const ics = await new TestClient(rt.app).get(`${PAGE}/termine/${HEIDE}.ics`);
      assert.equal(ics.statusCode, 200);
      assert.deepEqual(icsClocks(ics.body), later);
      assert.match(ics.body, new RegExp(`DTSTART:${icsUtc(heide.startsAt)}\r\nDTEND:${icsUtc(heide.endsAt)}\r\n`));
      const luebeckIcs = await new TestClient(rt.app).get(`${PAGE}/termine/${LUEBECK}.ics`);
      assert.deepEqual(icsClocks(luebeckIcs.body), clocks(before.luebeck));
    });

    it('moves the programme along when the Heide date itself starts an hour later', async () => {
      const before = await storedProgramme(rt, HEIDE);
      const start = (await getDateWithEvent(rt.deps.db, HEIDE))!.date.startsAt;
      const clock = (ms: number) => utcToBerlin(new Date(start.getTime() + ms)).time;
      await saveHeide({ startTime: clock(HOUR_MS), doorsTime: clock(HOUR_MS / 2), endTime: '23:59' });

      const after = await storedProgramme(rt, HEIDE);
      assert.deepEqual(clocks(after), clocks(before, HOUR_MS));
      const html = (await new TestClient(rt.app).get(PAGE)).body;
      assert.deepEqual(pageClocks(html, 'in Heide'), clocks(before, HOUR_MS));
      const ics = (await new TestClient(rt.app).get(`${PAGE}/termine/${HEIDE}.ics`)).body;
      assert.match(ics, new RegExp(`DTSTART:${icsUtc(new Date(start.getTime() + HOUR_MS))}\r\n`));
      assert.deepEqual(icsClocks(ics), clocks(before, HOUR_MS));
    });
  });

  describe('one item at one date', () => {
    it('sets one time in Lübeck as its own and takes it back by entering the usual time', async () => {
      const luebeck = await storedProgramme(rt, LUEBECK);
      const itemId = luebeck.map((p) => p.item.id);
      const usual = clocks(luebeck);
      const moved = [utcToBerlin(new Date(luebeck[0]!.at.getTime() + 5 * 60_000)).time, ...usual.slice(1)];
      await editor.get(timesPage(LUEBECK));
      assert.equal((await editor.postForm(timesPage(LUEBECK), { itemId, time: moved })).statusCode, 303);
      assert.deepEqual(clocks(await storedProgramme(rt, LUEBECK)), moved);
      const own = (await listVariationRows(rt.deps.db, KICK_OFF.id)).filter((v) => v.dateId === LUEBECK && v.offsetMinutes !== null);
      assert.deepEqual(
        own.map((v) => [v.itemId, v.offsetMinutes]),
        [[itemId[0], 5]],
      );
      // the speaker of the greeting in Lübeck is still the mayor
      assert.ok((await storedProgramme(rt, LUEBECK)).some((p) => p.speaker.includes('Lindenau')));
      assert.deepEqual(pageClocks((await new TestClient(rt.app).get(PAGE)).body, 'in Lübeck'), moved);

      await editor.get(timesPage(LUEBECK));
      assert.equal((await editor.postForm(timesPage(LUEBECK), { itemId, time: usual })).statusCode, 303);
      assert.deepEqual(clocks(await storedProgramme(rt, LUEBECK)), usual);
      assert.equal((await listVariationRows(rt.deps.db, KICK_OFF.id)).filter((v) => v.dateId === LUEBECK && v.offsetMinutes !== null).length, 0);
      assert.ok((await listVariationRows(rt.deps.db, KICK_OFF.id)).some((v) => v.dateId === LUEBECK && v.speaker?.includes('Lindenau')));
    });
  });

  describe('the receipt', () => {
    it('lists the programme at the times of the date registered for', async () => {
      const event = await createTestEvent(rt.deps.db, {
        slug: 'programmzeiten-quittung',
        dates: { first: {}, second: {} },
        now: new Date('2027-03-01T10:00:00Z'),
      });
      const { first, second } = event.dates as { first: string; second: string };
      const firstStart = (await getDateWithEvent(rt.deps.db, first))!.date.startsAt;
      await rt.deps.db.transaction(async (tx) => {
        await addProgrammeItem(tx, {
          actor: editorUser,
          eventId: event.id,
          input: { time: utcToBerlin(firstStart).time, title: 'Begrüßung', speaker: '', description: '', onlyDateId: null, variations: [] },
        });
      });
      const secondDate = (await getDateWithEvent(rt.deps.db, second))!.date;
      const [item] = await storedProgramme(rt, second);
      const ownTime = utcToBerlin(new Date(secondDate.startsAt.getTime() + 40 * 60_000)).time;
      const outcome = await setDateProgrammeTimes(rt.deps, {
        eventId: event.id,
        dateId: second,
        times: [{ itemId: item!.item.id, time: ownTime }],
        actor: editorUser,
      });
      assert.deepEqual(outcome, { kind: 'saved', changed: 1 });

      const email = 'quittung-programmzeiten@example.org';
      const registered = await registerDirectly(rt.deps, second, testAnswers(event, { email }));
      assert.equal(registered.kind, 'registered');
      await rt.runJobs();
      const receipt = rt.mails.find((m) => m.to === email);
      assert.ok(receipt, 'a receipt was sent');
      assert.match(receipt.text, new RegExp(`Programm:\\n\\n${ownTime} Uhr Begrüßung`));
      const ics = String(receipt.attachments?.find((a) => String(a.filename).endsWith('.ics'))?.content ?? '');
      assert.deepEqual(icsClocks(ics), [ownTime]);
    });
  });
});
