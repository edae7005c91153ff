import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { count, eq, isNotNull } from 'drizzle-orm';
import { TestClient } from '../../../platform/testing/client.ts';
import { createTestRuntime, eachBackend, type TestRuntime } from '../../../testing/harness.ts';
import { events, worldCafeQuestions } from '../core/tables.ts';
import { DEMO_EVENTS, seedEvents } from '../seed.ts';

/*
 * The demo is the invitation of seed 000 (../shared/seeds/), moved from 2019 to 2027 on the same
 * weekdays, and its archive holds the 2019 original and the 2020 events of seed 001. The facts
 * below are copied from the seeds, not from seed.ts, so that a slip in the demo shows here.
 */

const WORLD_CAFE = [
  'Welche positiven Erfahrungen haben wir in der Vergangenheit mit Bürgerbeteiligungsprozessen gemacht, die wir für die Erarbeitung einer digitalen Strategie nutzen können?',
  'In welchen Fragen/Themen benötigen wir als Kommunen Unterstützung, wenn es um die Erarbeitung einer digitalen Strategie geht?',
  'Was erwarten wir von/Welche Ideen haben wir für die Plattform www.schleswig-holstein.de/digitalekommune, damit diese uns optimal beim Aufbau der digitalen Strategie unterstützt?',
  'Welche kommunalen Anwendungsfälle können wir uns für neue Technologien (wie KI, Autonomes Fahren und Big Data) vorstellen?',
  'Wer sind die relevanten Akteure in der Kommune, wenn es um die digitale Strategie geht und wie können wir diese mit einbeziehen?',
];

/** What a reader sees of some HTML: tags gone, entities decoded, white space collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The HTML of the part of a page under the h2 with this id, up to the next h2. */
function sectionHtml(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  assert.ok(start >= 0, `the page has a part #${id}`);
  const end = html.indexOf('<h2', start);
  return html.slice(start, end < 0 ? undefined : end);
}

const section = (html: string, id: string) => textOf(sectionHtml(html, id));

/** The text of the date card whose heading names this day and town. */
function dateCard(html: string, heading: string): string {
  const cards = sectionHtml(html, 'termine')
    .split('<article class="kern-card dk-date-card"')
    .slice(1)
    .map((c) => textOf(c.slice(c.indexOf('>') + 1)));
  const card = cards.find((c) => c.startsWith(heading));
  assert.ok(card, `a date card "${heading}" among:\n${cards.join('\n')}`);
  return card;
}

function includesAll(text: string, parts: string[]): void {
  for (const part of parts) assert.ok(text.includes(part), `"${part}" in:\n${text}`);
}

