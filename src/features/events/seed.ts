import { indexEvent } from './editor/search-documents.ts';
import type { AppDeps } from '../../platform/deps.ts';
import type { Executor } from '../../platform/db/client.ts';
import { messagesFor } from '../../platform/i18n/index.ts';
import { berlinToUtc } from '../../platform/time/berlin-time.ts';
import {
  findEventBySlug,
  insertDate,
  insertEvent,
  insertItem,
  insertQuestion,
  insertWorldCafeQuestion,
  replaceVariations,
  type EventValues,
} from './core/event-repository.ts';
import type { QuestionKind } from './core/tables.ts';

/**
 * Demo content: the ministry's kick-off on three dates, two online events, a draft and a
 * past event for the archive. Every record has a fixed id, so that the authorization
 * matrix and tests can name them; all texts, people and venues are invented.
 */
const id = (event: number, suffix: string) => `0e7e000${event}-0000-4000-8000-${suffix.padStart(12, '0')}`;

export const DEMO_EVENTS = {
  kickOff: {
    id: id(1, '1'),
    slug: 'auftakt-digitale-modellkommunen-2027',
    dates: { suederbrarup: id(1, 'd1'), luebeck: id(1, 'd2'), heide: id(1, 'd3') },
    programmeItem: id(1, 'a1'),
    question: id(1, 'f1'),
    worldCafeQuestion: id(1, 'c1'),
  },
  consultation: { id: id(2, '1'), slug: 'online-sprechstunde-foerderaufruf-2028', dates: { first: id(2, 'd1'), second: id(2, 'd2') } },
  workshop: { id: id(3, '1'), slug: 'werkstattgespraech-mobilitaet-laendlicher-raum', dates: { first: id(3, 'd1') } },
  draft: { id: id(4, '1'), slug: 'regionalkonferenz-westkueste-energie-und-daten', dates: { husum: id(4, 'd1') } },
  past: { id: id(5, '1'), slug: 'netzwerktreffen-digitale-daseinsvorsorge-2026', dates: { flensburg: id(5, 'd1') } },
} as const;

interface DemoDate {
  id: string;
  day: string;
  start: string;
  end: string;
  doors?: string;
  /** last day of registration, until 23:59 */
  deadline: string;
  seats: number;
  place?: { name: string; street: string; postcode: string; town: string };
  streamUrl?: string;
  note?: string;
}

interface DemoItem {
  id?: string;
  time: string;
  title: string;
  speaker?: string;
  description?: string;
  /** key of the only date, e.g. 'luebeck' */
  only?: string;
  /** other speakers by date key */
  others?: Record<string, string>;
}

interface DemoEvent {
  values: Omit<EventValues, 'consentText' | 'retentionDays' | 'createdBy'> & { consentText?: string };
  dates: Record<string, DemoDate>;
  programme: DemoItem[];
  questions?: { id?: string; label: string; hint?: string; kind: QuestionKind; options?: string[]; required: boolean }[];
  worldCafe?: { id?: string; question: string; result?: string }[];
}

const MINISTRY = 'Ministerium für Digitalisierung Schleswig-Holstein';
const PROGRAMME_OFFICE = 'Programmbüro Digitale Modellkommunen im Ministerium für Digitalisierung Schleswig-Holstein';
const CONTACT = 'Programmbüro Digitale Modellkommunen\nJana Sörensen\nTelefon: 0431 555 01-20 (Beispielnummer)\nE-Mail: modellkommunen@example.org';
const MEDIA =
  'Während der Veranstaltung fotografiert und filmt das Ministerium. Die Aufnahmen können auf dieser Plattform, auf den Internetseiten des Landes und in sozialen Medien veröffentlicht werden. Wenn Sie nicht fotografiert werden möchten, sagen Sie es bitte am Einlass: Sie erhalten dann ein Namensschild mit rotem Punkt, und wir achten darauf, dass Sie nicht im Bild sind.';
