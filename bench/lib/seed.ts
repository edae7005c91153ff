import type { Database } from '../../src/platform/db/client.ts';
import { eventDates, events, programmeItems } from '../../src/features/events/core/tables.ts';
import { DEMO_GUIDES } from '../../src/features/knowledge/seed-guides.ts';
import { knowledgeItems } from '../../src/features/knowledge/tables.ts';
import { searchDocuments } from '../../src/platform/search/tables.ts';
import { addWordsOfAllDocuments } from '../../src/platform/search/index.ts';

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

const CONSENT = 'Ich bin einverstanden, dass meine Angaben zur Organisation dieser Veranstaltung gespeichert und 90 Tage nach dem Termin gelöscht werden.';

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
    const slug = `${topic
      .toLowerCase()
      .replace(/[äöüß]/g, (c) => ({ ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' })[c]!)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}-${runId}`;
    if (i === 0) eventSlug = slug;
    const eventId = await insertEvent(db, slug, topic, [fields[i % fields.length]!, fields[(i + 2) % fields.length]!]);
    for (let d = 0; d < 1 + (i % 3); d++) await insertDate(db, eventId, TOWNS[(i + d * 5) % TOWNS.length]!, 14 + i * 3 + d * 7, 60 + 20 * d);
    // minutes after the date's start
    const items = [
      [0, 'Ankommen und Kaffee', ''],
      [30, 'Begrüßung', 'Staatssekretärin für Digitalisierung'],
      [50, 'Impulse aus drei Modellkommunen', 'Bürgermeister der Modellkommunen'],
      [120, 'Thementische', 'Moderation: Team Digitale Kommune'],
      [210, 'Mittagspause', ''],
      [270, 'Ergebnisse und nächste Schritte', 'Referat Digitale Kommune'],
    ] as const;
    await db.insert(programmeItems).values(items.map(([offsetMinutes, title, speaker], position) => ({ eventId, position, offsetMinutes, title, speaker })));
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

/** One published guide of the knowledge area (the first demo guide), for the pages scenario. */
export async function seedGuide(db: Database, runId: string): Promise<string> {
  const guide = DEMO_GUIDES.find((g) => g.type === 'guide' && !g.videoUrl);
  if (!guide) throw new Error('no demo guide to copy');
  const slug = `${guide.slug}-${runId}`;
  const { id: _fixedId, videoUrl: _video, status: _status, ...values } = guide;
  await db.insert(knowledgeItems).values({ ...values, slug, status: 'published', publishedAt: new Date() });
  return `/wissen/${slug}`;
}

// A small vocabulary of the programme's topics; items combine it into titles and texts.
const NOUNS = [
  'Gemeinde',
  'Verwaltung',
  'Digitalisierung',
  'Breitband',
  'Glasfaser',
  'Bürgerdienst',
  'Förderprogramm',
  'Mobilität',
  'Beteiligung',
  'Datenschutz',
  'Schule',
  'Rathaus',
  'Antrag',
  'Strategie',
  'Plattform',
  'Wärmeplanung',
  'Ehrenamt',
  'Straßenbeleuchtung',
  'Daten',
  'Kita',
  'Pflege',
  'Tourismus',
  'Energie',
  'Informationssicherheit',
];
const ADJECTIVES = ['digitale', 'kommunale', 'offene', 'smarte', 'ländliche', 'gemeinsame', 'sichere', 'neue'];
const VERBS = ['planen', 'einführen', 'finanzieren', 'übernehmen', 'beschaffen', 'betreiben', 'vernetzen', 'messen'];

/** a deterministic pseudo-random sequence, so that every run searches the same texts */
function prng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

// Sentences about municipal work that name no topic: most of a real text is like this.
const GENERIC = [
  'Der Gemeinderat hat das Vorhaben im Frühjahr beschlossen und einen Zeitplan festgelegt.',
  'Die Kosten tragen Land und Kommune gemeinsam, der Eigenanteil liegt bei zehn Prozent.',
  'Wichtig war, die Beschäftigten früh einzubinden und Schulungen anzubieten.',
  'Nach einem halben Jahr zieht das Amt eine erste Bilanz und passt das Vorgehen an.',
  'Andere Kommunen können die Unterlagen übernehmen; die Vorlagen stehen zum Herunterladen bereit.',
  'Die Ausschreibung lief über die Vergabeplattform des Landes.',
  'Ein Lenkungskreis trifft sich monatlich und entscheidet über offene Fragen.',
  'Die Bürgerinnen und Bürger wurden in zwei Veranstaltungen beteiligt.',
  'Für den Betrieb ist ein Dienstleister zuständig, der Vertrag läuft drei Jahre.',
  'Die Erfahrungen fließen in den Leitfaden des Landes ein.',
  'Ansprechpartnerin ist die Leitung des Hauptamts.',
  'Im nächsten Schritt sollen weitere Ortsteile folgen.',
];

/**
 * `count` published German items in the search index (feature "bench"), in batches. Each
 * item has a main topic (title and summary) and a second one mentioned once in its body;
 * the rest of the body is general text, so a topic word occurs in about 8 % of the items.
 */
export async function seedSearchItems(db: Database, count: number, runId: string): Promise<void> {
  const random = prng(4711);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  for (let start = 0; start < count; start += 500) {
    const rows = Array.from({ length: Math.min(500, count - start) }, (_, k) => {
      const i = start + k;
      const topic = NOUNS[i % NOUNS.length]!;
      const second = pick(NOUNS);
      const town = pick(TOWNS);
      const title = `${pick(ADJECTIVES)} ${topic} in ${town}: ${pick(VERBS)}`;
      return {
        feature: 'bench',
        refId: `${runId}-${i}`,
        type: 'guide',
        title: title.charAt(0).toUpperCase() + title.slice(1),
        summary: `Wie ${town} ${pick(ADJECTIVES)} ${topic} ${pick(VERBS)} will und was andere daraus lernen können.`,
        body: [pick(GENERIC), pick(GENERIC), `Dabei spielt auch ${second} eine Rolle.`, pick(GENERIC), pick(GENERIC), pick(GENERIC)].join(' '),
        url: `/wissen/bench-${runId}-${i}`,
        fieldsOfAction: ['verwaltung'],
        published: true,
        publishedAt: new Date(),
      };
    });
    await db.insert(searchDocuments).values(rows);
  }
  // written in bulk rather than through upsertSearchDocument, so the typo word list is filled once here
  await addWordsOfAllDocuments(db);
}
