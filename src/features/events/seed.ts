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
  updateEventRow,
  type EventDateRow,
  type EventValues,
} from './core/event-repository.ts';
import { offsetOf, referenceDate } from './core/programme.ts';
import { attachDemoPicture, discardDemoPictures, makeDemoPictures, type DemoPicture, type DemoPictureSource } from '../../platform/pictures/index.ts';
import type { QuestionKind } from './core/tables.ts';

/**
 * Demo content: the ministry's kick-off on three dates, two online events, a draft, and for
 * the archive the events the seed documents report. Every record has a fixed id, so that the
 * authorization matrix and tests can name them. The kick-off is the invitation of seed 000
 * moved to 2027 (same weekdays and clock times); the archive holds its 2019 original and the
 * 2020 events of seed 001 (../shared/seeds/). Their names, places, times and questions are
 * the seeds' facts, the sentences are ours; the other events are invented.
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
  // The 2019 original of the kick-off, with published World Café results. New ids, not those of
  // the event it replaced: installations seeded before keep that one under id 5.
  past: {
    id: id(6, '1'),
    slug: 'vorstellung-aktionsplan-digitale-modellkommunen-2019',
    dates: { suederbrarup: id(6, 'd1'), luebeck: id(6, 'd2'), heide: id(6, 'd3') },
  },
  networkServices: { id: id(7, '1'), slug: 'netzwerk-digitale-kommune-online-daseinsvorsorge-2020', dates: { online: id(7, 'd1') } },
  networkSolutions: { id: id(8, '1'), slug: 'netzwerk-digitale-kommune-online-neue-loesungen-2020', dates: { online: id(8, 'd1') } },
  cleverDoerp: { id: id(9, '1'), slug: 'clever-doerp-praemierung-digitale-modellkommunen-2020', dates: { kiel: id(9, 'd1') } },
} as const;

/** The demo events' pictures: drawings made for the project (assets/demo/README.md), with fixed ids. */
export const DEMO_EVENT_PICTURES: Record<string, DemoPictureSource> = {
  [DEMO_EVENTS.kickOff.slug]: {
    id: '0e7e0001-0000-4000-8000-000000000b00',
    file: 'dorf-windraeder.svg',
    alt: 'Zeichnung: ein Dorf mit Kirchturm zwischen Feldern, dahinter drei Windräder',
  },
  [DEMO_EVENTS.consultation.slug]: {
    id: '0e7e0002-0000-4000-8000-000000000b00',
    file: 'videokonferenz.svg',
    alt: 'Zeichnung: ein Laptop mit einer Videokonferenz, vier Personen im Bild',
  },
  [DEMO_EVENTS.workshop.slug]: {
    id: '0e7e0003-0000-4000-8000-000000000b00',
    file: 'bus-landstrasse.svg',
    alt: 'Zeichnung: ein Bus auf einer Landstraße, daneben eine Haltestelle mit einer wartenden Person',
  },
};

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
  /** Berlin clock time at the first date (or the only one); every date keeps the distance from its start */
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

const MINISTRY = 'Ministerium für Inneres, ländliche Räume und Integration';
const PROGRAMME_OFFICE = `Programmbüro Digitale Modellkommunen im ${MINISTRY}`;
// The seed gives the ministry's address and telephone but no e-mail address.
const CONTACT = `${MINISTRY}\nDüsternbrooker Weg 92\n24105 Kiel\nTelefon: 0431 988-5050\nE-Mail: digitalekommune@example.org (Beispieladresse)`;
const MEDIA = 'Bei der Veranstaltung entstehen Foto- und Videoaufnahmen. Sie können in der Presse veröffentlicht werden.';
// Seed 000 cites § 4 BDSG (old version); since 2018 the basis of a consent is the DSGVO.
const CONSENT =
  'Das Ministerium für Inneres, ländliche Räume und Integration verarbeitet Ihre Angaben aus dieser Anmeldung nur intern, um die Veranstaltung zu organisieren, und führt Sie auf der Teilnehmerliste des gewählten Termins. Gespeichert werden Ihre Anrede, Ihr Name, Ihre E-Mail-Adresse, Ihre Organisation und Funktion, die Frage, die Sie für das World Café wählen, Ihre Antworten auf die Fragen zur Veranstaltung, der Zeitpunkt Ihrer Einwilligung und ob Sie am Einlass angekommen sind. Wenn Sie angeben, welche Unterstützung Sie für die Teilnahme brauchen, speichern wir auch das; solche Angaben können Gesundheitsdaten sein.\n\nRechtsgrundlage ist Ihre Einwilligung nach Art. 6 Abs. 1 lit. a DSGVO, für Angaben zu Ihrer Gesundheit nach Art. 9 Abs. 2 lit. a DSGVO. Wir löschen Ihre Angaben spätestens 90 Tage nach dem Termin.\n\nSie können Ihre Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen: Stornieren Sie Ihre Anmeldung über den Link in Ihrer Anmeldebestätigung, oder schreiben Sie uns über die Kontaktangaben unten. Was bis zum Widerruf verarbeitet wurde, bleibt rechtmäßig.';
