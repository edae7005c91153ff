import type { Database } from '../../src/platform/db/client.ts';
import { eventDates, events, programmeItems } from '../../src/features/events/tables.ts';

/**
 * Bench data written straight into the events tables: what an editor would have published
 * through the editor pages, without spending the benchmark's time on clicking through them.
 */
const DAY = 24 * 3600 * 1000;
const TOWNS = ['Kiel', 'Lübeck', 'Flensburg', 'Neumünster', 'Husum', 'Heide', 'Rendsburg', 'Eckernförde', 'Schleswig', 'Itzehoe', 'Plön', 'Eutin'];
const TOPICS = [
  'Auftaktveranstaltung Digitale Modellkommunen',
  'Werkstatt: Digitale Bürgerdienste nach dem OZG',
  'Offene Daten in der Gemeinde',
  'Smarte Mobilität im ländlichen Raum',
  'Digitale Beteiligung: Werkzeuge und Erfahrungen',
  'Breitband und Funknetze planen',
  'KI in der Verwaltung – was heute schon geht',
  'Digitale Schule in kleinen Gemeinden',
  'Informationssicherheit für Ämter',
  'Tourismus digital vermarkten',
  'Telemedizin und Pflege im Dorf',
  'Energiewende kommunal steuern',
];

const CONSENT =
  'Ich bin einverstanden, dass meine Angaben zur Organisation dieser Veranstaltung gespeichert und 90 Tage nach dem Termin gelöscht werden.';

function description(topic: string): string {
  return [
    `Die Veranstaltung „${topic}“ richtet sich an Beschäftigte in Gemeinden, Ämtern und Kreisen sowie an Kommunalpolitikerinnen und -politiker.`,
    '## Was erwartet Sie',
    'Kurze Impulse aus Modellkommunen, die ihre Lösungen bereits im Alltag nutzen, anschließend Gespräche an Thementischen. Wir zeigen, was sich übernehmen lässt, was es kostet und wer dabei hilft.',
    '## Ablauf',
    'Nach der Begrüßung stellen drei Kommunen ihre Projekte vor. Danach arbeiten Sie in kleinen Gruppen an Ihren eigenen Fragen. Zum Abschluss fassen wir die Ergebnisse zusammen und verabreden nächste Schritte.',
  ].join('\n\n');
}

async function insertEvent(db: Database, slug: string, topic: string, fields: string[]): Promise<string> {
  const [row] = await db
    .insert(events)
    .values({
      slug,
      status: 'published',
      title: topic,
      summary: `${topic}: Erfahrungen aus den Modellkommunen, Austausch und nächste Schritte für Ihre Gemeinde.`,
      organiser: 'Ministerium für Digitalisierung, Referat Digitale Kommune',
      description: description(topic),
      audience: 'Beschäftigte der Kommunalverwaltung, Bürgermeisterinnen und Bürgermeister, Gemeindevertretungen',
      procedure: 'Die Anmeldung ist bis zum Anmeldeschluss möglich. Sie erhalten eine Bestätigung per E-Mail.',
      contact: 'veranstaltungen@digitale-kommune.example',
      consentText: CONSENT,
      fieldsOfAction: fields,
      publishedAt: new Date(),
    })
    .returning({ id: events.id });
  return row!.id;
}

async function insertDate(db: Database, eventId: string, town: string, inDays: number, seats: number): Promise<string> {
  const startsAt = new Date(Date.now() + inDays * DAY);
  startsAt.setUTCHours(8, 0, 0, 0);
  const [row] = await db
    .insert(eventDates)
    .values({
      eventId,
      online: false,
      placeName: `Bürgerhaus ${town}`,
      street: 'Rathausmarkt 1',
      postcode: '24103',
      town,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 6 * 3600 * 1000),
      registrationDeadline: new Date(startsAt.getTime() - 2 * DAY),
      seats,
    })
    .returning({ id: eventDates.id });
  return row!.id;
}

export interface Catalogue {
  /** an event with several dates and a programme: the event page of the pages scenario */
  eventSlug: string;
}

/** Twelve published events with one to three dates each and a programme of six items. */
export async function seedCatalogue(db: Database, runId: string): Promise<Catalogue> {
  const fields = ['verwaltung', 'bildung', 'mobilitaet', 'beteiligung', 'infrastruktur-daten', 'daseinsvorsorge'];
  let eventSlug = '';
  for (const [i, topic] of TOPICS.entries()) {
    const slug = `${topic.toLowerCase().replace(/[äöüß]/g, (c) => ({ ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' })[c]!).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}-${runId}`;
    if (i === 0) eventSlug = slug;
    const eventId = await insertEvent(db, slug, topic, [fields[i % fields.length]!, fields[(i + 2) % fields.length]!]);
    for (let d = 0; d < 1 + (i % 3); d++) await insertDate(db, eventId, TOWNS[(i + d * 5) % TOWNS.length]!, 14 + i * 3 + d * 7, 60 + 20 * d);
    const items = [
      ['09:30', 'Ankommen und Kaffee', ''],
      ['10:00', 'Begrüßung', 'Staatssekretärin für Digitalisierung'],
      ['10:20', 'Impulse aus drei Modellkommunen', 'Bürgermeister der Modellkommunen'],
      ['11:30', 'Thementische', 'Moderation: Team Digitale Kommune'],
      ['13:00', 'Mittagspause', ''],
      ['14:00', 'Ergebnisse und nächste Schritte', 'Referat Digitale Kommune'],
    ] as const;
    await db.insert(programmeItems).values(items.map(([time, title, speaker], position) => ({ eventId, position, time, title, speaker })));
  }
  return { eventSlug };
}

export interface RushDate {
  eventSlug: string;
  dateId: string;
  seats: number;
}

/** One published event with one date of `seats` seats and a registration deadline weeks ahead. */
export async function seedRushDate(db: Database, slug: string, seats: number): Promise<RushDate> {
  const eventId = await insertEvent(db, slug, 'Auftakt Wettbewerb Digitale Modellkommunen 2026', ['verwaltung']);
  const dateId = await insertDate(db, eventId, 'Kiel', 30, seats);
  return { eventSlug: slug, dateId, seats };
}