eachBackend('the seed documents as demo content', (backend) => {
  let rt: TestRuntime;
  let client: TestClient;
  let kickOff: string;
  before(async () => {
    rt = await createTestRuntime(backend);
    await seedEvents(rt.deps);
    client = new TestClient(rt.app);
    const page = await client.get(`/veranstaltungen/${DEMO_EVENTS.kickOff.slug}`);
    assert.equal(page.statusCode, 200);
    kickOff = page.body;
  });
  after(async () => rt.close());

  it('shows the organiser, what is planned and who is invited', () => {
    assert.ok(textOf(kickOff).includes('Veranstalter: Ministerium für Inneres, ländliche Räume und Integration'));
    includesAll(section(kickOff, 'geplant'), ['Aktionsplan Digitale Modellkommunen', 'Daseinsvorsorge', 'Innenminister Hans-Joachim Grote']);
    assert.match(section(kickOff, 'eingeladen'), /Vertreterinnen und Vertreter der schleswig-holsteinischen Kommunalpolitik und -verwaltung/);
  });

  it('holds the three dates on the weekdays of 2019 at the real places, doors at 16:30, start at 17:00', () => {
    const places = [
      ['Montag, 27. September 2027 – Süderbrarup', 'Nordlicht Schule Kappelner Straße 27b 24392 Süderbrarup'],
      ['Montag, 1. November 2027 – Lübeck', 'Rathaus Breite Straße 62 23539 Lübeck'],
      ['Donnerstag, 4. November 2027 – Heide', 'Bürgerhaus der Stadt Heide Neue Anlage 5 25746 Heide'],
    ] as const;
    for (const [heading, address] of places) {
      includesAll(dateCard(kickOff, heading), ['Zeit 17:00–20:30 Uhr', 'Einlass 16:30 Uhr', `Ort ${address}`]);
    }
    assert.match(dateCard(kickOff, places[0][0]), /Innenminister Hans-Joachim Grote/);
    // "Anmeldeschluss Heide und Lübeck: 29.10.19", moved with the dates
    for (const [heading] of places.slice(1)) assert.match(dateCard(kickOff, heading), /Anmeldeschluss 26\. Oktober 2027/);
    includesAll(section(kickOff, 'hinweise'), [
      'Die Teilnehmerzahl ist begrenzt',
      'Anmeldeschluss für Lübeck und Heide ist der 26. Oktober 2027',
      'Einlass ist jeweils ab 16:30 Uhr',
    ]);
  });

  it('lists the programme from 17:00 to 20:30 with the speakers of each place', () => {
    const programme = section(kickOff, 'programm');
    const times = ['17:00', '17:10', '17:40', '18:00', '18:50', '19:30', '20:30'];
    assert.deepEqual(
      [...programme.matchAll(/(\d\d:\d\d) Uhr/g)].map((m) => m[1]),
      times,
    );
    includesAll(programme, [
      'Begrüßung und Grußworte',
      'in Lübeck: Bürgermeister Jan Lindenau',
      'Abteilung Landesplanung und ländliche Räume im MILI',
      'Chancen der Digitalisierung der Daseinsvorsorge',
      'Vorstellung des Aktionsplans Digitale Modellkommunen',
      'Impulsvortrag',
      'in Lübeck: Dr. Stefan Ivens, Chief Digital Officer der Hansestadt Lübeck',
      'in Heide: Dirk Burmeister, Vorstand, Entwicklungsagentur Region Heide AöR',
      'World Café',
      'Ergebnisse aus dem World Café',
      'Abschlussworte, Ausklang mit Imbiss',
      'Ende der Veranstaltung',
    ]);
  });

  it('asks the five World Café questions word for word', () => {
    const questions = [...sectionHtml(kickOff, 'world-cafe').matchAll(/<li>([^<]*)<\/li>/g)].map((m) => textOf(m[1]!));
    assert.deepEqual(questions, WORLD_CAFE);
  });

  it('has the notice on photos, the consent under the DSGVO, the procedure and the contact', () => {
    assert.match(section(kickOff, 'medien'), /Foto- und Videoaufnahmen.*Presse/);
    includesAll(section(kickOff, 'einwilligung'), ['Art. 6 Abs. 1 lit. a DSGVO', 'widerrufen', 'Teilnehmerliste', 'spätestens 90 Tage nach dem Termin']);
    assert.doesNotMatch(section(kickOff, 'einwilligung'), /BDSG/);
    includesAll(section(kickOff, 'ablauf'), ['Zwischenseite', 'erst mit dieser Bestätigung speichern wir', 'Anmeldebestätigung per E-Mail']);
    includesAll(section(kickOff, 'kontakt'), [
      'Ministerium für Inneres, ländliche Räume und Integration',
      'Düsternbrooker Weg 92 24105 Kiel',
      'Telefon: 0431 988-5050',
    ]);
  });

  it('keeps the 2019 series, the online events of 2020 and "Clever Dörp" in the archive, the latest first', async () => {
    const archiveHtml = (await client.get('/veranstaltungen/archiv')).body;
    const archive = textOf(archiveHtml);
    const titles = [
      'Netzwerk Digitale Kommune SH: Neue digitale Lösungen',
      'Netzwerk Digitale Kommune SH: Digitalisierung der Daseinsvorsorge',
      '„Clever Dörp“: Prämierung der Digitalen Modellkommunen bei der Digitalen Woche Kiel',
      'Vorstellung des Aktionsplans Digitale Modellkommunen 2019',
    ];
    const positions = titles.map((t) => archive.indexOf(t));
    assert.ok(positions.every((p) => p >= 0) && positions.every((p, i) => i === 0 || p > positions[i - 1]!), `${positions.join(', ')} in:\n${archive}`);
    assert.ok(!archiveHtml.includes(`/veranstaltungen/${DEMO_EVENTS.kickOff.slug}"`), 'the kick-off to come is not in the archive');

    const services = textOf((await client.get(`/veranstaltungen/${DEMO_EVENTS.networkServices.slug}`)).body);
    includesAll(services, ['Dienstag, 20. Oktober 2020 – Online', 'zweistündigen Online-Veranstaltung', 'Digital-Start']);
    const solutions = textOf((await client.get(`/veranstaltungen/${DEMO_EVENTS.networkSolutions.slug}`)).body);
    includesAll(solutions, ['Donnerstag, 12. November 2020 – Online', 'neuen digitalen Lösungen']);
    const award = textOf((await client.get(`/veranstaltungen/${DEMO_EVENTS.cleverDoerp.slug}`)).body);
    includesAll(award, [
      'Kiel',
      'Live-Stream',
      'Innenministerin Dr. Sabine Sütterlin-Waack',
      'Max Thinius',
      'Die Zukunft denkt anders',
      'Peter Schottes',
      'Kirchbarkau',
    ]);
  });

  it('shows the published World Café results on the page of the 2019 series', async () => {
    const html = (await client.get(`/veranstaltungen/${DEMO_EVENTS.past.slug}`)).body;
    for (const heading of ['Montag, 30. September 2019 – Süderbrarup', 'Montag, 4. November 2019 – Lübeck', 'Donnerstag, 7. November 2019 – Heide']) {
      const card = dateCard(html, heading);
      includesAll(card, ['Anmeldung geschlossen', 'hat bereits stattgefunden']);
      assert.ok(!card.includes('Plätzen frei') && !card.includes('Anmeldeschluss'), `no seats or deadline on a date that is over: ${card}`);
    }
    assert.ok(!textOf(html).includes('Zu den Terminen und zur Anmeldung'), 'no promise of a registration on a past event');
    const results = textOf(html.slice(html.indexOf('id="world-cafe-heading"')));
    for (const question of WORLD_CAFE) assert.ok(results.includes(question), question);
    assert.equal(results.match(/Das Ergebnis zu dieser Frage wird nach der Veranstaltung veröffentlicht/g), null, 'every question has its result');
    includesAll(results, ['Dorfwerkstätten', 'Beratung vor Ort', 'Autonomes Fahren', 'Steuerungsgruppe']);
  });

  it('seeds once: a second run adds nothing and changes no result', async () => {
    const snapshot = async () => ({
      events: (await rt.deps.db.select({ n: count() }).from(events))[0]!.n,
      results: await rt.deps.db
        .select({ id: worldCafeQuestions.id, result: worldCafeQuestions.result, at: worldCafeQuestions.resultPublishedAt })
        .from(worldCafeQuestions)
        .where(eq(worldCafeQuestions.eventId, DEMO_EVENTS.past.id)),
    });
    const before = await snapshot();
    assert.equal(before.results.length, 5);
    await seedEvents(rt.deps);
    assert.deepEqual(await snapshot(), before);
    const published = await rt.deps.db.select({ n: count() }).from(worldCafeQuestions).where(isNotNull(worldCafeQuestions.resultPublishedAt));
    assert.equal(published[0]!.n, 5, 'only the 2019 results are published');
  });
});