const PROCEDURE =
  '## Anmeldung\n\nWählen Sie einen Termin und klicken Sie auf „Jetzt anmelden“. Wenn Sie das Formular abschicken, zeigen wir Ihnen zuerst eine Zwischenseite mit allen Ihren Angaben. Bitte prüfen Sie sie dort und bestätigen Sie sie – erst mit dieser Bestätigung speichern wir Ihre Anmeldung. Danach erhalten Sie eine Anmeldebestätigung per E-Mail, mit Ihrer Anmeldenummer und einer Kalenderdatei.\n\n## Warteliste\n\nSind alle Plätze vergeben, kommen Sie auf die Warteliste. Wird ein Platz frei, bieten wir ihn der ersten Person auf der Liste per E-Mail an; das Angebot nehmen Sie mit einem Klick an.\n\n## Absagen\n\nSie können nicht kommen? Sagen Sie bitte über den Link in Ihrer Anmeldebestätigung ab, damit jemand von der Warteliste nachrücken kann.\n\n## Am Tag der Veranstaltung\n\nZeigen Sie am Einlass Ihre Anmeldenummer oder den QR-Code aus der Anmeldebestätigung – ausgedruckt oder auf dem Smartphone.';

/** The places of seed 000. The 2027 invitation and its 2019 original use the same date keys. */
const PLACES = {
  suederbrarup: { name: 'Nordlicht Schule', street: 'Kappelner Straße 27b', postcode: '24392', town: 'Süderbrarup' },
  luebeck: { name: 'Rathaus', street: 'Breite Straße 62', postcode: '23539', town: 'Lübeck' },
  heide: { name: 'Bürgerhaus der Stadt Heide', street: 'Neue Anlage 5', postcode: '25746', town: 'Heide' },
};
const WITH_THE_MINISTER = 'Auftakt und Workshop mit Innenminister Hans-Joachim Grote';
const INVITED = 'Eingeladen sind Vertreterinnen und Vertreter der schleswig-holsteinischen Kommunalpolitik und -verwaltung.';

/** Seed 000's programme: the same at every place, except for who greets and who gives the talk. */
const INVITATION_PROGRAMME: DemoItem[] = [
  { time: '17:00', title: 'Begrüßung und Grußworte', others: { luebeck: 'Bürgermeister Jan Lindenau' } },
  {
    time: '17:10',
    title: 'Einführungsvortrag: Chancen der Digitalisierung der Daseinsvorsorge',
    speaker: 'Abteilung Landesplanung und ländliche Räume im MILI',
    description: 'Vorstellung des Aktionsplans Digitale Modellkommunen',
  },
  {
    time: '17:40',
    title: 'Impulsvortrag',
    others: {
      luebeck: 'Dr. Stefan Ivens, Chief Digital Officer der Hansestadt Lübeck',
      heide: 'Dirk Burmeister, Vorstand, Entwicklungsagentur Region Heide AöR',
    },
  },
  { time: '18:00', title: 'World Café', description: 'Gespräche in kleinen Gruppen an Thementischen, zu den fünf Fragen weiter unten.' },
  { time: '18:50', title: 'Vorstellung der Ergebnisse aus dem World Café' },
  { time: '19:30', title: 'Abschlussworte, Ausklang mit Imbiss' },
  { time: '20:30', title: 'Ende der Veranstaltung' },
];

