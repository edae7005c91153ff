import type { Eligibility } from './core/tables.ts';
import { DECIDED_CHALLENGE, JURY_CHALLENGE, OPEN_CHALLENGE } from './seed-ids.ts';

/**
 * A moment of the demo: Berlin calendar days from the day of the first seed run (negative: in
 * the past) and the Berlin clock time. The phases follow from these, so they hold on any day.
 */
export type DemoMoment = readonly [days: number, time: string];

export interface DemoQuestion {
  /** e-mail address of the asker, a person of the network or a demo account */
  askedBy: string;
  askedAt: DemoMoment;
  question: string;
  /** answered by the challenge's author */
  answer?: { at: DemoMoment; text: string };
}

export interface DemoChallenge {
  id: string;
  slug: string;
  /** slug of the posting demo organisation */
  organisation: string;
  /** who wrote it and answers its questions */
  author: string;
  title: string;
  summary: string;
  problem: string;
  context: string;
  affected: string;
  dataAvailable: string;
  constraints: string;
  success: string;
  prize: string;
  eligibility: Eligibility;
  fieldsOfAction: string[];
  blindReview: boolean;
  contact: string;
  timeline: {
    created: DemoMoment;
    sentForReview: DemoMoment;
    published: DemoMoment;
    opens: DemoMoment;
    questionsUntil: DemoMoment;
    closes: DemoMoment;
    juryUntil: DemoMoment;
    announcement: DemoMoment;
    decided: DemoMoment | null;
  };
  /** what the jury scores, in order, with its weight */
  criteria: { title: string; description: string; weight: number }[];
  questions: DemoQuestion[];
}

/** The person who approves the challenges for publication (README.md). */
export const DEMO_EDITOR_EMAIL = 'redaktion@demo.digitale-kommune.de';
/** The demo juror who reviews (README.md). */
export const DEMO_JUROR_EMAIL = 'jury@demo.digitale-kommune.de';
const DEMO_MANAGER_EMAIL = 'manager@demo.digitale-kommune.de';

/**
 * The network's people who take part (network/seed-people.ts), by address with their names:
 * made here without a password if the network's demo content is not there, as the seminars do.
 */
export const DEMO_CHALLENGE_PEOPLE: Record<string, string> = {
  'gesa.rathje@demo.digitale-kommune.de': 'Gesa Rathje',
  'torben.sievers@demo.digitale-kommune.de': 'Torben Sievers',
  'hannelore.bahnsen@demo.digitale-kommune.de': 'Hannelore Bahnsen',
  'jonas.ehlers@demo.digitale-kommune.de': 'Jonas Ehlers',
  'levke.hinrichsen@demo.digitale-kommune.de': 'Levke Hinrichsen',
  'meike.asmussen@demo.digitale-kommune.de': 'Meike Asmussen',
  'arne.johannsen@demo.digitale-kommune.de': 'Arne Johannsen',
  'merle.jessen@demo.digitale-kommune.de': 'Merle Jessen',
  'finn.nissen@demo.digitale-kommune.de': 'Finn Nissen',
  'bente.lassen@demo.digitale-kommune.de': 'Bente Lassen',
  'kai.tiedemann@demo.digitale-kommune.de': 'Kai Tiedemann',
  'jannik.brodersen@demo.digitale-kommune.de': 'Jannik Brodersen',
};

/*
 * Three challenges of model municipalities of seed 001 ("Digitalisierung der Daseinsvorsorge",
 * "das smarte Baugebiet der Zukunft", "der Betrieb einer OpenData-Plattform"), posted as in the
 * Smart City Dialog's Call for Solutions of seed 003. Places and organisations are those of the
 * demo directory; the texts are written for this demo.
 */

