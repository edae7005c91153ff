import type { StrategyStep } from '../strategy/plan/homework-service.ts';

/**
 * The demo series after seed 004 (../shared/seeds/): Rhineland-Palatinate's "Digitale Kommune –
 * Seminarreihe", told for Schleswig-Holstein in our own words. The partners keep the seed's
 * three kinds and names (association of municipalities, local-government academy, university of
 * administration) with our land's name; they stand for the kind of partner, not for real bodies.
 * Dates count in days from the first start (Berlin calendar days, moved off weekends), so a
 * fresh demo has a start workshop held three weeks ago and four modules ahead over two years.
 */

export const DEMO_SERIES = {
  title: 'Digitale Kommune – Seminarreihe',
  summary:
    'Eine Seminarreihe über zwei Jahre für hauptamtliche Bürgermeisterinnen und Bürgermeister: In einem Start-Workshop und vier Modulen erarbeiten Sie Schritt für Schritt die Digitalstrategie Ihrer Kommune.',
  aim: `Gerade kleine und mittlere Kommunen im ländlichen Raum können durch die Digitalisierung gewinnen – und ihre Einwohnerinnen und Einwohner erwarten digitale Angebote, wie sie sie von Unternehmen längst kennen.

In dieser Reihe erarbeiten Sie **die Digitalstrategie Ihrer eigenen Kommune**. Jedes Modul endet mit einer Hausaufgabe in der Strategie-Werkbank; nach dem letzten Modul liegt eine Strategie vor, die Sie dem Rat vorlegen und mit den erlernten Methoden selbstständig umsetzen können.

## Worum es geht

- niedrigschwellige Vorhaben der eigenen Kommune oder mehrerer Kommunen gemeinsam
- Angebote von öffentlichem Interesse an der Schnittstelle von Einwohnerschaft, örtlicher Wirtschaft und Kommunalpolitik
- Handlungsempfehlungen und Methoden, die ohne große Beratungsbudgets funktionieren

Nicht im Mittelpunkt steht das E-Government im engeren Sinne, also Fachverfahren und Online-Anträge der Verwaltung – um fast alles andere geht es schon.

Die Unterlagen und Videos der Module finden Sie nach jedem Modul auf dieser Plattform.`,
  audience: 'Hauptamtliche Bürgermeisterinnen und Bürgermeister von Gemeinden, Ämtern und Städten',
  partners: ['Gemeinde- und Städtebund Schleswig-Holstein', 'Kommunal-Akademie Schleswig-Holstein', 'Hochschule für Verwaltung Schleswig-Holstein'],
  seats: 24,
  /** days from the first start; the end of that Berlin day */
  deadlineInDays: 28,
  requiredFunction: 'hauptamtliche Bürgermeisterinnen und Bürgermeister',
  organisationTypes: ['gemeinde', 'amt', 'stadt'],
  consentText:
    'Ich bin einverstanden, dass das Programmbüro meinen Namen, meine E-Mail-Adresse, meine Kommune, meine Funktion und meine Teilnahme an den Modulen speichert, um die Seminarreihe zu organisieren und eine Teilnahmebescheinigung auszustellen. Die Angaben werden ein Jahr nach dem letzten Modul gelöscht.',
  retentionDays: 365,
} as const;

export interface DemoSession {
  /** days from the first start (negative: in the past) */
  inDays: number;
  from: string;
  to: string;
  online: boolean;
  venue: string;
  town: string;
}

export interface DemoModule {
  title: string;
  description: string;
  programme: string;
  homeworkStep: StrategyStep;
  homework: string;
  isPilot: boolean;
  sessions: DemoSession[];
}

const inPerson = (inDays: number, from: string, to: string, venue: string, town: string): DemoSession => ({ inDays, from, to, online: false, venue, town });