const PROCEDURE =
  '## Anmeldung\n\nWählen Sie einen Termin und klicken Sie auf „Jetzt anmelden“. Nach dem Ausfüllen sehen Sie Ihre Angaben noch einmal und können jede Angabe ändern. Erst wenn Sie bestätigen, wird Ihre Anmeldung gespeichert. Sie erhalten sofort eine Bestätigung per E-Mail mit Ihrer Anmeldenummer und einer Kalenderdatei.\n\n## Warteliste\n\nSind alle Plätze vergeben, kommen Sie auf die Warteliste. Wird ein Platz frei, bieten wir ihn der ersten Person auf der Liste per E-Mail an; das Angebot nehmen Sie mit einem Klick an.\n\n## Absagen\n\nSie können nicht kommen? Sagen Sie bitte über den Link in Ihrer Bestätigung ab, damit jemand von der Warteliste nachrücken kann.\n\n## Am Tag der Veranstaltung\n\nZeigen Sie am Einlass Ihre Anmeldenummer oder den QR-Code aus der Bestätigung – ausgedruckt oder auf dem Smartphone.';

const KICK_OFF: DemoEvent = {
  values: {
    id: DEMO_EVENTS.kickOff.id,
    slug: DEMO_EVENTS.kickOff.slug,
    status: 'published',
    publishedAt: new Date('2026-11-02T09:00:00Z'),
    title: 'Auftaktveranstaltung: Digitale Modellkommunen Schleswig-Holstein',
    summary:
      'Zum Start des Aktionsplans stellen wir das Programm und den Wettbewerb vor und sammeln im World Café Ihre Ideen – an drei Orten im Land: in Süderbrarup, Lübeck und Heide.',
    organiser: MINISTRY,
    description:
      'Mit dem Aktionsplan „Digitale Modellkommunen“ unterstützt das Land Gemeinden, Ämter, Städte und Kreise dabei, digitale Angebote für ihre Bürgerinnen und Bürger zu entwickeln und voneinander zu lernen. Gute Ideen dürfen kopiert und übernommen werden – darum geht es von Anfang an um Austausch.\n\n## Was Sie erwartet\n\nWir stellen die Ziele des Aktionsplans vor, erklären den Wettbewerb und die Förderung (bis zu 100.000 Euro je Modellprojekt) und zeigen an einem Beispiel aus Angeln, wie ein Dorf mit einfachen Mitteln digital näher zusammenrückt.\n\nIm Mittelpunkt steht das World Café: An fünf Thementischen sprechen Sie mit Kolleginnen und Kollegen aus anderen Kommunen darüber, was vor Ort gebraucht wird. Die Ergebnisse veröffentlichen wir nach der letzten Veranstaltung auf dieser Seite.\n\n## Drei Orte, ein Programm\n\nDas Programm ist an allen drei Terminen gleich, damit niemand weit fahren muss. In Lübeck ergänzt die Hansestadt das Programm um einen Einblick in ihre offenen Daten.',
    audience:
      'Bürgermeisterinnen und Bürgermeister, Amtsvorstehende und Mitglieder der Gemeindevertretungen, Mitarbeitende der Verwaltungen in Schleswig-Holstein – und alle, die in ihrer Kommune die Digitalisierung voranbringen wollen: Vereine, Unternehmen, Wissenschaft und Einrichtungen der Daseinsvorsorge.',
    notes:
      'Die Teilnahme ist kostenlos. Für Getränke und einen Imbiss ist gesorgt.\n\nAlle Veranstaltungsorte sind stufenlos erreichbar und haben eine Induktionsschleife. Wenn Sie weitere Unterstützung brauchen, etwa eine Gebärdensprachdolmetschung, geben Sie es bitte bei der Anmeldung an.\n\nBitte reisen Sie nach Möglichkeit mit Bus und Bahn an; die Parkplätze an den Veranstaltungsorten sind knapp.',
    procedure: PROCEDURE,
    mediaNotice: MEDIA,
    contact: CONTACT,
    fieldsOfAction: ['verwaltung', 'beteiligung', 'infrastruktur-daten'],
  },
  dates: {
    suederbrarup: {
      id: DEMO_EVENTS.kickOff.dates.suederbrarup,
      day: '2027-09-30',
      start: '17:00',
      end: '20:00',
      doors: '16:30',
      deadline: '2027-09-23',
      seats: 60,
      place: { name: 'Bürgerhaus Süderbrarup', street: 'Königstraße 5', postcode: '24392', town: 'Süderbrarup' },
      note: 'Vom Bahnhof Süderbrarup sind es fünf Minuten zu Fuß.',
    },
    luebeck: {
      id: DEMO_EVENTS.kickOff.dates.luebeck,
      day: '2027-11-04',
      start: '17:00',
      end: '20:00',
      doors: '16:30',
      deadline: '2027-10-28',
      seats: 60,
      place: { name: 'Kommunales Bildungszentrum Lübeck, Saal Trave', street: 'Mengstraße 32', postcode: '23552', town: 'Lübeck' },
    },
    heide: {
      id: DEMO_EVENTS.kickOff.dates.heide,
      day: '2027-11-07',
      start: '17:00',
      end: '20:00',
      doors: '16:30',
      deadline: '2027-10-31',
      seats: 60,
      place: { name: 'Stadthalle Heide, Kleiner Saal', street: 'Österstraße 14', postcode: '25746', town: 'Heide' },
    },
  },
  programme: [
    {
      id: DEMO_EVENTS.kickOff.programmeItem,
      time: '17:00',
      title: 'Begrüßung',
      speaker: 'Staatssekretärin Dr. Friederike Lindqvist, Ministerium für Digitalisierung',
      others: { luebeck: 'Bürgermeister Jan-Ole Carstensen, Hansestadt Lübeck' },
    },
    {
      time: '17:15',
      title: 'Der Aktionsplan Digitale Modellkommunen',
      speaker: 'Dr. Mareike Hansen, Leiterin des Programmbüros',
      description: 'Ziele, Zeitplan, Wettbewerb und Förderung: Wer sich bewerben kann und wie die Jury entscheidet.',
    },
    {
      time: '17:45',
      title: 'Praxisbeispiel: Mitfahrbank und digitaler Dorfladen',
      speaker: 'Dorfgemeinschaft Angeln digital e. V.',
      description: 'Wie ein Dorf mit wenig Geld und viel Ehrenamt digitale Angebote für Ältere schafft.',
    },
    {
      time: '18:05',
      title: 'Offene Daten in der Hansestadt',
      speaker: 'Digitalisierungsteam der Hansestadt Lübeck',
      description: 'Was die Stadt veröffentlicht, wer die Daten nutzt und was kleinere Kommunen davon übernehmen können.',
      only: 'luebeck',
    },
    {
      time: '18:20',
      title: 'World Café: Ihre Ideen für die digitale Kommune',
      speaker: 'Moderation: Forschungsstelle Digitale Daseinsvorsorge Flensburg',
      description: 'An fünf Thementischen, drei Gesprächsrunden zu je 20 Minuten.',
    },
    { time: '19:30', title: 'Ergebnisse und Ausblick', speaker: 'Dr. Mareike Hansen, Leiterin des Programmbüros' },
    { time: '19:45', title: 'Ausklang mit Imbiss und Gesprächen' },
  ],
  questions: [
    {
      id: DEMO_EVENTS.kickOff.question,
      label: 'Essen Sie beim Imbiss mit?',
      hint: 'Damit wir richtig planen können.',
      kind: 'choice',
      options: ['Ja, ohne Einschränkung', 'Ja, vegetarisch', 'Ja, vegan', 'Nein'],
      required: true,
    },
    {
      label: 'Welche Themen interessieren Sie besonders?',
      kind: 'multi',
      options: ['Online-Dienste der Verwaltung', 'Beteiligung der Bürgerinnen und Bürger', 'Offene Daten', 'Mobilität auf dem Land', 'Fördermöglichkeiten'],
      required: false,
    },
    { label: 'Dürfen wir Sie nach der Veranstaltung für eine kurze Umfrage anschreiben?', kind: 'yesno', required: false },
  ],
  worldCafe: [
    { id: DEMO_EVENTS.kickOff.worldCafeQuestion, question: 'Welche Verwaltungsleistung sollten Menschen in Ihrer Kommune als Erstes online erledigen können?' },
    { question: 'Wie erreichen wir Menschen, die bisher wenig digital unterwegs sind – besonders Ältere im ländlichen Raum?' },
    { question: 'Welche Daten Ihrer Kommune könnten anderen nützen, und was hält Sie davon ab, sie zu teilen?' },
    { question: 'Wo können benachbarte Kommunen digitale Lösungen gemeinsam nutzen, statt jede für sich?' },
    { question: 'Was braucht Ihre Verwaltung, damit digitale Projekte auch nach dem Ende der Förderung weiterlaufen?' },
  ],
};

