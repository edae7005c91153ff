import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../../testing/harness.ts';
import { addDate } from '../editor/edit-dates.ts';
import { createEvent, publishEvent } from '../editor/edit-event.ts';
import { isRegistrationOpen, seatsLeft } from '../core/rules.ts';
import { registrationPath } from '../core/paths.ts';
import { registerDirectly, testAnswers } from '../testing/registration-fixtures.ts';
import type { DateInput } from '../core/schema.ts';

const DAY = 86_400_000;

interface DateSpec {
  inDays: number;
  town?: string;
  online?: boolean;
  seats?: number;
  /** days from now; default one day before the start */
  deadlineInDays?: number;
}

function dateInput(spec: DateSpec): DateInput {
  const start = new Date(Date.now() + spec.inDays * DAY);
  return {
    online: spec.online ?? false,
    placeName: spec.online ? null : `Rathaus ${spec.town}`,
    street: spec.online ? null : 'Markt 1, Eingang B; 2. OG',
    postcode: spec.online ? null : '24103',
    town: spec.online ? null : (spec.town ?? 'Kiel'),
    streamUrl: spec.online ? 'https://stream.example.org/test' : null,
    startsAt: start,
    endsAt: new Date(start.getTime() + 3 * 3_600_000),
    doorsOpenAt: spec.online ? null : new Date(start.getTime() - 1_800_000),
    registrationDeadline: new Date(Date.now() + (spec.deadlineInDays ?? spec.inDays - 1) * DAY),
    seats: spec.seats ?? 60,
    note: '',
    notify: false,
  };
}

async function makeEvent(
  rt: TestRuntime,
  actor: CurrentUser,
  options: { title: string; fields?: string[]; publish?: boolean; dates: DateSpec[] },
): Promise<{ id: string; slug: string; dates: string[] }> {
  const made = await rt.deps.db.transaction(async (tx) => {
    const created = await createEvent(tx, {
      actor,
      input: {
        title: options.title,
        summary: `Kurz: ${options.title}`,
        organiser: 'Ministerium',
        description: 'Was geplant ist.',
        audience: 'Alle Kommunen',
        notes: '',
        procedure: '',
        mediaNotice: '',
        contact: 'Programmbüro',
        fieldsOfAction: options.fields ?? [],
        retentionDays: 90,
        requiresConfirmedEmail: false,
        consentText: 'Ich willige ein.',
      },
    });
    assert.ok(created.kind === 'created');
    const { event } = created;
    const dates: string[] = [];
    for (const spec of options.dates) {
      const added = await addDate(tx, { actor, eventId: event.id, input: dateInput(spec) });
      assert.ok(added.kind === 'added');
      dates.push(added.date.id);
    }
    return { id: event.id, slug: event.slug, dates };
  });
  if (options.publish !== false) await publishEvent(rt.deps, { actor, eventId: made.id });
  return made;
}

function answersFor(email: string) {
  return testAnswers({ id: '', slug: '', dates: {}, questions: {}, worldCafe: [] }, { email });
}