/** The five modules in order, MODULE_IDS of seed-ids.ts. */
export const DEMO_MODULES: DemoModule[] = [
  {
    title: 'Start-Workshop (Beta)',
    description:
      'Der Start-Workshop erprobt die Reihe, bevor sie für alle beginnt: ausschließlich mit hauptamtlichen Bürgermeisterinnen und Bürgermeistern prüfen wir, ob Inhalte und Methoden in der Praxis tragen. Ihre Rückmeldungen fließen in die folgenden Module ein.',
    programme: `- 10:00 Ankommen und Begrüßung
- 10:30 Wo steht unsere Kommune? Bestandsaufnahme in Kleingruppen
- 12:30 Mittagspause
- 13:15 Beispiele aus den Modellkommunen
- 14:30 Was erwarten Sie von der Reihe? Rückmeldung zum Konzept
- 15:45 Hausaufgabe und Ausblick
- 16:00 Ende`,
    homeworkStep: 'assessment',
    homework:
      'Füllen Sie bis zum ersten Modul den Reifegrad-Check Ihrer Kommune in der Werkbank aus. Das Arbeitsblatt aus dem Workshop hilft, die Antworten mit Ihrem Hauptamt vorzubereiten.',
    isPilot: true,
    sessions: [inPerson(-21, '10:00', '16:00', 'Kommunal-Akademie Schleswig-Holstein, Seminarraum 2', 'Rendsburg')],
  },
  {
    title: 'Vision und Ziele',
    description:
      'Aus der Bestandsaufnahme wird ein Leitbild: Was sollen Einwohnerinnen und Einwohner in zehn Jahren spüren? Wir formulieren gemeinsam drei bis fünf Ziele, die sich überprüfen lassen.',
    programme: `- 09:30 Ankommen
- 10:00 Rückblick auf die Reifegrad-Checks: Was fällt auf?
- 11:00 Methode: Leitbild in drei Sätzen
- 12:30 Mittagspause
- 13:15 Von der Vision zu überprüfbaren Zielen
- 15:00 Hausaufgabe
- 15:30 Ende`,
    homeworkStep: 'vision',
    homework: 'Schreiben Sie in der Werkbank Ihr Leitbild und drei bis fünf Ziele auf und stimmen Sie beides mit der Verwaltungsspitze ab.',
    isPilot: false,
    sessions: [inPerson(42, '09:30', '15:30', 'Hochschule für Verwaltung Schleswig-Holstein, Hörsaal 1', 'Altenholz')],
  },
  {
    title: 'Handlungsfelder und Maßnahmen',
    description:
      'An zwei Tagen wird aus den Zielen ein Plan: Handlungsfelder wählen, Maßnahmen mit Zuständigkeit, Zeitraum und Kosten beschreiben, Förderprogramme finden und Lösungen anderer Kommunen nachnutzen.',
    programme: `**Erster Tag**

- 09:30 Handlungsfelder: Wo setzen wir an?
- 11:00 Lösungen nachnutzen statt neu erfinden
- 13:30 Maßnahmen beschreiben: Zuständigkeit, Zeitraum, Kosten
- 16:30 Ende

**Zweiter Tag**

- 09:00 Fördermittel finden und beantragen
- 11:00 Maßnahmenpläne vorstellen und gegenseitig beraten
- 13:00 Ende`,
    homeworkStep: 'measures',
    homework: 'Legen Sie in der Werkbank für jedes Ziel mindestens eine Maßnahme mit Zuständigkeit, Zeitraum und Kosten an.',
    isPilot: false,
    sessions: [
      inPerson(126, '09:30', '16:30', 'Kreishaus, Sitzungssaal', 'Schleswig'),
      inPerson(127, '09:00', '13:00', 'Kreishaus, Sitzungssaal', 'Schleswig'),
    ],
  },
  {
    title: 'Beteiligung und Akteure',
    description:
      'Eine Strategie trägt, wenn viele sie mittragen: Wer in Vereinen, Schulen, Betrieben und im Rat muss dabei sein, und wie beteiligen wir die Einwohnerschaft online und vor Ort?',
    programme: `- 14:00 Begrüßung und technische Hinweise
- 14:15 Akteure vor Ort finden und einbinden
- 15:15 Pause
- 15:30 Beteiligung online und vor Ort: Beispiele und Erfahrungen
- 16:30 Hausaufgabe und Fragen
- 17:00 Ende`,
    homeworkStep: 'participation',
    homework: 'Tragen Sie in der Werkbank die wichtigsten Akteure und mindestens ein Beteiligungsformat ein und laden Sie zu einer ersten Veranstaltung ein.',
    isPilot: false,
    sessions: [
      {
        inDays: 238,
        from: '14:00',
        to: '17:00',
        online: true,
        venue: 'Videokonferenz; den Zugang erhalten Sie eine Woche vorher per E-Mail.',
        town: '',
      },
    ],
  },
  {
    title: 'Umsetzen und veröffentlichen',
    description:
      'Zum Abschluss bringen wir die Strategien in den Rat und an die Öffentlichkeit: Beschlussvorlage, Veröffentlichung, Berichten über den Fortschritt – und wie es nach der Reihe weitergeht.',
    programme: `- 10:00 Begrüßung
- 10:15 Die Strategie in den Rat bringen: Beschlussvorlage und Beratung
- 12:00 Mittagspause
- 12:45 Veröffentlichen und über den Fortschritt berichten
- 14:15 Ausblick: Netzwerk der Teilnehmenden
- 15:00 Übergabe der Teilnahmebescheinigungen
- 15:30 Ende`,
    homeworkStep: 'publish',
    homework: 'Legen Sie die Strategie dem Rat zum Beschluss vor und veröffentlichen Sie sie danach in der Werkbank.',
    isPilot: false,
    sessions: [inPerson(364, '10:00', '15:30', 'Wissenschaftspark, Konferenzraum Förde', 'Kiel')],
  },
];