const CONSULTATION: DemoEvent = {
  values: {
    id: DEMO_EVENTS.consultation.id,
    slug: DEMO_EVENTS.consultation.slug,
    status: 'published',
    publishedAt: new Date('2026-11-16T08:00:00Z'),
    title: 'Online-Sprechstunde: Der Förderaufruf 2028 Schritt für Schritt',
    summary: 'Eine Stunde für Ihre Fragen zum Förderaufruf: Antragsberechtigung, Kosten, Verbundprojekte mehrerer Kommunen und Fristen.',
    organiser: PROGRAMME_OFFICE,
    description:
      'Sie überlegen, sich mit Ihrer Kommune zu bewerben? In der Sprechstunde führen wir durch den Förderaufruf und beantworten Ihre Fragen – auch zu Bewerbungen, die mehrere Kommunen gemeinsam einreichen.\n\nDie Sprechstunde findet zweimal mit gleichem Inhalt statt. Fragen können Sie vorab bei der Anmeldung oder live im Chat stellen.',
    audience: 'Verwaltungen von Gemeinden, Ämtern, Städten und Kreisen, die eine Bewerbung vorbereiten.',
    notes: 'Sie brauchen nur einen aktuellen Browser; eine Software müssen Sie nicht installieren. Die Sprechstunde wird nicht aufgezeichnet.',
    procedure: 'Melden Sie sich für einen der beiden Termine an. Den Link zur Übertragung erhalten Sie eine Stunde vor Beginn per E-Mail und auf Ihrer Anmeldeseite.',
    mediaNotice: '',
    contact: CONTACT,
    fieldsOfAction: ['verwaltung'],
  },
  dates: {
    first: { id: DEMO_EVENTS.consultation.dates.first, day: '2027-02-17', start: '10:00', end: '11:00', deadline: '2027-02-16', seats: 100, streamUrl: 'https://stream.example.org/sprechstunde-foerderaufruf-1' },
    second: { id: DEMO_EVENTS.consultation.dates.second, day: '2027-03-10', start: '10:00', end: '11:00', deadline: '2027-03-09', seats: 100, streamUrl: 'https://stream.example.org/sprechstunde-foerderaufruf-2' },
  },
  programme: [
    { time: '10:00', title: 'Begrüßung und Überblick über den Förderaufruf', speaker: 'Dr. Mareike Hansen, Leiterin des Programmbüros' },
    { time: '10:20', title: 'Ihre Fragen', description: 'Vorab eingereichte Fragen zuerst, dann Fragen aus dem Chat.' },
  ],
  questions: [{ label: 'Welche Frage sollen wir auf jeden Fall beantworten?', hint: 'Freiwillig. Wir sammeln die Fragen vorab.', kind: 'text', required: false }],
};