/** Kreis Schleswig-Flensburg, open for submissions: rides for older people in Angeln. */
const OPEN: DemoChallenge = {
  id: OPEN_CHALLENGE.id,
  slug: OPEN_CHALLENGE.slug,
  organisation: 'kreis-schleswig-flensburg',
  author: DEMO_MANAGER_EMAIL,
  title: 'Mitfahren im Dorf: Nachbarschaftsfahrten und Rufbus für Ältere in Angeln sichtbar machen',
  summary:
    'Wer in Angeln kein Auto hat, kommt mit dem Rufbus, der Mitfahrbank oder den Nachbarn zum Arzt und zum Einkaufen – wenn man davon weiß. Gesucht ist eine Lösung, die diese Wege für ältere Menschen an einer Stelle zeigt, auch ohne Smartphone.',
  problem:
    'In den Dörfern Angelns fährt der Linienbus oft nur zur Schulzeit. Es gibt den **Rufbus** des Nahverkehrs, Mitfahrbänke in mehreren Gemeinden und viele Nachbarinnen und Nachbarn, die ohnehin nach Süderbrarup oder Kappeln fahren und gern jemanden mitnehmen.\n\nÄltere Menschen erfahren davon aber kaum: Der Rufbus wird über eine App oder eine Telefonnummer bestellt, die wenige kennen, und wer eine Fahrt anbietet, hängt einen Zettel in den Dorfladen. So bleiben Plätze leer, während andere zu Hause bleiben oder ein Taxi bezahlen, das sie sich nicht leisten können.',
  context:
    'Der Kreis ist Modellkommune im Wettbewerb „Digitale Modellkommunen Schleswig-Holstein“ mit dem Schwerpunkt Digitalisierung der Daseinsvorsorge. Die Gemeinde Süderbrarup und das Amt Süderbrarup unterstützen die Erprobung; die Dorfgemeinschaft Angeln digital e. V. hilft jeden Dienstag im Dorfgemeinschaftshaus beim Umgang mit Smartphone und Online-Diensten.',
  affected:
    'Vor allem Menschen über 70 ohne eigenes Auto in den Gemeinden des Amtes Süderbrarup, ihre Angehörigen, die oft weit weg wohnen, die Fahrerinnen und Fahrer des Rufbusses und alle, die Fahrten im Dorf anbieten.',
  dataAvailable:
    '- Fahrplan- und Haltestellendaten des Nahverkehrs (GTFS), die Rufbus-Zonen und Bedienzeiten\n- die Standorte der Mitfahrbänke im Amt\n- die Öffnungszeiten von Arztpraxen, Apotheken und Dorfläden aus dem Ortsverzeichnis des Amtes\n\nBuchungsdaten des Rufbusses gibt es nur zusammengefasst, ohne Personenbezug.',
  constraints:
    '- Die Lösung muss ohne Smartphone nutzbar sein, z. B. über Telefon, Aushang oder einen Bildschirm im Dorfladen.\n- Es dürfen keine Bewegungsprofile entstehen; Fahrtwünsche werden nach der Fahrt gelöscht.\n- Die Buchung des Rufbusses bleibt beim Nahverkehr; angebunden wird über seine Schnittstelle.\n- Barrierefreiheit nach BITV 2.0.',
  success:
    'Nach sechs Monaten Pilotbetrieb in mindestens fünf Dörfern kennen mehr ältere Menschen den Rufbus und nutzen ihn, mehr Nachbarschaftsfahrten kommen zustande, und die Dorfgemeinschaft kann die Lösung ohne Hilfe des Herstellers betreuen.',
  prize: 'Pilotierung in den Gemeinden des Amtes Süderbrarup über sechs Monate mit bis zu 30.000 Euro',
  eligibility: 'both',
  fieldsOfAction: ['mobilitaet', 'daseinsvorsorge'],
  blindReview: false,
  contact: 'Stabsstelle Digitalisierung des Kreises Schleswig-Flensburg, digital@demo.schleswig-flensburg.example',
  timeline: {
    created: [-30, '10:15'],
    sentForReview: [-20, '16:40'],
    published: [-16, '09:30'],
    opens: [-14, '09:00'],
    questionsUntil: [14, '12:00'],
    closes: [28, '12:00'],
    juryUntil: [56, '18:00'],
    announcement: [63, '10:00'],
    decided: null,
  },
  criteria: [
    {
      title: 'Nutzen für ältere Menschen ohne Auto',
      description: 'Kommen mehr Menschen zum Arzt, zum Einkaufen und zu Besuch, die heute zu Hause bleiben?',
      weight: 3,
    },
    {
      title: 'Einfach zu nutzen, auch ohne Smartphone',
      description: 'Telefon, Aushang, Bildschirm im Dorfladen: Wer kein Smartphone hat, ist nicht ausgeschlossen.',
      weight: 2,
    },
    {
      title: 'Betrieb und Kosten nach der Pilotphase',
      description: 'Können Dorfgemeinschaft und Amt die Lösung danach selbst betreiben, zu Kosten, die sie tragen können?',
      weight: 1,
    },
  ],
  questions: [
    {
      askedBy: 'jonas.ehlers@demo.digitale-kommune.de',
      askedAt: [-10, '19:12'],
      question: 'Dürfen auch Vereine ohne eigene Entwicklerinnen und Entwickler einreichen, wenn sie mit einer Firma zusammenarbeiten?',
      answer: {
        at: [-9, '08:45'],
        text: 'Ja. Eingereicht wird von einer Organisation oder einer Person; wer im Team mitarbeitet, geben Sie unter „Team“ an. Die Organisation, die einreicht, ist unsere Ansprechpartnerin für den Pilotbetrieb.',
      },
    },
    {
      askedBy: 'levke.hinrichsen@demo.digitale-kommune.de',
      askedAt: [-8, '11:30'],
      question: 'Gibt es für die Anbindung des Rufbusses eine dokumentierte Schnittstelle, oder muss sie erst entstehen?',
      answer: {
        at: [-7, '14:05'],
        text: 'Der Nahverkehr stellt eine dokumentierte Schnittstelle für Fahrtanfragen bereit; die Beschreibung schicken wir allen, die einreichen möchten, auf Anfrage an die angegebene Kontaktadresse. Eine eigene Buchung am Rufbus vorbei ist nicht vorgesehen.',
      },
    },
    {
      askedBy: 'meike.asmussen@demo.digitale-kommune.de',
      askedAt: [-2, '10:20'],
      question: 'Kann der Bildschirm im Dorfladen auch im Amt Süderbrarup im Bürgerbüro stehen, oder muss die Lösung in den Dörfern selbst laufen?',
    },
  ],
};