/** Seed 000's World Café questions word for word; only two misspellings of the original are corrected. */
const WORLD_CAFE_QUESTIONS = [
  'Welche positiven Erfahrungen haben wir in der Vergangenheit mit Bürgerbeteiligungsprozessen gemacht, die wir für die Erarbeitung einer digitalen Strategie nutzen können?',
  'In welchen Fragen/Themen benötigen wir als Kommunen Unterstützung, wenn es um die Erarbeitung einer digitalen Strategie geht?',
  'Was erwarten wir von/Welche Ideen haben wir für die Plattform www.schleswig-holstein.de/digitalekommune, damit diese uns optimal beim Aufbau der digitalen Strategie unterstützt?',
  'Welche kommunalen Anwendungsfälle können wir uns für neue Technologien (wie KI, Autonomes Fahren und Big Data) vorstellen?',
  'Wer sind die relevanten Akteure in der Kommune, wenn es um die digitale Strategie geht und wie können wir diese mit einbeziehen?',
] as const;

// Seed 000 moved by 417 weeks, from 2019 to 2027: the same weekdays, clock times and deadlines.
const KICK_OFF: DemoEvent = {
  values: {
    id: DEMO_EVENTS.kickOff.id,
    slug: DEMO_EVENTS.kickOff.slug,
    status: 'published',
    publishedAt: new Date('2026-11-02T09:00:00Z'),
    title: 'Vorstellung des Aktionsplans Digitale Modellkommunen in Schleswig-Holstein',
    summary:
      'Zum Auftakt des Aktionsplans Digitale Modellkommunen lädt das Innenministerium Kommunalpolitik und Verwaltung ein – mit Vorträgen und einem World Café, an drei Orten: in Süderbrarup, Lübeck und Heide.',
    organiser: MINISTRY,
    description:
      'Das Ministerium für Inneres, ländliche Räume und Integration (MILI) will die Digitalisierung in den Kommunen voranbringen. Sie soll helfen, den demografischen Wandel zu gestalten und die Daseinsvorsorge zu sichern. Aus dem digitalen Wandel sollen smarte Städte, Gemeinden und Regionen entstehen, in denen der Nutzen für die Bürgerinnen und Bürger im Mittelpunkt steht.\n\nDer Aktionsplan Digitale Modellkommunen soll die Kommunen in die Lage versetzen, den digitalen Wandel der Daseinsvorsorge selbst zu gestalten: demokratisch, demografiegerecht und strategisch, als Teil einer integrierten Entwicklung. Bei den Auftaktveranstaltungen stellen wir den Aktionsplan vor. Zugleich wollen wir mit Ihnen festhalten, wo die Kommunen heute stehen und wobei sie Unterstützung brauchen. Danach richten wir den Aktionsplan aus, und wir passen ihn an, wenn sich der Bedarf ändert.\n\n## Drei Termine mit weitgehend gleichem Programm\n\nDamit möglichst viele Vertreterinnen und Vertreter aus den Kommunen teilnehmen können, findet die Veranstaltung dreimal statt: zum Auftakt in Süderbrarup mit Innenminister Hans-Joachim Grote, danach als Workshop in Lübeck und in Heide.',
    audience: INVITED,
    notes:
      'Die Teilnehmerzahl ist begrenzt; bitte melden Sie sich für einen der drei Termine an. Anmeldeschluss für Lübeck und Heide ist der 26.\u00a0Oktober 2027.\n\nEinlass ist jeweils ab 16:30 Uhr.',
    procedure: PROCEDURE,
    mediaNotice: MEDIA,
    consentText: CONSENT,
    contact: CONTACT,
    fieldsOfAction: ['verwaltung', 'beteiligung', 'daseinsvorsorge'],
  },
  dates: {
    suederbrarup: {
      id: DEMO_EVENTS.kickOff.dates.suederbrarup,
      day: '2027-09-27',
      start: '17:00',
      end: '20:30',
      doors: '16:30',
      // the seed names no deadline for Süderbrarup: as for the others, the Tuesday before
      deadline: '2027-09-21',
      seats: 60,
      place: PLACES.suederbrarup,
      note: WITH_THE_MINISTER,
    },
    luebeck: {
      id: DEMO_EVENTS.kickOff.dates.luebeck,
      day: '2027-11-01',
      start: '17:00',
      end: '20:30',
      doors: '16:30',
      deadline: '2027-10-26',
      seats: 60,
      place: PLACES.luebeck,
    },
    heide: {
      id: DEMO_EVENTS.kickOff.dates.heide,
      day: '2027-11-04',
      start: '17:00',
      end: '20:30',
      doors: '16:30',
      deadline: '2027-10-26',
      seats: 60,
      place: PLACES.heide,
    },
  },
  programme: INVITATION_PROGRAMME.map((item, i) => (i === 0 ? { ...item, id: DEMO_EVENTS.kickOff.programmeItem } : item)),
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
      options: [
        'Bürgerbeteiligung',
        'Die digitale Strategie der Kommune',
        'Neue Technologien wie KI, autonomes Fahren und Big Data',
        'Unterstützung durch das Land',
      ],
      required: false,
    },
    { label: 'Dürfen wir Sie nach der Veranstaltung für eine kurze Umfrage anschreiben?', kind: 'yesno', required: false },
  ],
  worldCafe: WORLD_CAFE_QUESTIONS.map((question, i) => (i === 0 ? { id: DEMO_EVENTS.kickOff.worldCafeQuestion, question } : { question })),
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
    procedure:
      'Melden Sie sich für einen der beiden Termine an. Den Link zur Übertragung erhalten Sie eine Stunde vor Beginn per E-Mail und auf Ihrer Anmeldeseite.',
    mediaNotice: '',
    contact: CONTACT,
    fieldsOfAction: ['verwaltung'],
  },
  dates: {
    first: {
      id: DEMO_EVENTS.consultation.dates.first,
      day: '2027-02-17',
      start: '10:00',
      end: '11:00',
      deadline: '2027-02-16',
      seats: 100,
      streamUrl: 'https://stream.example.org/sprechstunde-foerderaufruf-1',
    },
    second: {
      id: DEMO_EVENTS.consultation.dates.second,
      day: '2027-03-10',
      start: '10:00',
      end: '11:00',
      deadline: '2027-03-09',
      seats: 100,
      streamUrl: 'https://stream.example.org/sprechstunde-foerderaufruf-2',
    },
  },
  programme: [
    { time: '10:00', title: 'Begrüßung und Überblick über den Förderaufruf', speaker: 'Dr. Mareike Hansen, Leiterin des Programmbüros' },
    { time: '10:20', title: 'Ihre Fragen', description: 'Vorab eingereichte Fragen zuerst, dann Fragen aus dem Chat.' },
  ],
  questions: [
    { label: 'Welche Frage sollen wir auf jeden Fall beantworten?', hint: 'Freiwillig. Wir sammeln die Fragen vorab.', kind: 'text', required: false },
  ],
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
    mediaNotice:
      'Das Werkstattgespräch wird aufgezeichnet und anschließend auf dieser Plattform veröffentlicht. Die Gespräche in den Kleingruppen werden nicht aufgezeichnet.',
    contact: CONTACT,
    fieldsOfAction: ['mobilitaet', 'daseinsvorsorge'],
  },
  dates: {
    first: {
      id: DEMO_EVENTS.workshop.dates.first,
      day: '2027-03-23',
      start: '16:00',
      end: '17:30',
      deadline: '2027-03-22',
      seats: 100,
      streamUrl: 'https://stream.example.org/werkstatt-mobilitaet',
    },
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

/** Seed 000 as it took place in 2019; the World Café results are our summary for the demo, not a record. */
const SERIES_2019: DemoEvent = {
  values: {
    id: DEMO_EVENTS.past.id,
    slug: DEMO_EVENTS.past.slug,
    status: 'published',
    publishedAt: new Date('2019-09-02T08:00:00Z'),
    title: 'Vorstellung des Aktionsplans Digitale Modellkommunen 2019',
    summary: 'Der Auftakt in Süderbrarup und die Workshops in Lübeck und Heide im Herbst 2019 – mit den Ergebnissen aus dem World Café.',
    organiser: MINISTRY,
    description:
      'Im Herbst 2019 hat das Ministerium für Inneres, ländliche Räume und Integration (MILI) den Aktionsplan Digitale Modellkommunen an drei Orten vorgestellt: zum Auftakt am 30. September in Süderbrarup mit Innenminister Hans-Joachim Grote, danach in Workshops am 4. November in Lübeck und am 7. November in Heide. Das Programm war an allen drei Orten weitgehend gleich.\n\nZiel war, gemeinsam mit Kommunalpolitik und Verwaltung festzuhalten, wo die Kommunen bei der Digitalisierung stehen und welche Unterstützung sie brauchen, damit sich der Aktionsplan danach richten kann. Im World Café haben die Teilnehmenden an Thementischen fünf Fragen bearbeitet. Die Ergebnisse fassen die Gespräche an den Tischen aller drei Termine zusammen; sie sind keine wörtlichen Zitate.',
    audience: INVITED,
    notes: '',
    procedure: '',
    mediaNotice: MEDIA,
    consentText: CONSENT,
    contact: CONTACT,
    fieldsOfAction: ['verwaltung', 'beteiligung', 'daseinsvorsorge'],
  },
  dates: {
    suederbrarup: {
      id: DEMO_EVENTS.past.dates.suederbrarup,
      day: '2019-09-30',
      start: '17:00',
      end: '20:30',
      doors: '16:30',
      deadline: '2019-09-24',
      seats: 60,
      place: PLACES.suederbrarup,
      note: WITH_THE_MINISTER,
    },
    luebeck: {
      id: DEMO_EVENTS.past.dates.luebeck,
      day: '2019-11-04',
      start: '17:00',
      end: '20:30',
      doors: '16:30',
      deadline: '2019-10-29',
      seats: 60,
      place: PLACES.luebeck,
    },
    heide: {
      id: DEMO_EVENTS.past.dates.heide,
      day: '2019-11-07',
      start: '17:00',
      end: '20:30',
      doors: '16:30',
      deadline: '2019-10-29',
      seats: 60,
      place: PLACES.heide,
    },
  },
  programme: INVITATION_PROGRAMME,
  worldCafe: [
    {
      question: WORLD_CAFE_QUESTIONS[0],
      result:
        '- **Dorfwerkstätten und Ortsentwicklungskonzepte** haben gezeigt: Wer früh und offen einlädt, erreicht auch Menschen, die sonst nicht in die Gemeindevertretung kommen.\n- **Mehrere Wege anbieten:** Eine Versammlung vor Ort zusammen mit einer Umfrage im Internet hat in mehreren Kommunen mehr und jüngere Menschen beteiligt.\n- **Ergebnisse zurückmelden:** Beteiligung trägt, wenn die Menschen später sehen, was aus ihren Vorschlägen geworden ist.\n- **Vereine, Feuerwehr, Kirchengemeinden und Schulen** öffnen Türen zu Gruppen, die eine Verwaltung allein schwer erreicht.\n\nFazit der Tische: Die digitale Strategie soll auf diesen Erfahrungen aufbauen, statt ein neues Verfahren zu erfinden.',
    },
    {
      question: WORLD_CAFE_QUESTIONS[1],
      result:
        '- **Einstieg:** eine Anleitung, wie eine digitale Strategie entsteht, mit Vorlagen und Beispielen aus Kommunen ähnlicher Größe.\n- **Förderung:** ein Überblick über die Förderprogramme und Hilfe bei Anträgen.\n- **Personal und Wissen:** Kleine Ämter und Gemeinden haben niemanden, der sich nur um die Digitalisierung kümmert. Gewünscht wurden Beratung vor Ort und Fortbildungen für Verwaltung und Ehrenamt.\n- **Recht:** verlässliche Antworten zu Datenschutz und Vergabe.\n- **Austausch:** Die Kommunen wollen voneinander lernen, damit nicht jede von vorn beginnt.',
    },
    {
      question: WORLD_CAFE_QUESTIONS[2],
      result:
        '- **Gute Beispiele zum Nachmachen**, jeweils mit einer Ansprechperson, die Fragen beantwortet.\n- **Termine, Unterlagen und Ergebnisse** der Veranstaltungen an einer Stelle.\n- **Austausch unter Kommunen**, auch zwischen den Veranstaltungen.\n- **Verständliche Sprache**, auch für ehrenamtliche Bürgermeisterinnen und Bürgermeister.\n- **Hinweise auf Förderungen und Fristen**, bevor sie ablaufen.',
    },
    {
      question: WORLD_CAFE_QUESTIONS[3],
      result:
        '- **Künstliche Intelligenz:** ein Assistent, der Fragen der Bürgerinnen und Bürger auch außerhalb der Öffnungszeiten beantwortet und beim Ausfüllen von Anträgen hilft.\n- **Autonomes Fahren:** kleine Busse, die Dörfer mit dem nächsten Bahnhof verbinden und Rufbus und Ehrenamt ergänzen.\n- **Big Data und Sensoren:** freie Parkplätze und Besucherströme in Tourismusorten, Füllstände von Containern, Wasserstände bei Starkregen.\n\nEinig waren sich die Tische: Zuerst klären, welches Problem gelöst werden soll, dann die Technik wählen. Offen blieben Fragen zum Datenschutz und zu den Kosten nach dem Ende einer Förderung.',
    },
    {
      question: WORLD_CAFE_QUESTIONS[4],
      result:
        '- **Verwaltungsspitze und Gemeindevertretung:** Eine Strategie braucht einen Beschluss und jemanden, der sie verantwortet.\n- **Amt, Kreis und Nachbargemeinden**, weil viele Leistungen gemeinsam erbracht werden.\n- **Schulen, Jugendliche und Seniorenbeirat**, damit die Strategie zu allen Generationen passt.\n- **Vereine, örtliche Wirtschaft, Versorger und Breitbandzweckverbände.**\n\nEinbeziehen lassen sie sich am besten früh, über die bestehenden Gremien und mit festen Ansprechpersonen; eine kleine Steuerungsgruppe hält die Fäden zusammen.',
    },
  ],
};

// Seed 001 gives the days of the two online events and the first one's length (two hours), no
// clock times: both are set from 14 to 16 Uhr.
const NETWORK_AUDIENCE =
  'Mitarbeitende aus Verwaltung, Selbstverwaltung, Wirtschaft, Wissenschaft und Einrichtungen der Daseinsvorsorge in Schleswig-Holstein.';
const NETWORK_GROUP =
  '## Zwischen den Veranstaltungen\n\nDie Kommunen sollen sich auch im Alltag vernetzen, nicht nur bei Veranstaltungen. Dafür wurde auf der zentralen Austauschplattform des ITVSH die Gruppe „Digitale Modellkommunen Schleswig-Holstein“ eingerichtet; alle Eingeladenen können sich dort registrieren und der Gruppe beitreten.';

const NETWORK_SERVICES: DemoEvent = {
  values: {
    id: DEMO_EVENTS.networkServices.id,
    slug: DEMO_EVENTS.networkServices.slug,
    status: 'published',
    publishedAt: new Date('2020-09-08T10:00:00Z'),
    title: 'Netzwerk Digitale Kommune SH: Digitalisierung der Daseinsvorsorge',
    summary:
      'Zwei Stunden online: Nach der ersten Veranstaltungsreihe „Digital-Start“ ging es im Netzwerk Digitale Kommune SH um die Digitalisierung der Daseinsvorsorge.',
    organiser: MINISTRY,
    description: `Im Herbst 2020 hatte der Aufbau des Netzwerks Digitale Kommune SH begonnen. Nach einer ersten Veranstaltungsreihe („Digital-Start“) ging es mit dieser zweistündigen Online-Veranstaltung weiter; ihr Thema war die Digitalisierung der Daseinsvorsorge.\n\n${NETWORK_GROUP}`,
    audience: NETWORK_AUDIENCE,
    notes: '',
    procedure: '',
    mediaNotice: '',
    contact: CONTACT,
    fieldsOfAction: ['daseinsvorsorge'],
  },
  dates: {
    online: {
      id: DEMO_EVENTS.networkServices.dates.online,
      day: '2020-10-20',
      start: '14:00',
      end: '16:00',
      deadline: '2020-10-19',
      seats: 150,
      streamUrl: 'https://stream.example.org/netzwerk-daseinsvorsorge',
    },
  },
  programme: [],
};

const NETWORK_SOLUTIONS: DemoEvent = {
  values: {
    id: DEMO_EVENTS.networkSolutions.id,
    slug: DEMO_EVENTS.networkSolutions.slug,
    status: 'published',
    publishedAt: new Date('2020-09-08T10:00:00Z'),
    title: 'Netzwerk Digitale Kommune SH: Neue digitale Lösungen',
    summary: 'Die zweite Online-Veranstaltung des Netzwerks Digitale Kommune SH im Herbst 2020, zu neuen digitalen Lösungen für Kommunen.',
    organiser: MINISTRY,
    description: `Auf die Online-Veranstaltung zur Digitalisierung der Daseinsvorsorge am 20. Oktober 2020 folgte eine zweite, diesmal zu neuen digitalen Lösungen für Kommunen.\n\n${NETWORK_GROUP}`,
    audience: NETWORK_AUDIENCE,
    notes: '',
    procedure: '',
    mediaNotice: '',
    contact: CONTACT,
    fieldsOfAction: ['verwaltung', 'infrastruktur-daten'],
  },
  dates: {
    online: {
      id: DEMO_EVENTS.networkSolutions.dates.online,
      day: '2020-11-12',
      start: '14:00',
      end: '16:00',
      deadline: '2020-11-11',
      seats: 150,
      streamUrl: 'https://stream.example.org/netzwerk-neue-loesungen',
    },
  },
  programme: [],
};

// Seed 001 is a press release of 8 September 2020 that reports the ceremony; it names neither the
// day nor the hall, so the demo holds it on that day, in Kiel, at clock times of our choosing.
const CLEVER_DOERP: DemoEvent = {
  values: {
    id: DEMO_EVENTS.cleverDoerp.id,
    slug: DEMO_EVENTS.cleverDoerp.slug,
    status: 'published',
    publishedAt: new Date('2020-08-24T08:00:00Z'),
    title: '„Clever Dörp“: Prämierung der Digitalen Modellkommunen bei der Digitalen Woche Kiel',
    summary:
      'Innenministerin Dr. Sabine Sütterlin-Waack hat neun Kommunen als Digitale Modellkommunen ausgezeichnet – auf der Bühne der Digitalen Woche Kiel und im Live-Stream.',
    organiser: MINISTRY,
    description:
      'Im Wettbewerb „Digitale Modellkommunen Schleswig-Holstein“ hat das Innenministerium neun Kreise, Städte und Gemeinden ausgewählt. Es unterstützt sie über zwei Jahre mit insgesamt rund einer Million Euro.\n\n## Die Modellkommunen\n\nDie Kreise Dithmarschen und Schleswig-Flensburg, der Wirtschaftsraum Rendsburg, die Städte Kiel, Flensburg, Eutin, Pinneberg und Nortorf sowie die Gemeinde Kirchbarkau. Mit der Förderung sollen sie die Digitalisierung der Daseinsvorsorge voranbringen, smarte Städte und Regionen („Clever Dörp“) entwickeln und digitale Prototypen und Strategien erarbeiten. Die Vorhaben reichen vom smarten Baugebiet der Zukunft über den Betrieb einer Plattform für offene Daten bis zur grenzüberschreitenden Zusammenarbeit an einer digitalen Strategie.\n\n## Auf der Bühne\n\nDie Modellkommunen haben ihre Projekte vorgestellt. In seiner Keynote blickte der Futurologe Max Thinius auf eine Zukunft, die von Technik geprägt sein wird und trotzdem Raum für analoges Leben lässt. Zum Schluss wies Moderator Peter Schottes auf das Netzwerk Digitale Kommune SH hin, dessen Aufbau schon begonnen hatte.',
    audience: 'Alle Interessierten – vor Ort bei der Digitalen Woche Kiel oder im Live-Stream.',
    notes: '',
    procedure: '',
    mediaNotice: 'Die Veranstaltung wird im Live-Stream übertragen. Wer auf der Bühne oder im Publikum sitzt, kann im Bild sein.',
    contact: CONTACT,
    fieldsOfAction: ['verwaltung', 'daseinsvorsorge', 'infrastruktur-daten'],
  },
  dates: {
    kiel: {
      id: DEMO_EVENTS.cleverDoerp.dates.kiel,
      day: '2020-09-08',
      start: '16:00',
      end: '18:00',
      deadline: '2020-09-04',
      seats: 120,
      place: { name: 'Bühne der Digitalen Woche Kiel', street: '', postcode: '', town: 'Kiel' },
      note: 'Mit Live-Stream',
    },
  },
  programme: [
    { time: '16:00', title: 'Begrüßung', speaker: 'Moderation: Peter Schottes' },
    { time: '16:10', title: 'Prämierung der Digitalen Modellkommunen', speaker: 'Innenministerin Dr. Sabine Sütterlin-Waack' },
    { time: '16:40', title: 'Die Modellkommunen stellen ihre Projekte vor' },
    { time: '17:20', title: 'Keynote: „Die Zukunft denkt anders – Leben in plietschen Kommunen von Morgen“', speaker: 'Max Thinius, Futurologe, Berlin' },
    { time: '17:50', title: 'Ausblick: Das Netzwerk Digitale Kommune SH', speaker: 'Peter Schottes' },
  ],
};

export const DEMO_EVENT_CONTENT = [KICK_OFF, CONSULTATION, WORKSHOP, DRAFT, SERIES_2019, NETWORK_SERVICES, NETWORK_SOLUTIONS, CLEVER_DOERP];

/** Inserts the demo event with its dates, programme and questions; false when another process did first. */
async function insertDemoEvent(tx: Executor, demo: DemoEvent, picture: DemoPicture | undefined): Promise<boolean> {
  const consentText = demo.values.consentText ?? messagesFor('de').events.defaults.consentText;
  const event = await insertEvent(tx, { ...demo.values, consentText, retentionDays: 90, createdBy: null });
  if (!event) return false;
  if (picture) {
    await attachDemoPicture(tx, picture, async (pictureId) => void (await updateEventRow(tx, event.id, { pictureId })));
  }
  const dateIds = new Map<string, string>();
  const dates: EventDateRow[] = [];
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
    dates.push(date);
  }
  for (const [i, item] of demo.programme.entries()) {
    const onlyDateId = item.only ? (dateIds.get(item.only) ?? null) : null;
    const reference = referenceDate(dates, onlyDateId);
    if (!reference) throw new Error(`the demo programme of ${demo.values.slug} has no date to be timed from`);
    const row = await insertItem(tx, {
      id: item.id,
      eventId: event.id,
      position: i + 1,
      offsetMinutes: offsetOf(reference, item.time),
      title: item.title,
      speaker: item.speaker ?? '',
      description: item.description ?? '',
      onlyDateId,
    });
    const others = Object.entries(item.others ?? {}).flatMap(([key, speaker]) => {
      const dateId = dateIds.get(key);
      return dateId ? [{ dateId, speaker, offsetMinutes: null }] : [];
    });
    await replaceVariations(tx, row.id, others);
  }
  for (const [i, q] of (demo.questions ?? []).entries()) {
    await insertQuestion(tx, {
      id: q.id,
      eventId: event.id,
      position: i + 1,
      label: q.label,
      hint: q.hint ?? '',
      kind: q.kind,
      options: q.options ?? [],
      required: q.required,
    });
  }
  for (const [i, q] of (demo.worldCafe ?? []).entries()) {
    const published = q.result ? { result: q.result, resultPublishedAt: new Date('2026-06-30T10:00:00Z') } : {};
    await insertWorldCafeQuestion(tx, { id: q.id, eventId: event.id, position: i + 1, question: q.question, ...published });
  }
  return true;
}

/**
 * Adds the demo events that are missing (by slug) and never touches what editors changed.
 * Indexing again is harmless and brings installations seeded before search up to date.
 */
export async function seedEvents(deps: AppDeps): Promise<void> {
  // Pictures are made before the transaction: the file store writes outside it (FileStore.put).
  const pictures = await makeDemoPictures(deps, DEMO_EVENT_PICTURES, async (slug) => (await findEventBySlug(deps.db, slug)) !== undefined);
  try {
    await deps.db.transaction(async (tx) => {
      for (const demo of DEMO_EVENT_CONTENT) {
        const slug = demo.values.slug;
        if (!(await findEventBySlug(tx, slug)) && (await insertDemoEvent(tx, demo, pictures.get(slug)))) pictures.delete(slug);
        const stored = await findEventBySlug(tx, slug);
        if (stored) await indexEvent(tx, stored.id);
      }
    });
  } finally {
    await discardDemoPictures(deps, pictures.values());
  }
}