eachBackend('events: public catalogue', (backend) => {
  let rt: TestRuntime;
  let editor: CurrentUser;
  let towns: Awaited<ReturnType<typeof makeEvent>>;
  let online: Awaited<ReturnType<typeof makeEvent>>;
  let past: Awaited<ReturnType<typeof makeEvent>>;
  let draft: Awaited<ReturnType<typeof makeEvent>>;
  let mixed: Awaited<ReturnType<typeof makeEvent>>;
  const anonymous = () => new TestClient(rt.app);

  before(async () => {
    rt = await createTestRuntime(backend);
    const user = await createTestUser(rt.deps, { email: 'redaktion@example.org', siteRole: 'editor' });
    editor = { id: user.id, email: user.email, displayName: 'Redaktion', siteRole: 'editor', sessionIdHash: 'test' };
    towns = await makeEvent(rt, editor, {
      title: 'Werkstatt in Lübeck und Heide',
      fields: ['verwaltung'],
      dates: [
        { inDays: 10, town: 'Lübeck', seats: 2 },
        { inDays: 12, town: 'Heide' },
        // the deadline has passed, the date itself is still to come
        { inDays: 3, town: 'Husum', deadlineInDays: -1 },
      ],
    });
    online = await makeEvent(rt, editor, { title: 'Online-Sprechstunde', fields: ['mobilitaet'], dates: [{ inDays: 5, online: true, seats: 100 }] });
    past = await makeEvent(rt, editor, { title: 'Netzwerktreffen im Frühjahr', dates: [{ inDays: -20, town: 'Flensburg', deadlineInDays: -30 }] });
    draft = await makeEvent(rt, editor, { title: 'Geheimer Entwurf', publish: false, dates: [{ inDays: 8, town: 'Kiel' }] });
    mixed = await makeEvent(rt, editor, {
      title: 'Reihe mit Vergangenheit & <Zukunft>',
      dates: [
        { inDays: -5, town: 'Schleswig', deadlineInDays: -6 },
        { inDays: 20, town: 'Schleswig' },
      ],
    });
  });
  after(async () => {
    await rt.close();
  });

  function listed(html: string): string[] {
    return [...html.matchAll(/<h2 class="kern-title"><a class="kern-link--stretched" href="\/veranstaltungen\/([^"]+)">/g)].map((m) => m[1]!);
  }

  describe('list and archive', () => {
    it('lists published events with coming dates, the soonest first, and no drafts or past events', async () => {
      const res = await anonymous().get('/veranstaltungen');
      assert.equal(res.statusCode, 200);
      assert.deepEqual(listed(res.body), [towns.slug, online.slug, mixed.slug]);
      assert.match(res.body, /3 Veranstaltungen mit kommenden Terminen/);
    });

    it('filters by field of action, by place and by format, at the level of dates', async () => {
      assert.deepEqual(listed((await anonymous().get('/veranstaltungen?handlungsfeld=verwaltung')).body), [towns.slug]);
      assert.deepEqual(listed((await anonymous().get('/veranstaltungen?format=online')).body), [online.slug]);
      assert.deepEqual(listed((await anonymous().get('/veranstaltungen?format=praesenz')).body), [towns.slug, mixed.slug]);
      const heide = await anonymous().get('/veranstaltungen?ort=Heide');
      assert.deepEqual(listed(heide.body), [towns.slug]);
      // only the matching date is listed with the event
      assert.match(heide.body, /· Heide/);
      assert.doesNotMatch(heide.body, /· Lübeck/);
      assert.deepEqual(listed((await anonymous().get('/veranstaltungen?ort=Heide&format=online')).body), []);
    });

    it('offers the towns of coming dates and ignores nonsense in the address', async () => {
      const res = await anonymous().get('/veranstaltungen?handlungsfeld=%3Cb%3E&format=zeppelin&seite=-3');
      assert.equal(res.statusCode, 200);
      assert.deepEqual(listed(res.body), [towns.slug, online.slug, mixed.slug]);
      for (const town of ['Lübeck', 'Heide', 'Husum', 'Schleswig']) assert.match(res.body, new RegExp(`<option value="${town}">`));
      assert.doesNotMatch(res.body, /<option value="Flensburg">/);
      assert.doesNotMatch(res.body, /<option value="Kiel">/);
    });

    it('keeps events whose dates are all over in the archive', async () => {
      const res = await anonymous().get('/veranstaltungen/archiv');
      assert.equal(res.statusCode, 200);
      assert.deepEqual(listed(res.body), [past.slug]);
    });
  });

  describe('event page', () => {
    it('shows every date with its address, times, deadline and a registration button while open', async () => {
      const res = await anonymous().get(`/veranstaltungen/${towns.slug}`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /Rathaus Lübeck<br\/>Markt 1, Eingang B; 2\. OG<br\/>24103 Lübeck/);
      assert.match(res.body, /Einlass/);
      assert.match(res.body, /Anmeldeschluss/);
      assert.ok(res.body.includes(`href="${registrationPath(towns.slug, towns.dates[0]!)}"`));
      assert.ok(res.body.includes(`href="${registrationPath(towns.slug, towns.dates[1]!)}"`));
      // Husum's deadline has passed: no button, the reason instead
      assert.ok(!res.body.includes(`href="${registrationPath(towns.slug, towns.dates[2]!)}"`));
      assert.match(res.body, /Anmeldung geschlossen:<\/strong> Die Anmeldefrist ist abgelaufen\./);
    });

    it('counts seats from real registrations and shows the waiting list when full', async () => {
      const page = () => anonymous().get(`/veranstaltungen/${towns.slug}`);
      assert.match((await page()).body, /2 von 2 Plätzen frei/);
      await registerDirectly(rt.deps, towns.dates[0]!, answersFor('eins@example.org'));
      assert.match((await page()).body, /1 von 2 Plätzen frei/);
      await registerDirectly(rt.deps, towns.dates[0]!, answersFor('zwei@example.org'));
      const full = await page();
      assert.match(full.body, /ausgebucht — Warteliste/);
      // registration stays open for the waiting list
      assert.ok(full.body.includes(`href="${registrationPath(towns.slug, towns.dates[0]!)}"`));
    });

    it('hides drafts from the public and shows them to editors as a preview', async () => {
      assert.equal((await anonymous().get(`/veranstaltungen/${draft.slug}`)).statusCode, 404);
      assert.equal((await anonymous().get(`/veranstaltungen/${draft.slug}/termine/${draft.dates[0]}.ics`)).statusCode, 404);
      const client = new TestClient(rt.app);
      await client.login('redaktion@example.org', 'Sicheres-Passwort-2026');
      const preview = await client.get(`/veranstaltungen/${draft.slug}`);
      assert.equal(preview.statusCode, 200);
      assert.match(preview.body, /Nur die Redaktion sieht diese Vorschau/);
      assert.match(preview.body, /Die Veranstaltung ist noch nicht veröffentlicht/);
      assert.ok(!preview.body.includes('/anmeldung"'));
    });

    it('answers 404 for a date of another event', async () => {
      const res = await anonymous().get(`/veranstaltungen/${towns.slug}/termine/${online.dates[0]}.ics`);
      assert.equal(res.statusCode, 404);
    });
  });

  describe('registration state of a date', () => {
    const base = { eventStatus: 'published' as const, cancelledAt: null };
    const start = new Date('2027-11-04T16:00:00Z');
    const deadline = new Date('2027-10-28T22:59:00Z');

    it('is open until the deadline minute, then closed with the reason', () => {
      const date = { ...base, startsAt: start, registrationDeadline: deadline };
      assert.deepEqual(isRegistrationOpen(date, deadline), { open: true });
      assert.deepEqual(isRegistrationOpen(date, new Date(deadline.getTime() + 1)), { open: false, reason: 'deadline' });
      assert.deepEqual(isRegistrationOpen(date, start), { open: false, reason: 'past' });
    });

    it('names the reason that matters most: draft, then cancelled, then past, then deadline', () => {
      const late = new Date('2027-12-01T00:00:00Z');
      const cancelled = { ...base, cancelledAt: new Date(), startsAt: start, registrationDeadline: deadline };
      assert.deepEqual(isRegistrationOpen({ ...cancelled, eventStatus: 'draft' }, late), { open: false, reason: 'notPublished' });
      assert.deepEqual(isRegistrationOpen(cancelled, late), { open: false, reason: 'cancelled' });
      assert.deepEqual(isRegistrationOpen({ ...base, startsAt: start, registrationDeadline: deadline }, late), { open: false, reason: 'past' });
    });

    it('counts free seats and never below zero', () => {
      assert.equal(seatsLeft({ seats: 60, confirmedCount: 12 }), 48);
      assert.equal(seatsLeft({ seats: 2, confirmedCount: 2 }), 0);
    });
  });

  describe('calendar and feed', () => {
    it('serves one .ics per date in UTC with the full address, a stable UID and folded CRLF lines', async () => {
      const url = `/veranstaltungen/${towns.slug}/termine/${towns.dates[0]}.ics`;
      const res = await anonymous().get(url);
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'text/calendar; charset=utf-8');
      assert.match(String(res.headers['content-disposition']), /^attachment; filename=".+\.ics"$/);
      const body = res.body;
      assert.ok(body.endsWith('\r\n'));
      assert.doesNotMatch(body.replace(/\r\n/g, ''), /[\r\n]/, 'only CRLF line ends');
      for (const line of body.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `line too long: ${line}`);
      const unfolded = body.replace(/\r\n /g, '');
      assert.match(unfolded, new RegExp(`UID:${towns.dates[0]}@localhost\r\n`));
      assert.match(unfolded, /DTSTART:\d{8}T\d{6}Z\r\n/);
      assert.match(unfolded, /DTEND:\d{8}T\d{6}Z\r\n/);
      assert.match(unfolded, /LOCATION:Rathaus Lübeck\\, Markt 1\\, Eingang B\\; 2\. OG\\, 24103 Lübeck\r\n/);
      assert.match(unfolded, new RegExp(`URL:http://localhost/veranstaltungen/${towns.slug}\r\n`));
      assert.equal((await anonymous().get(url)).body.match(/UID:.*/)?.[0], body.match(/UID:.*/)?.[0]);
      const onlineIcs = (await anonymous().get(`/veranstaltungen/${online.slug}/termine/${online.dates[0]}.ics`)).body;
      assert.match(onlineIcs, /LOCATION:Online\r\n/);
    });

    it('offers a subscribable feed of every coming published date, and nothing else', async () => {
      const res = await anonymous().get('/veranstaltungen.ics');
      assert.equal(res.headers['content-type'], 'text/calendar; charset=utf-8');
      const uids = [...res.body.matchAll(/UID:([0-9a-f-]+)@localhost/g)].map((m) => m[1]);
      assert.deepEqual(new Set(uids), new Set([...towns.dates, ...online.dates, mixed.dates[1]]));
      assert.match(res.body, /X-WR-CALNAME:Veranstaltungen – Digitale Kommune/);
    });

    it('publishes an Atom feed of published events, newest first and escaped', async () => {
      const res = await anonymous().get('/veranstaltungen/feed.atom');
      assert.equal(res.headers['content-type'], 'application/atom+xml; charset=utf-8');
      assert.ok(res.body.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"'));
      const ids = [...res.body.matchAll(/<id>urn:uuid:([0-9a-f-]+)<\/id>/g)].map((m) => m[1]);
      assert.deepEqual(new Set(ids), new Set([mixed.id, past.id, online.id, towns.id]));
      const published = [...res.body.matchAll(/<published>([^<]+)<\/published>/g)].map((m) => Date.parse(m[1]!));
      assert.deepEqual(
        published,
        [...published].sort((a, b) => b - a),
        'newest first',
      );
      assert.ok(res.body.includes('<title type="text">Reihe mit Vergangenheit &amp; &lt;Zukunft&gt;</title>'));
      assert.ok(!res.body.includes(draft.id));
      for (const entry of res.body.split('<entry>').slice(1)) {
        for (const tag of ['<id>', '<title type="text">', '<updated>', '<link rel="alternate"', '<author><name>']) assert.ok(entry.includes(tag), tag);
      }
      assert.doesNotMatch(res.body, /&(?!amp;|lt;|gt;|quot;|apos;)/);
    });
  });
});