/** Gemeinde Kirchbarkau, with the jury (blind): the smart building area of the future. */
const JURY: DemoChallenge = {
  id: JURY_CHALLENGE.id,
  slug: JURY_CHALLENGE.slug,
  organisation: 'gemeinde-kirchbarkau',
  author: 'gesa.rathje@demo.digitale-kommune.de',
  title: 'Das smarte Baugebiet der Zukunft: Planung, Netze und Nachbarschaft in Kirchbarkau digital zusammenbringen',
  summary:
    'Kirchbarkau erschließt ein neues Baugebiet und will Glasfaser, Nahwärme und Ladepunkte in einem Zug verlegen. Gesucht ist eine Lösung, die Bauwillige, Versorger und Gemeinde von der Vergabe der Grundstücke bis zum Einzug zusammenbringt.',
  problem:
    'Bei neuen Baugebieten laufen die Abstimmungen zwischen Gemeinde, Planungsbüro, Versorgern und Bauherren über E-Mails, Telefonate und Papier. Wer welchen Anschluss braucht, erfährt der Versorger oft erst, wenn die Straße schon fertig ist – dann wird **zweimal gebaggert**.\n\nBauwillige wissen nicht, wann ihr Grundstück erschlossen ist, welche Vorgaben der Bebauungsplan macht und wie sie Nahwärme und Glasfaser bestellen. Die Gemeinde hat keine hauptamtliche Verwaltung im Ort; das Amt hilft, aber jede Nachfrage kostet Zeit.',
  context:
    'Kirchbarkau ist eine der neun Modellkommunen im Wettbewerb „Digitale Modellkommunen Schleswig-Holstein“ und arbeitet am smarten Baugebiet der Zukunft. Die Stadt Nortorf hat mit ihrem Leitfaden „Das smarte Baugebiet“ gezeigt, wie viel sich von Anfang an mitplanen lässt; Kirchbarkau will den Schritt zu einem gemeinsamen digitalen Arbeitsort gehen.',
  affected:
    'Die künftigen Bewohnerinnen und Bewohner des Baugebiets, die Gemeindevertretung und das Amt, die Versorger für Strom, Nahwärme und Glasfaser, das Planungsbüro und die Nachbarschaft am Rand des Gebiets.',
  dataAvailable:
    '- der Bebauungsplan als XPlanung-Datensatz\n- die Leitungspläne der Versorger (nur für die Beteiligten, nicht öffentlich)\n- der Zeitplan der Erschließung in Bauabschnitten\n- der Zuschnitt der Grundstücke mit ihren Größen',
  constraints:
    '- Leitungspläne sind kritische Infrastruktur und bleiben bei den Beteiligten.\n- Die Vergabe der Grundstücke entscheidet die Gemeindevertretung nach ihren Richtlinien; die Lösung unterstützt sie, entscheidet aber nicht.\n- Offene Standards (XPlanung, offene Schnittstellen), damit das Amt die Lösung für weitere Gemeinden nutzen kann.',
  success:
    'Alle Anschlüsse des ersten Bauabschnitts werden in einem Zug verlegt, Bauwillige finden den Stand ihres Grundstücks jederzeit selbst, und das Amt kann die Lösung im nächsten Baugebiet einer anderen Gemeinde wiederverwenden.',
  prize: 'Pilotierung im ersten Bauabschnitt mit bis zu 40.000 Euro und Begleitung durch das Amt',
  eligibility: 'both',
  fieldsOfAction: ['energie-umwelt', 'infrastruktur-daten'],
  blindReview: true,
  contact: 'Bürgermeisterin der Gemeinde Kirchbarkau, buergermeisterin@demo.kirchbarkau.example',
  timeline: {
    created: [-70, '20:10'],
    sentForReview: [-60, '18:30'],
    published: [-52, '10:00'],
    opens: [-49, '09:00'],
    questionsUntil: [-21, '12:00'],
    closes: [-7, '12:00'],
    juryUntil: [21, '18:00'],
    announcement: [28, '10:00'],
    decided: null,
  },
  criteria: [
    {
      title: 'Nutzen für Bauwillige und Gemeinde',
      description: 'Weniger Nachfragen, weniger doppelte Bauarbeiten, klare Auskunft zum Stand jedes Grundstücks.',
      weight: 2,
    },
    {
      title: 'Offene Standards und Übertragbarkeit',
      description: 'XPlanung, offene Schnittstellen, eine Lizenz, unter der andere Gemeinden die Lösung nutzen dürfen.',
      weight: 2,
    },
    {
      title: 'Umsetzbarkeit bis zur Erschließung',
      description: 'Steht die Lösung, bevor im ersten Bauabschnitt die Bagger anrücken?',
      weight: 1,
    },
  ],
  questions: [
    {
      askedBy: 'bente.lassen@demo.digitale-kommune.de',
      askedAt: [-40, '09:05'],
      question: 'Sollen die Versorger ihre Leitungspläne in die Lösung hochladen, oder reicht ein Verweis auf die eigenen Systeme?',
      answer: {
        at: [-38, '17:20'],
        text: 'Ein Verweis reicht. Die Leitungspläne bleiben bei den Versorgern; die Lösung soll zeigen, welcher Anschluss für welches Grundstück bestellt und wann er geplant ist.',
      },
    },
    {
      askedBy: 'arne.johannsen@demo.digitale-kommune.de',
      askedAt: [-30, '21:40'],
      question: 'Darf ich als Einzelperson einreichen, oder nur Unternehmen?',
      answer: {
        at: [-29, '08:10'],
        text: 'Beides ist möglich: Organisationen und Einzelpersonen dürfen einreichen. Die Jury bewertet die Vorschläge ohne Namen.',
      },
    },
  ],
};