const WORKSHOP: DemoEvent = {
  values: {
    id: DEMO_EVENTS.workshop.id,
    slug: DEMO_EVENTS.workshop.slug,
    status: 'published',
    publishedAt: new Date('2026-11-20T10:00:00Z'),
    title: 'Werkstattgespräch online: Mobilität im ländlichen Raum digital organisieren',
    summary: 'Rufbus, Mitfahrbank, Carsharing im Dorf: Drei Kommunen zeigen, wie sie Mobilität digital organisieren, und was sie dabei gelernt haben.',
    organiser: PROGRAMME_OFFICE,
    description:
      'Wer auf dem Land ohne eigenes Auto unterwegs ist, braucht gute Verbindungen. Drei Kommunen berichten aus der Praxis: Wie funktioniert eine Rufbus-Buchung per App und Telefon? Wie wird die Mitfahrbank digital? Was kostet ein Carsharing-Auto im Dorf?\n\nDanach ist Zeit für Ihre Fragen und den Austausch in kleinen Gruppen.',
    audience: 'Verwaltungen, Kommunalpolitik, Verkehrsbetriebe und Initiativen aus dem ländlichen Raum.',
    notes: '',
    procedure: 'Den Link zur Übertragung erhalten angemeldete Personen eine Stunde vor Beginn per E-Mail.',
    mediaNotice: 'Das Werkstattgespräch wird aufgezeichnet und anschließend auf dieser Plattform veröffentlicht. Die Gespräche in den Kleingruppen werden nicht aufgezeichnet.',
    contact: CONTACT,
    fieldsOfAction: ['mobilitaet', 'daseinsvorsorge'],
  },
  dates: {
    first: { id: DEMO_EVENTS.workshop.dates.first, day: '2027-03-23', start: '16:00', end: '17:30', deadline: '2027-03-22', seats: 100, streamUrl: 'https://stream.example.org/werkstatt-mobilitaet' },
  },
  programme: [
    { time: '16:00', title: 'Begrüßung' },
    { time: '16:10', title: 'Drei Kommunen, drei Wege', speaker: 'Kreis Nordfriesland, Amt Süderbrarup, Stadt Heide' },
    { time: '16:50', title: 'Austausch in Kleingruppen' },
    { time: '17:20', title: 'Zusammenfassung' },
  ],
};

