import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { queryRows } from '../../../platform/db/client.ts';
import { TestClient, type FormFields } from '../../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../../testing/harness.ts';
import { cancelRegistration } from '../registration/cancel-registration.ts';
import { unzip } from '../../../platform/testing/unzip.ts';
import { createTestEvent, registerDirectly, testAnswers, type TestEvent } from '../testing/registration-fixtures.ts';

const EDITOR = { email: 'redaktion@example.org', password: 'Redaktion-Passwort-2026' };
const MEMBER = { email: 'mitglied@example.org', password: 'Mitglied-Passwort-2026' };

eachBackend('event operations: registrations, exports, sign-in list, messages', (backend) => {
  let rt: TestRuntime;
  let editor: TestClient;
  let editorUser: CurrentUser;
  let event: TestEvent;
  let other: TestEvent;
  /** references by first name */
  const refs: Record<string, string> = {};
  const ids: Record<string, string> = {};

  const base = (date = 'luebeck') => `/verwaltung/veranstaltungen/${event.id}/termine/${event.dates[date]}`;
  const rows = <T extends Record<string, unknown>>(query: ReturnType<typeof sql>) => queryRows<T>(rt.deps.db, query);
  const statusOf = async (reference: string) =>
    (await rows<{ status: string }>(sql`select status from event_registrations where reference = ${reference}`))[0]?.status;

  async function register(firstName: string, lastName: string, extra: Parameters<typeof testAnswers>[1] = {}, date = 'luebeck') {
    const outcome = await registerDirectly(
      rt.deps,
      event.dates[date]!,
      testAnswers(event, { firstName, lastName, email: `${firstName.toLowerCase()}@example.org`, ...extra }),
    );
    assert.equal(outcome.kind, 'registered');
    refs[firstName] = outcome.registration.reference;
    ids[firstName] = outcome.registration.id;
  }

  before(async () => {
    rt = await createTestRuntime(backend);
    const user = await createTestUser(rt.deps, { ...EDITOR, displayName: 'Rita Redaktion', siteRole: 'editor' });
    editorUser = { id: user.id, email: user.email, displayName: 'Rita Redaktion', siteRole: 'editor', sessionIdHash: 'test' };
    await createTestUser(rt.deps, { ...MEMBER, displayName: 'Max Mitglied' });
    event = await createTestEvent(rt.deps.db, {
      slug: 'operationen',
      dates: { luebeck: { seats: 3 }, heide: { seats: 10, town: 'Heide', startsInHours: 24 * 20 } },
    });
    other = await createTestEvent(rt.deps.db, { slug: 'andere', dates: { kiel: { town: 'Kiel' } } });
    await register('Anna', 'Zander');
    await register('Bernd', 'Albers', { organisation: '=HYPERLINK("https://evil.example")', accessibilityNeeds: 'Rollstuhlplatz' });
    await register('Carla', 'Meier');
    await register('Dieter', 'Schulz'); // first on the waiting list
    await register('Emil', 'Becker'); // second on the waiting list
    await register('Frieda', 'Heider', {}, 'heide');
    editor = new TestClient(rt.app);
    assert.equal((await editor.login(EDITOR.email, EDITOR.password)).statusCode, 303);
  });
  after(async () => {
    await rt.close();
  });

  describe('who may see and change what', () => {
    const pages = () => [
      `${base()}/anmeldungen`,
      `${base()}/anmeldungen.csv`,
      `${base()}/anmeldungen.xlsx`,
      `${base()}/teilnehmerliste`,
      `${base()}/nachrichten`,
      `${base()}/einlass`,
      `/verwaltung/veranstaltungen/${event.id}/anmeldungen.csv`,
      `/verwaltung/veranstaltungen/${event.id}/anmeldungen.xlsx`,
      `/verwaltung/veranstaltungen/${event.id}/world-cafe`,
    ];

    it('sends anonymous visitors to the login and refuses members with 403', async () => {
      const anonymous = new TestClient(rt.app);
      const member = new TestClient(rt.app);
      await member.login(MEMBER.email, MEMBER.password);
      for (const url of pages()) {
        const res = await anonymous.get(url);
        assert.equal(res.statusCode, 303, url);
        assert.equal(res.location, `/anmelden?weiter=${encodeURIComponent(url)}`);
        assert.equal((await member.get(url)).statusCode, 403, url);
      }
      const cancel = await member.postForm(`${base()}/anmeldungen/${ids.Anna}/stornieren`, {}, { csrfFrom: '/' });
      assert.equal(cancel.statusCode, 403);
      assert.equal(await statusOf(refs.Anna!), 'confirmed');
    });

    it('answers 404 for a date of another event, an unknown date and a registration of another date', async () => {
      const wrongPair = `/verwaltung/veranstaltungen/${event.id}/termine/${other.dates.kiel}`;
      for (const suffix of ['/anmeldungen', '/anmeldungen.csv', '/anmeldungen.xlsx', '/teilnehmerliste', '/nachrichten', '/einlass']) {
        assert.equal((await editor.get(`${wrongPair}${suffix}`)).statusCode, 404, suffix);
        assert.equal((await editor.get(`/verwaltung/veranstaltungen/${event.id}/termine/kein-termin${suffix}`)).statusCode, 404, suffix);
      }
      assert.equal((await editor.get('/verwaltung/veranstaltungen/keine-veranstaltung/anmeldungen.csv')).statusCode, 404);
      await editor.get(`${base('heide')}/anmeldungen`);
      const foreign = await editor.postForm(`${base('heide')}/anmeldungen/${ids.Anna}/stornieren`, {});
      assert.equal(foreign.statusCode, 404);
      assert.equal(await statusOf(refs.Anna!), 'confirmed');
      assert.equal((await editor.postForm(`${base('heide')}/anmeldungen/keine-id/stornieren`, {})).statusCode, 404);
    });
  });

  describe('the registrations page', () => {
    it('shows the counts, the chart with its table, the waiting list in order and the retention date', async () => {
      const res = await editor.get(`${base()}/anmeldungen`);
      assert.equal(res.statusCode, 200);
      const html = res.body;
      assert.match(html, /<p class="kern-heading-large">3<\/p><p class="kern-body">Bestätigt von 3 Plätzen<\/p>/);
      assert.match(html, /<p class="kern-heading-large">2<\/p><p class="kern-body">Warteliste<\/p>/);
      assert.match(html, /<svg[^>]*role="img" aria-labelledby="chart-title chart-desc"/);
      assert.match(html, /<desc id="chart-desc">5 Anmeldungen zwischen /);
      assert.match(html, /<caption id="chart-table" class="kern-title">Anmeldungen je Tag<\/caption>/);
      const waiting = html.slice(html.indexOf('id="f-warteliste"'));
      assert.ok(waiting.indexOf('Dieter Schulz') < waiting.indexOf('Emil Becker'), 'waiting list in order');
      assert.doesNotMatch(waiting.slice(0, waiting.indexOf('</table>')), /Anna Zander/);
      assert.match(html, /werden am \d+\. [^ ]+ \d{4} automatisch gelöscht \(90 Tage nach dem Termin\)/);
      assert.doesNotMatch(html, /Frieda/, 'only this date');
    });

    it('finds people by name, e-mail address and reference (also typed without dashes)', async () => {
      const search = async (q: string) => (await editor.get(`${base()}/anmeldungen?suche=${encodeURIComponent(q)}`)).body;
      const tableOf = (html: string) => html.slice(html.indexOf('id="registrations-table"'), html.indexOf('id="f-warteliste"'));
      assert.match(tableOf(await search('carla meier')), /Carla Meier/);
      assert.doesNotMatch(tableOf(await search('carla meier')), /Anna Zander/);
      assert.match(tableOf(await search('bernd@example')), /Bernd Albers/);
      assert.match(tableOf(await search(refs.Emil!.toLowerCase().replace(/-/g, ''))), /Emil Becker/);
      assert.match(await search('niemand-hier'), /Keine Anmeldung passt zu Ihrer Suche/);
      assert.match(await search('100%_'), /Keine Anmeldung passt zu Ihrer Suche/);
    });
  });

  describe('registering someone by hand', () => {
    const fields = (overrides: FormFields = {}): FormFields => ({
      salutation: '',
      firstName: 'Gustav',
      lastName: 'Telefon',
      email: 'gustav@example.org',
      organisation: 'Amt Telefonhausen',
      role: 'politik',
      accessibilityNeeds: '',
      worldCafeQuestionId: event.worldCafe[0]!,
      [`q-${event.questions.text}`]: 'Per Telefon angemeldet',
      [`q-${event.questions.choice}`]: 'Auto',
      [`q-${event.questions.yesno}`]: 'no',
      consent: '1',
      ...overrides,
    });

    it('shows every problem with the values kept and stores nothing', async () => {
      await editor.get(`${base('heide')}/anmeldungen`);
      const res = await editor.postForm(`${base('heide')}/anmeldungen/manuell`, fields({ email: 'kein-at', consent: '', lastName: '' }));
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /Es gibt ein Problem/);
      assert.match(res.body, /href="#f-email"/);
      assert.match(res.body, /href="#f-consent"/);
      assert.match(res.body, /value="Gustav"/);
      assert.equal((await rows<{ n: number }>(sql`select count(*)::int as n from event_registrations where first_name = 'Gustav'`))[0]!.n, 0);
    });

    it('registers the person with the receipt e-mail, and refuses the same address a second time', async () => {
      await editor.get(`${base('heide')}/anmeldungen`);
      const res = await editor.postForm(`${base('heide')}/anmeldungen/manuell`, fields());
      assert.equal(res.statusCode, 303);
      assert.equal(res.location, `${base('heide')}/anmeldungen`, 'no notice or reference in the address');
      const page = await editor.followRedirect(res);
      assert.match(page.body, /Die Person ist angemeldet\. Anmeldenummer: DK-/);
      assert.doesNotMatch((await editor.get(res.location!)).body, /Die Person ist angemeldet/, 'a reload does not confirm again');
      const [row] = await rows<{ status: string; created_by: string }>(
        sql`select status, created_by from event_registrations where email = 'gustav@example.org'`,
      );
      assert.deepEqual(row, { status: 'confirmed', created_by: editorUser.id });
      await rt.runJobs();
      assert.ok(rt.mails.some((m) => m.to === 'gustav@example.org'));
      const again = await editor.postForm(`${base('heide')}/anmeldungen/manuell`, fields({ firstName: 'Gustava' }));
      assert.equal(again.statusCode, 409);
      assert.match(again.body, /Für diese E-Mail-Adresse gibt es schon eine Anmeldung zu diesem Termin/);
      assert.match(again.body, /value="Gustava"/);
    });

    it('puts the person on the waiting list when the date is full', async () => {
      await editor.get(`${base()}/anmeldungen`);
      const res = await editor.postForm(`${base()}/anmeldungen/manuell`, fields({ email: 'spaet@example.org', firstName: 'Hanna', lastName: 'Spät' }));
      assert.equal(res.statusCode, 303);
      assert.match((await editor.followRedirect(res)).body, /Der Termin ist ausgebucht; die Person steht auf der Warteliste/);
      assert.equal((await rows<{ status: string }>(sql`select status from event_registrations where email = 'spaet@example.org'`))[0]!.status, 'waiting');
    });
  });

  describe('exports', () => {
    it('writes a CSV for Excel with every answer as a column and neutralised formulas', async () => {
      const res = await editor.get(`${base()}/anmeldungen.csv`);
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'text/csv; charset=utf-8');
      assert.match(String(res.headers['content-disposition']), /^attachment; filename="anmeldungen-operationen-\d{4}-\d{2}-\d{2}\.csv"$/);
      assert.ok(
        res.body.startsWith('\ufeffTermin;Anmeldenummer;Status;Platz auf der Warteliste;Anrede;Vorname;Nachname;E-Mail-Adresse;Organisation;Funktion;'),
      );
      const lines = res.body.slice(1).trimEnd().split('\r\n');
      const header = lines[0]!.split(';');
      for (const label of [
        'Was erwarten Sie?',
        'Wie reisen Sie an?',
        'Welche Themen interessieren Sie?',
        'Nehmen Sie am Abendessen teil?',
        'World-Café-Frage',
      ]) {
        assert.ok(header.includes(label), label);
      }
      const bernd = lines.find((l) => l.includes(refs.Bernd!))!;
      assert.match(
        bernd,
        /;Frau;Bernd;Albers;bernd@example.org;"'=HYPERLINK\(""https:\/\/evil.example""\)";Kommune\/Verwaltung;Austausch mit anderen Kommunen;Bahn;;Ja;Rollstuhlplatz;Wie gelingt die digitale Verwaltung\?;/,
      );
      const dieter = lines.find((l) => l.includes(refs.Dieter!))!.split(';');
      assert.deepEqual(dieter.slice(2, 4), ['Warteliste', '1']);
      assert.equal(lines.filter((l) => /DK-/.test(l)).length, 6, 'five registrations and the one added by hand');
      const [audit] = await rows<{ n: number }>(sql`select count(*)::int as n from audit_log where action = 'event.registrations.export'`);
      assert.ok(audit!.n >= 1);
    });

    it('exports every date of the event as CSV and XLSX', async () => {
      const csv = await editor.get(`/verwaltung/veranstaltungen/${event.id}/anmeldungen.csv`);
      assert.equal(csv.statusCode, 200);
      assert.match(csv.body, /Frieda;Heider/);
      assert.match(csv.body, /Anna;Zander/);
      const xlsx = await rt.app.inject({ method: 'GET', url: `/verwaltung/veranstaltungen/${event.id}/anmeldungen.xlsx`, headers: { cookie: editorCookie() } });
      assert.equal(xlsx.statusCode, 200);
      assert.equal(xlsx.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const sheet = unzip(xlsx.rawPayload).get('xl/worksheets/sheet1.xml')!.toString('utf8');
      assert.match(sheet, /<t xml:space="preserve">Frieda<\/t>/);
      assert.match(sheet, /<t xml:space="preserve">Nehmen Sie am Abendessen teil\?<\/t>/);
    });

    function editorCookie(): string {
      return `dk_session=${editor.cookie('dk_session')}`;
    }

    it('prints a sign-in list of the confirmed participants by name, with its own print stylesheet', async () => {
      const res = await editor.get(`${base()}/teilnehmerliste`);
      assert.equal(res.statusCode, 200);
      const stylesheet = res.body.match(/<link rel="stylesheet" href="(\/static\/build\/print-list-[0-9a-f]+\.css)"/)?.[1];
      assert.ok(stylesheet, 'the page loads the print stylesheet');
      const table = res.body.slice(res.body.indexOf('<table class="dk-sign-in">'));
      assert.match(table, /<th scope="col">Unterschrift|<th scope="col" class="dk-sign-in__signature">Unterschrift/);
      const order = ['Albers, Bernd', 'Meier, Carla', 'Zander, Anna'].map((n) => table.indexOf(n));
      assert.ok(
        order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1]!)),
        'sorted by last name',
      );
      assert.doesNotMatch(table, /Schulz/, 'nobody from the waiting list');
      const css = await editor.get(stylesheet);
      assert.equal(css.statusCode, 200);
      assert.match(css.body, /@page/);
      assert.doesNotMatch((await editor.get(`${base()}/anmeldungen`)).body, /print-list\.css/);
    });
  });

  describe('cancelling and promoting for someone', () => {
    it('cancels a confirmed registration, audits it and offers the seat to the first person waiting', async () => {
      await editor.get(`${base()}/anmeldungen`);
      const res = await editor.postForm(`${base()}/anmeldungen/${ids.Carla}/stornieren`, {});
      assert.equal(res.statusCode, 303);
      assert.match((await editor.followRedirect(res)).body, new RegExp(`Die Anmeldung ${refs.Carla} ist storniert`));
      assert.equal(await statusOf(refs.Carla!), 'cancelled');
      assert.equal(await statusOf(refs.Dieter!), 'offered');
      const [audit] = await rows<{ actor_id: string }>(
        sql`select actor_id from audit_log where action = 'event.registration.cancel' and subject_id = ${ids.Carla}`,
      );
      assert.equal(audit?.actor_id, editorUser.id);
      const again = await editor.postForm(`${base()}/anmeldungen/${ids.Carla}/stornieren`, {});
      assert.equal(again.statusCode, 409);
      assert.match(again.body, /Diese Anmeldung ist schon storniert/);
    });

    it('promotes from the waiting list only while a seat is free', async () => {
      await editor.get(`${base()}/anmeldungen`);
      const full = await editor.postForm(`${base()}/anmeldungen/${ids.Emil}/nachruecken`, {});
      assert.equal(full.statusCode, 409);
      assert.match(full.body, /Es ist kein Platz frei/);
      assert.equal(await statusOf(refs.Emil!), 'waiting');
      const held = await editor.postForm(`${base()}/anmeldungen/${ids.Dieter}/nachruecken`, {});
      assert.equal(held.statusCode, 303, 'a held offer becomes a seat');
      assert.equal(await statusOf(refs.Dieter!), 'confirmed');
      await cancelRegistration(rt.deps, { registrationId: ids.Anna!, actor: editorUser });
      // Anna's seat went to Emil as an offer; the editor confirms it at once.
      await editor.get(`${base()}/anmeldungen`);
      assert.equal((await editor.postForm(`${base()}/anmeldungen/${ids.Emil}/nachruecken`, {})).statusCode, 303);
      assert.equal(await statusOf(refs.Emil!), 'confirmed');
      const [audit] = await rows<{ n: number }>(sql`select count(*)::int as n from audit_log where action = 'event.registration.promote'`);
      assert.equal(audit!.n, 2);
    });
  });

  describe('messages to everyone with a seat', () => {
    it('refuses an empty message with the problems shown', async () => {
      await editor.get(`${base()}/nachrichten`);
      const res = await editor.postForm(`${base()}/nachrichten`, { subject: '', body: '  ' });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /Geben Sie einen Betreff ein/);
      assert.match(res.body, /Geben Sie die Nachricht ein/);
    });

    it('queues one e-mail per confirmed or offered person in one go, once however often it is sent', async () => {
      const recipients = await rows<{ email: string }>(
        sql`select email from event_registrations where date_id = ${event.dates.luebeck} and status in ('confirmed', 'offered') order by email`,
      );
      const page = await editor.get(`${base()}/nachrichten`);
      assert.match(page.body, new RegExp(`Die Nachricht geht per E-Mail an ${recipients.length} Personen`));
      const fields = { subject: 'Raumänderung', body: 'Wir treffen uns im Ratssaal.\n\nBitte den Seiteneingang nutzen.' };
      const first = await editor.postForm(`${base()}/nachrichten`, fields);
      assert.equal(first.statusCode, 303);
      const second = await editor.postForm(`${base()}/nachrichten`, fields);
      assert.equal(second.location, first.location, 'the repeated submit gets the first answer');
      const sentPage = await editor.followRedirect(first);
      assert.match(sentPage.body, new RegExp(`Die Nachricht wird an ${recipients.length} Personen verschickt`));
      assert.match(
        sentPage.body,
        /<td class="kern-table__cell">Raumänderung<\/td><td class="kern-table__cell kern-table__cell--numeric">\d+<\/td><td class="kern-table__cell">Rita Redaktion<\/td>/,
      );
      const before = rt.mails.length;
      await rt.runJobs();
      const sent = rt.mails.slice(before).filter((m) => m.subject === 'Raumänderung');
      assert.deepEqual(
        sent.map((m) => m.to).sort(),
        recipients.map((r) => r.email),
      );
      assert.match(sent[0]!.text, /Guten Tag .+,\n\ndiese Nachricht betrifft Ihre Anmeldung zu „Auftakt operationen“/);
      assert.match(sent[0]!.text, /Wir treffen uns im Ratssaal\.\n\nBitte den Seiteneingang nutzen\./);
      const [message] = await rows<{ n: number; recipient_count: number }>(
        sql`select count(*) over ()::int as n, recipient_count from event_messages where date_id = ${event.dates.luebeck}`,
      );
      assert.deepEqual(message, { n: 1, recipient_count: recipients.length });
    });
  });
});