/** Stadt Nortorf, decided three weeks ago: an open-data platform a small administration can run. */
const DECIDED: DemoChallenge = {
  id: DECIDED_CHALLENGE.id,
  slug: DECIDED_CHALLENGE.slug,
  organisation: 'stadt-nortorf',
  author: 'torben.sievers@demo.digitale-kommune.de',
  title: 'Offene Daten für Nortorf: eine Plattform, die eine kleine Verwaltung nebenbei betreiben kann',
  summary:
    'Nortorf möchte seine Daten – vom Haushalt bis zu den Kita-Plätzen – offen veröffentlichen, hat aber keine eigene IT-Abteilung. Gesucht war ein Betrieb einer Open-Data-Plattform, der mit wenigen Stunden im Monat auskommt.',
  problem:
    'Die Stadt hat viele Daten, die Bürgerinnen und Bürgern, Vereinen und Unternehmen nützen würden: Haushaltszahlen, Sitzungstermine, freie Kita-Plätze, Baustellen, Parkplätze. Sie liegen heute in Fachverfahren und Tabellen.\n\nEine eigene Datenplattform aufzubauen und zu betreiben übersteigt die Kräfte der Verwaltung: Der **IT-Koordinator ist eine Person**, die auch Rechner, Telefone und Fachverfahren betreut.',
  context:
    'Nortorf ist Modellkommune im Wettbewerb „Digitale Modellkommunen Schleswig-Holstein“ mit dem Schwerpunkt Betrieb einer OpenData-Plattform. Andere Kommunen im Land haben bereits Portale; Nortorf will zeigen, wie eine Kleinstadt mit geringem Aufwand dazukommt.',
  affected:
    'Die Mitarbeitenden der Fachbereiche, die Daten liefern, der IT-Koordinator, die Stadtvertretung und alle, die Daten der Stadt nutzen wollen – von der Lokalzeitung bis zum Heimatverein.',
  dataAvailable:
    '- der Haushalt der letzten fünf Jahre als Tabellen\n- die Termine der Stadtvertretung aus dem Ratsinformationssystem\n- die Belegung der Kitas (zusammengefasst)\n- Baustellen und Straßensperrungen aus dem Bauamt',
  constraints:
    '- Metadaten nach DCAT-AP.de, damit die Daten auch auf GovData erscheinen.\n- Höchstens vier Stunden Pflege im Monat für die Verwaltung.\n- Keine Daten mit Personenbezug.\n- Betrieb in Rechenzentren in Deutschland.',
  success:
    'Nach einem Jahr sind mindestens 20 Datensätze veröffentlicht und werden automatisch aktualisiert, die Verwaltung braucht dafür weniger als vier Stunden im Monat, und mindestens drei Anwendungen Dritter nutzen die Daten.',
  prize: 'Pilotbetrieb über zwölf Monate in Nortorf mit bis zu 25.000 Euro',
  eligibility: 'both',
  fieldsOfAction: ['infrastruktur-daten', 'verwaltung'],
  blindReview: false,
  contact: 'IT-Koordination der Stadt Nortorf, it@demo.nortorf.example',
  timeline: {
    created: [-130, '11:00'],
    sentForReview: [-118, '15:45'],
    published: [-110, '09:15'],
    opens: [-105, '09:00'],
    questionsUntil: [-77, '12:00'],
    closes: [-63, '12:00'],
    juryUntil: [-24, '18:00'],
    announcement: [-21, '10:00'],
    decided: [-21, '10:00'],
  },
  criteria: [
    {
      title: 'Aufwand für die Verwaltung im Betrieb',
      description: 'Wie viele Stunden im Monat braucht die Verwaltung, und wer hilft, wenn etwas nicht funktioniert?',
      weight: 3,
    },
    {
      title: 'Offene Standards',
      description: 'DCAT-AP.de, Anbindung an GovData, offene Lizenzen für Daten und Software.',
      weight: 2,
    },
    {
      title: 'Kosten über drei Jahre',
      description: 'Einrichtung und laufender Betrieb nach dem Pilotjahr.',
      weight: 1,
    },
  ],
  questions: [
    {
      askedBy: 'jannik.brodersen@demo.digitale-kommune.de',
      askedAt: [-95, '13:25'],
      question: 'Muss die Plattform neu entstehen, oder darf Nortorf auch Teil eines bestehenden Portals einer anderen Kommune werden?',
      answer: {
        at: [-94, '09:40'],
        text: 'Beides ist willkommen. Entscheidend ist, dass die Daten als Daten der Stadt Nortorf erkennbar sind und die Verwaltung sie selbst pflegen kann.',
      },
    },
    {
      askedBy: 'finn.nissen@demo.digitale-kommune.de',
      askedAt: [-85, '16:00'],
      question: 'Welche Datensätze sollen im ersten Jahr mindestens veröffentlicht werden?',
      answer: {
        at: [-83, '10:30'],
        text: 'Den Haushalt, die Sitzungstermine und die Baustellen. Welche weiteren folgen, schlagen Sie vor; wir entscheiden sie gemeinsam mit den Fachbereichen.',
      },
    },
  ],
};

/** In the order of their numbers in seed-ids.ts (demoCriterionId(c, n), demoQuestionId(c, n): c = 1, 2, 3). */
export const DEMO_CHALLENGES: readonly DemoChallenge[] = [OPEN, JURY, DECIDED];