const DRAFT: DemoEvent = {
  values: {
    id: DEMO_EVENTS.draft.id,
    slug: DEMO_EVENTS.draft.slug,
    status: 'draft',
    title: 'Regionalkonferenz Westküste: Energie und Daten',
    summary: 'Wie Kommunen an der Westküste Energiedaten nutzen, um Wärmeplanung und Netze zu steuern. (Entwurf)',
    organiser: MINISTRY,
    description: 'Das Programm wird noch abgestimmt.',
    audience: '',
    notes: '',
    procedure: '',
    mediaNotice: '',
    contact: CONTACT,
    fieldsOfAction: ['energie-umwelt', 'infrastruktur-daten'],
  },
  dates: {
    husum: {
      id: DEMO_EVENTS.draft.dates.husum,
      day: '2027-05-12',
      start: '10:00',
      end: '16:00',
      doors: '09:30',
      deadline: '2027-05-05',
      seats: 80,
      place: { name: 'Kreishaus Nordfriesland, Sitzungssaal', street: 'Marktstraße 6', postcode: '25813', town: 'Husum' },
    },
  },
  programme: [],
};

const PAST: DemoEvent = {
  values: {
    id: DEMO_EVENTS.past.id,
    slug: DEMO_EVENTS.past.slug,
    status: 'published',
    publishedAt: new Date('2026-04-20T08:00:00Z'),
    title: 'Netzwerktreffen Digitale Daseinsvorsorge 2026',
    summary: 'Das erste Treffen der Kommunen, die digitale Angebote der Daseinsvorsorge entwickeln – mit Ergebnissen aus dem World Café.',
    organiser: PROGRAMME_OFFICE,
    description: 'Rund vierzig Vertreterinnen und Vertreter aus Kommunen, Versorgungsbetrieben und Wissenschaft haben sich in Flensburg getroffen, um Erfahrungen auszutauschen.',
    audience: 'Kommunen, Versorgungsbetriebe und Wissenschaft.',
    notes: '',
    procedure: '',
    mediaNotice: MEDIA,
    contact: CONTACT,
    fieldsOfAction: ['daseinsvorsorge'],
  },
  dates: {
    flensburg: {
      id: DEMO_EVENTS.past.dates.flensburg,
      day: '2026-06-16',
      start: '13:00',
      end: '17:00',
      doors: '12:30',
      deadline: '2026-06-09',
      seats: 40,
      place: { name: 'Forschungsstelle Digitale Daseinsvorsorge, Hörsaal 2', street: 'Munketoft 3', postcode: '24937', town: 'Flensburg' },
    },
  },
  programme: [
    { time: '13:00', title: 'Begrüßung' },
    { time: '13:15', title: 'World Café' },
    { time: '16:30', title: 'Ergebnisse' },
  ],
  worldCafe: [
    {
      question: 'Welche Angebote der Daseinsvorsorge lassen sich gemeinsam digital organisieren?',
      result:
        'Die Tische waren sich einig: **Terminbuchung** und **Störungsmeldungen** eignen sich am besten für einen gemeinsamen Anfang.\n\n- Ein gemeinsames Portal für mehrere Ämter spart Kosten.\n- Telefon und Schalter bleiben für alle, die nicht online sind.',
    },
    { question: 'Was brauchen kleine Versorgungsbetriebe, um mitzumachen?' },
  ],
};