/**
 * The published knowledge items each module uses besides its worksheet (MATERIAL_ITEM_IDS: the
 * start workshop's and the vision module's), by slug (knowledge/seed*.ts).
 */
export const DEMO_PUBLISHED_MATERIALS: string[][] = [
  ['in-drei-schritten-zur-digitalen-strategie', 'video-in-drei-schritten-zur-digitalen-strategie'],
  [],
  ['digitale-verwaltungsleistungen-einfuehren', 'foerdermittel-finden'],
  ['buergerbeteiligung-digital-organisieren', 'video-buergerbeteiligung-digital-organisieren'],
  ['mustervorlage-ratsbeschluss-digitalstrategie'],
];

const DOMAIN = 'demo.digitale-kommune.de';

export interface DemoParticipant {
  email: string;
  /** for people the network's seed does not make; they have no password */
  displayName?: string;
  organisation: string;
  functionStatement: string;
  /** days before the first start */
  registeredDaysAgo: number;
  attendedStart: boolean;
  feedback?: { rating: number; comment: string; daysAgo: number };
}

/**
 * Eight participants, all confirmed (24 seats). manager@ and two mayors of the network's demo
 * people attended the start workshop with five others; three answered the pilot's feedback.
 * mitglied@ is not registered, so that the demo has a member who is not a participant.
 */
export const DEMO_PARTICIPANTS: DemoParticipant[] = [
  {
    email: `manager@${DOMAIN}`,
    organisation: 'gemeinde-suederbrarup',
    functionStatement: 'Bürgermeisterin der Gemeinde Süderbrarup',
    registeredDaysAgo: 45,
    attendedStart: true,
    feedback: {
      rating: 4,
      comment:
        'Die Bestandsaufnahme in Kleingruppen war sehr hilfreich, weil wir offen über Schwächen reden konnten. Für die Beispiele aus den Modellkommunen hätte ich mir mehr Zeit gewünscht.',
      daysAgo: 19,
    },
  },
  {
    email: `gesa.rathje@${DOMAIN}`,
    organisation: 'gemeinde-kirchbarkau',
    functionStatement: 'Bürgermeisterin der Gemeinde Kirchbarkau',
    registeredDaysAgo: 43,
    attendedStart: true,
    feedback: {
      rating: 5,
      comment: 'Endlich ein Format, das bei kleinen Gemeinden ansetzt. Das Arbeitsblatt nehme ich direkt in die nächste Amtsausschusssitzung mit.',
      daysAgo: 20,
    },
  },
  {
    email: `hinrich.ketelsen@${DOMAIN}`,
    organisation: 'stadt-nortorf',
    functionStatement: 'Bürgermeister der Stadt Nortorf',
    registeredDaysAgo: 40,
    attendedStart: true,
    feedback: {
      rating: 3,
      comment: 'Inhaltlich gut, aber zu viel Programm für einen Tag. Bitte mehr Zeit für den Austausch zwischen den Kommunen einplanen.',
      daysAgo: 18,
    },
  },
  {
    email: `claus.andresen@${DOMAIN}`,
    displayName: 'Claus Andresen',
    organisation: 'gemeinde-tarp',
    functionStatement: 'Bürgermeister der Gemeinde Tarp',
    registeredDaysAgo: 38,
    attendedStart: true,
  },
  {
    email: `wiebke.hollesen@${DOMAIN}`,
    displayName: 'Wiebke Hollesen',
    organisation: 'gemeinde-kropp',
    functionStatement: 'Bürgermeisterin der Gemeinde Kropp',
    registeredDaysAgo: 33,
    attendedStart: true,
  },
  {
    email: `detlef.rohwer@${DOMAIN}`,
    displayName: 'Detlef Rohwer',
    organisation: 'stadt-heide',
    functionStatement: 'Bürgermeister der Stadt Heide',
    registeredDaysAgo: 12,
    attendedStart: false,
  },
  {
    email: `insa.thiessen@${DOMAIN}`,
    displayName: 'Insa Thiessen',
    organisation: 'gemeinde-soerup',
    functionStatement: 'Bürgermeisterin der Gemeinde Sörup',
    registeredDaysAgo: 6,
    attendedStart: false,
  },
  {
    email: `peer.christiansen@${DOMAIN}`,
    displayName: 'Peer Christiansen',
    organisation: 'stadt-eutin',
    functionStatement: 'Bürgermeister der Stadt Eutin',
    registeredDaysAgo: 3,
    attendedStart: false,
  },
];

/** Who checked the participants in at the start workshop. */
export const DEMO_CHECK_IN_BY = `redaktion@${DOMAIN}`;