export const DEMO_EVENT_CONTENT = [KICK_OFF, CONSULTATION, WORKSHOP, DRAFT, PAST];

async function insertDemoEvent(tx: Executor, demo: DemoEvent): Promise<void> {
  const consentText = demo.values.consentText ?? messagesFor('de').events.defaults.consentText;
  const event = await insertEvent(tx, { ...demo.values, consentText, retentionDays: 90, createdBy: null });
  if (!event) return;
  const dateIds = new Map<string, string>();
  for (const [key, d] of Object.entries(demo.dates)) {
    const date = await insertDate(tx, {
      id: d.id,
      eventId: event.id,
      online: !d.place,
      placeName: d.place?.name ?? null,
      street: d.place?.street ?? null,
      postcode: d.place?.postcode ?? null,
      town: d.place?.town ?? null,
      streamUrl: d.streamUrl ?? null,
      startsAt: berlinToUtc(d.day, d.start),
      endsAt: berlinToUtc(d.day, d.end),
      doorsOpenAt: d.doors ? berlinToUtc(d.day, d.doors) : null,
      registrationDeadline: berlinToUtc(d.deadline, '23:59'),
      seats: d.seats,
      note: d.note ?? '',
    });
    dateIds.set(key, date.id);
  }
  for (const [i, item] of demo.programme.entries()) {
    const row = await insertItem(tx, {
      id: item.id,
      eventId: event.id,
      position: i + 1,
      time: item.time,
      title: item.title,
      speaker: item.speaker ?? '',
      description: item.description ?? '',
      onlyDateId: item.only ? (dateIds.get(item.only) ?? null) : null,
    });
    const others = Object.entries(item.others ?? {}).flatMap(([key, speaker]) => {
      const dateId = dateIds.get(key);
      return dateId ? [{ dateId, speaker }] : [];
    });
    await replaceVariations(tx, row.id, others);
  }
  for (const [i, q] of (demo.questions ?? []).entries()) {
    await insertQuestion(tx, { id: q.id, eventId: event.id, position: i + 1, label: q.label, hint: q.hint ?? '', kind: q.kind, options: q.options ?? [], required: q.required });
  }
  for (const [i, q] of (demo.worldCafe ?? []).entries()) {
    const published = q.result ? { result: q.result, resultPublishedAt: new Date('2026-06-30T10:00:00Z') } : {};
    await insertWorldCafeQuestion(tx, { id: q.id, eventId: event.id, position: i + 1, question: q.question, ...published });
  }
}

/**
 * Adds the demo events that are missing (by slug) and never touches what editors changed.
 * Indexing again is harmless and brings installations seeded before search up to date.
 */
export async function seedEvents(deps: AppDeps): Promise<void> {
  await deps.db.transaction(async (tx) => {
    for (const demo of DEMO_EVENT_CONTENT) {
      if (!(await findEventBySlug(tx, demo.values.slug))) await insertDemoEvent(tx, demo);
      const stored = await findEventBySlug(tx, demo.values.slug);
      if (stored) await indexEvent(tx, stored.id);
    }
  });
}
