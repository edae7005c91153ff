import type { Recommendation } from '../review/service.ts';
import type { SubmissionStatus } from './core/tables.ts';
import type { DemoMoment } from './seed-challenges.ts';
import { DECIDED_CHALLENGE, DEMO_STARTUP_EMAIL, DEMO_SUBMISSIONS, JURY_CHALLENGE, OPEN_CHALLENGE } from './seed-ids.ts';

export interface DemoSubmission {
  id: string;
  challengeId: string;
  /** e-mail address of the person who wrote and submitted it */
  submitter: string;
  /** slug of the demo organisation it is submitted for; null for a person on their own */
  organisation: string | null;
  status: SubmissionStatus;
  title: string;
  summary: string;
  description: string;
  team: string;
  references: string;
  costs: string;
  created: DemoMoment;
  submitted: DemoMoment | null;
  withdrawn: DemoMoment | null;
  /** chosen by the editors, with what the winner receives */
  award?: string;
  /** slug of the library's solution profile that the winner's work already is */
  solution?: string;
}

/**
 * The demo juror's review of a submission: undeclared (assigned, no declaration yet), a draft,
 * or submitted. Scores and comments follow the challenge's criteria in order.
 */
export interface DemoReview {
  submissionId: string;
  state: 'undeclared' | 'draft' | 'submitted';
  scores: readonly (readonly [score: number, comment: string])[];
  recommendation: Recommendation | null;
  comment: string;
}

const BAHNSEN = 'hannelore.bahnsen@demo.digitale-kommune.de';
const JOHANNSEN = 'arne.johannsen@demo.digitale-kommune.de';
const JESSEN = 'merle.jessen@demo.digitale-kommune.de';
const LASSEN = 'bente.lassen@demo.digitale-kommune.de';
const TIEDEMANN = 'kai.tiedemann@demo.digitale-kommune.de';
const BRODERSEN = 'jannik.brodersen@demo.digitale-kommune.de';
const NISSEN = 'finn.nissen@demo.digitale-kommune.de';

/*
 * The submissions of the three challenges, written for this demo. The start-up's account
 * (startup@, Nordlicht Software GmbH) has none for the open challenge, so that it can submit
 * there; its submission with the jury waits for the juror's declaration, and its winner of the
 * decided challenge is not a solution profile yet.
 */
export const DEMO_CHALLENGE_SUBMISSIONS: readonly DemoSubmission[] = [
  {
    id: DEMO_SUBMISSIONS.openSubmitted,
    challengeId: OPEN_CHALLENGE.id,
    submitter: BAHNSEN,
    organisation: 'dorfgemeinschaft-angeln-digital-e-v',
    status: 'submitted',
    title: 'Mitfahrbank-App und Dorftelefon: alle Wege aus dem Dorf an einem Ort',
    summary: 'Unsere Mitfahrbank-App zeigt künftig auch die Rufbus-Fahrten, und ein Dorftelefon nimmt Fahrtwünsche von allen an, die kein Smartphone haben.',
    description:
      'Die Mitfahrbank-App des Vereins läuft seit zwei Jahren in drei Dörfern. Wir erweitern sie um drei Bausteine:\n\n- **Rufbus einbinden:** Über die Schnittstelle des Nahverkehrs zeigt die App, wann der Rufbus fährt, und leitet Fahrtwünsche dorthin weiter.\n- **Dorftelefon:** Eine feste Nummer, an der Ehrenamtliche dienstags und donnerstags Fahrtwünsche annehmen und in die App eintragen.\n- **Aushang im Dorfladen:** Ein Bildschirm zeigt die Fahrten des Tages in großer Schrift.\n\nFahrtwünsche werden einen Tag nach der Fahrt gelöscht.',
    team: 'Sechs Ehrenamtliche des Vereins, darunter zwei Entwickler im Ruhestand; die Versorgungsbetriebe Angeln liefern die Funkknöpfe der Bänke.',
    references: 'Mitfahrbank-App in Süderbrarup, Boren und Dollrottfeld seit zwei Jahren; Digitalsprechstunde jeden Dienstag im Dorfgemeinschaftshaus.',
    costs: 'Einrichtung 12.000 Euro (Schnittstelle, Bildschirme, Telefonanlage), Betrieb 1.800 Euro im Jahr.',
    created: [-12, '20:30'],
    submitted: [-3, '18:45'],
    withdrawn: null,
  },
  {
    id: DEMO_SUBMISSIONS.openDraft,
    challengeId: OPEN_CHALLENGE.id,
    submitter: JOHANNSEN,
    organisation: null,
    status: 'draft',
    title: 'Funkknopf an der Mitfahrbank mit Anzeige im Dorfladen',
    summary: 'Ein Knopf an jeder Mitfahrbank meldet über LoRaWAN, dass jemand wartet; im Dorfladen und an der Bushaltestelle zeigt eine Anzeige es an.',
    description: 'Entwurf: Funkplanung für die fünf Pilotdörfer, Anzeige im Dorfladen, Anbindung an den Rufbus noch offen.',
    team: '',
    references: '',
    costs: '',
    created: [-5, '22:10'],
    submitted: null,
    withdrawn: null,
  },

  {
    id: DEMO_SUBMISSIONS.juryStartup,
    challengeId: JURY_CHALLENGE.id,
    submitter: DEMO_STARTUP_EMAIL,
    organisation: 'nordlicht-software-gmbh',
    status: 'submitted',
    title: 'Baugebiets-Lotse: ein gemeinsamer Arbeitsort für Gemeinde, Versorger und Bauwillige',
    summary:
      'Eine Web-Anwendung, die den Bebauungsplan (XPlanung) mit dem Stand jedes Grundstücks verbindet: Vergabe, Anschlüsse, Bauabschnitte – für alle Beteiligten in ihrer Sicht.',
    description:
      'Der Baugebiets-Lotse liest den Bebauungsplan im Format XPlanung ein und legt jedes Grundstück als Karte an.\n\n- **Bauwillige** sehen den Stand ihres Grundstücks, die Vorgaben des Plans und bestellen ihre Anschlüsse an einer Stelle.\n- **Versorger** sehen, welche Anschlüsse in welchem Bauabschnitt bestellt sind, und verweisen auf ihre eigenen Leitungspläne.\n- **Gemeinde und Amt** sehen den Stand des ganzen Gebiets und bereiten die Vergabe für die Gemeindevertretung vor.\n\nQuelloffen unter der EUPL, betrieben in einem Rechenzentrum in Kiel.',
    team: 'Lena Brandt (Produkt), zwei Entwicklerinnen, ein Entwickler und eine Expertin für Barrierefreiheit der Nordlicht Software GmbH.',
    references: 'Bürgerportale für drei Ämter in Schleswig-Holstein; Anbindung von XPlanung in einem Fachverfahren für Bauleitplanung.',
    costs: 'Einrichtung 28.000 Euro, Betrieb 3.600 Euro im Jahr; weitere Baugebiete des Amtes ohne neue Lizenzkosten.',
    created: [-30, '09:40'],
    submitted: [-9, '16:20'],
    withdrawn: null,
  },
  {
    id: DEMO_SUBMISSIONS.juryReviewed[0],
    challengeId: JURY_CHALLENGE.id,
    submitter: JESSEN,
    organisation: 'forschungsstelle-digitale-daseinsvorsorge-flensburg',
    status: 'submitted',
    title: 'Offenes Datenmodell für Baugebiete mit Begleitforschung',
    summary:
      'Ein offenes Datenmodell, das Bebauungsplan, Anschlüsse und Bauabschnitte verknüpft, dazu eine Begleitforschung, was es Gemeinde und Versorgern spart.',
    description:
      'Wir entwickeln mit der Gemeinde ein offenes Datenmodell auf Grundlage von XPlanung und erproben es mit einer einfachen Oberfläche. Die Begleitforschung misst, wie viele Abstimmungen und doppelte Bauarbeiten entfallen, und bereitet die Ergebnisse für andere Gemeinden auf.',
    team: 'Prof. Dr. Merle Jessen, Tomke Harms und zwei studentische Hilfskräfte.',
    references: 'Begleitforschung der Modellkommunen in Schleswig-Holstein.',
    costs: '35.000 Euro, davon 20.000 Euro für die Begleitforschung.',
    created: [-25, '14:00'],
    submitted: [-8, '11:05'],
    withdrawn: null,
  },
  {
    id: DEMO_SUBMISSIONS.juryReviewed[1],
    challengeId: JURY_CHALLENGE.id,
    submitter: LASSEN,
    organisation: 'versorgungsbetriebe-angeln',
    status: 'submitted',
    title: 'Glasfaser und Nahwärme aus einer Hand: die Anschlussplanung des Baugebiets',
    summary: 'Wir planen Glasfaser, Nahwärme und Wasser im Baugebiet gemeinsam und zeigen Bauwilligen in einem Kundenportal den Stand ihres Anschlusses.',
    description:
      'Als Versorger für Wasser, Wärme und Glasfaser planen wir alle Leitungen in einem Zug. Unser Kundenportal erweitern wir um eine Ansicht für das Baugebiet: Bauwillige bestellen alle Anschlüsse auf einmal und sehen den Termin ihres Hausanschlusses.',
    team: 'Netzplanung und Kundenservice der Versorgungsbetriebe Angeln.',
    references: 'Glasfaser und Nahwärme in zwei Neubaugebieten in Angeln.',
    costs: '18.000 Euro für die Erweiterung des Kundenportals; der Netzbau wird wie üblich über die Anschlussbeiträge finanziert.',
    created: [-20, '08:30'],
    submitted: [-10, '15:00'],
    withdrawn: null,
  },
  {
    id: DEMO_SUBMISSIONS.juryDraftReview,
    challengeId: JURY_CHALLENGE.id,
    submitter: JOHANNSEN,
    organisation: null,
    status: 'submitted',
    title: 'Ein Funknetz für das Baugebiet: Zähler, Straßenlicht und Ladepunkte',
    summary: 'Ein LoRaWAN-Netz, das mit der Erschließung entsteht und Wasserzähler, Straßenbeleuchtung und Ladepunkte des Baugebiets von Anfang an anbindet.',
    description:
      'Ich plane das Funknetz für das Baugebiet und die Anbindung der ersten Sensoren. Die Daten laufen auf einer offenen Plattform der Gemeinde, nicht bei einem Hersteller.',
    team: 'Arne Johannsen, selbstständiger Berater für Funknetze und Sensorik.',
    references: 'LoRaWAN-Netze für zwei Stadtwerke an der Westküste.',
    costs: 'Planung 6.000 Euro, Gateways und Sensoren 9.000 Euro, Betrieb 800 Euro im Jahr.',
    created: [-15, '19:00'],
    submitted: [-7, '11:58'],
    withdrawn: null,
  },
  {
    id: DEMO_SUBMISSIONS.juryWithdrawn,
    challengeId: JURY_CHALLENGE.id,
    submitter: TIEDEMANN,
    organisation: null,
    status: 'withdrawn',
    title: 'Ladepunkte für das ganze Quartier',
    summary: 'Gemeinsame Ladepunkte an einem Quartiersplatz statt einer Wallbox an jedem Haus.',
    description: 'Planung von sechs gemeinsamen Ladepunkten mit Abrechnung über eine Quartiers-App.',
    team: 'Kai Tiedemann.',
    references: '',
    costs: '22.000 Euro für sechs Ladepunkte.',
    created: [-35, '20:00'],
    submitted: [-28, '21:15'],
    withdrawn: [-14, '08:05'],
  },

  {
    id: DEMO_SUBMISSIONS.decidedStartupWinner,
    challengeId: DECIDED_CHALLENGE.id,
    submitter: DEMO_STARTUP_EMAIL,
    organisation: 'nordlicht-software-gmbh',
    status: 'submitted',
    title: 'Open Data als Dienst: Datensätze direkt aus den Fachverfahren veröffentlichen',
    summary:
      'Ein gehostetes Datenportal mit Vorlagen für die ersten Datensätze und automatischen Exporten aus Haushalts- und Ratsinformationssystem, gepflegt in wenigen Stunden im Monat.',
    description:
      'Wir betreiben für Nortorf ein Datenportal auf Basis quelloffener Portalsoftware mit Metadaten nach DCAT-AP.de.\n\n- **Automatische Exporte** aus dem Haushalts- und dem Ratsinformationssystem, jede Nacht.\n- **Vorlagen** für Baustellen und Kita-Plätze, die die Fachbereiche in einer Tabelle pflegen.\n- **Anbindung an GovData** ohne eigenes Zutun der Stadt.\n\nDie Stadt prüft jeden neuen Datensatz vor der ersten Veröffentlichung.',
    team: 'Lena Brandt (Produkt) und zwei Entwickler der Nordlicht Software GmbH.',
    references: 'Schnittstellen zu Haushalts- und Ratsinformationssystemen für mehrere Kommunen im Norden.',
    costs: 'Einrichtung 9.000 Euro, Betrieb 2.400 Euro im Jahr.',
    created: [-90, '10:00'],
    submitted: [-66, '17:30'],
    withdrawn: null,
    award: 'Pilotbetrieb über zwölf Monate in Nortorf mit 15.000 Euro',
  },
  {
    id: DEMO_SUBMISSIONS.decidedWinner,
    challengeId: DECIDED_CHALLENGE.id,
    submitter: BRODERSEN,
    organisation: 'landeshauptstadt-kiel',
    status: 'submitted',
    title: 'Mitmachen statt neu bauen: Nortorf im Open-Data-Portal der Landeshauptstadt',
    summary: 'Nortorf bekommt im Kieler Open-Data-Portal einen eigenen Bereich, pflegt seine Datensätze selbst und teilt die laufenden Kosten.',
    description:
      'Kiel öffnet sein Open-Data-Portal für andere Kommunen. Nortorf erhält einen eigenen Bereich, in dem die Daten als Daten der Stadt erscheinen. Wir schulen die Fachbereiche, stellen unseren Leitfaden und die Vorlage für einen Ratsbeschluss zu offenen Daten bereit.',
    team: 'Open-Data-Koordination der Landeshauptstadt Kiel.',
    references: 'Das Open-Data-Portal der Landeshauptstadt Kiel mit über 300 Datensätzen.',
    costs: 'Keine Einrichtungskosten, Anteil an den Betriebskosten 1.200 Euro im Jahr.',
    created: [-88, '13:00'],
    submitted: [-70, '10:15'],
    withdrawn: null,
    award: 'Kooperationsvereinbarung mit der Landeshauptstadt und 10.000 Euro für die Aufbereitung der ersten Datensätze',
    solution: 'open-data-portal',
  },
  {
    id: DEMO_SUBMISSIONS.decidedOthers[0],
    challengeId: DECIDED_CHALLENGE.id,
    submitter: NISSEN,
    organisation: 'forschungsstelle-digitale-daseinsvorsorge-flensburg',
    status: 'submitted',
    title: 'Erst der Bedarf, dann das Portal: eine Datenbedarfsanalyse für Nortorf',
    summary: 'Wir fragen Vereine, Unternehmen und Presse, welche Daten sie brauchen, und empfehlen danach Datensätze und Plattform.',
    description: 'Interviews und eine Online-Umfrage, danach eine Empfehlung für die ersten 20 Datensätze und den Betrieb.',
    team: 'Finn Nissen und Prof. Dr. Merle Jessen.',
    references: 'Auswertungen für die Modellkommunen in Schleswig-Holstein.',
    costs: '14.000 Euro.',
    created: [-80, '09:00'],
    submitted: [-64, '14:40'],
    withdrawn: null,
  },
  {
    id: DEMO_SUBMISSIONS.decidedOthers[1],
    challengeId: DECIDED_CHALLENGE.id,
    submitter: JOHANNSEN,
    organisation: null,
    status: 'submitted',
    title: 'Live-Daten für Nortorf: Parkplätze und Pegel als offene Daten',
    summary: 'Sensoren an zwei Parkplätzen und am Bach liefern Live-Daten, die das Portal als offene Daten veröffentlicht.',
    description: 'Aufbau eines kleinen Sensornetzes und Veröffentlichung der Messwerte im Minutentakt.',
    team: 'Arne Johannsen.',
    references: 'Sensornetze für Stadtwerke an der Westküste.',
    costs: '11.000 Euro für Sensoren und Gateways, 900 Euro Betrieb im Jahr.',
    created: [-75, '18:00'],
    submitted: [-63, '11:45'],
    withdrawn: null,
  },
];

/*
 * The demo juror's work. With the jury (blind): the start-up's submission is assigned but not
 * declared (the browser test declares and reviews it), two reviews are submitted, one is a
 * draft. In the decided challenge every submission has its submitted review, the winners first.
 */
export const DEMO_CHALLENGE_REVIEWS: readonly DemoReview[] = [
  { submissionId: DEMO_SUBMISSIONS.juryStartup, state: 'undeclared', scores: [], recommendation: null, comment: '' },
  {
    submissionId: DEMO_SUBMISSIONS.juryReviewed[0],
    state: 'submitted',
    scores: [
      [3, 'Die Oberfläche ist nur ein Prototyp; Bauwillige gewinnen im ersten Bauabschnitt wenig.'],
      [5, 'Offenes Datenmodell auf Grundlage von XPlanung, gut übertragbar.'],
      [3, 'Die Begleitforschung braucht Zeit, die vor der Erschließung knapp ist.'],
    ],
    recommendation: 'maybe',
    comment: 'Wertvoll für andere Gemeinden, für Kirchbarkau allein zu wenig praktischer Nutzen.',
  },
  {
    submissionId: DEMO_SUBMISSIONS.juryReviewed[1],
    state: 'submitted',
    scores: [
      [4, 'Alle Anschlüsse in einem Zug, ein Portal für die Bestellung.'],
      [3, 'Das Kundenportal ist eine eigene Lösung des Versorgers, keine offene Schnittstelle.'],
      [5, 'Der Versorger baut ohnehin; das Portal steht schnell.'],
    ],
    recommendation: 'yes',
    comment: 'Spart den doppelten Tiefbau sicher; die Offenheit sollte eine Auflage sein.',
  },
  {
    submissionId: DEMO_SUBMISSIONS.juryDraftReview,
    state: 'draft',
    scores: [[4, 'Zähler und Licht von Anfang an vernetzt – ein Nutzen über die Erschließung hinaus.']],
    recommendation: null,
    comment: '',
  },

  {
    submissionId: DEMO_SUBMISSIONS.decidedStartupWinner,
    state: 'submitted',
    scores: [
      [5, 'Die Exporte laufen von selbst; die Stadt prüft nur neue Datensätze.'],
      [4, 'DCAT-AP.de und GovData; die Portalsoftware ist quelloffen.'],
      [4, 'Günstiger Betrieb, nach dem Pilotjahr planbar.'],
    ],
    recommendation: 'yes',
    comment: 'Genau der geringe Aufwand, den eine Kleinstadt braucht.',
  },
  {
    submissionId: DEMO_SUBMISSIONS.decidedWinner,
    state: 'submitted',
    scores: [
      [4, 'Die Fachbereiche pflegen selbst, mit Schulung durch Kiel.'],
      [5, 'Ein bestehendes, offenes Portal mit allen Standards.'],
      [4, 'Kaum Kosten; die Kooperation muss die Stadtvertretung beschließen.'],
    ],
    recommendation: 'yes',
    comment: 'Zusammenarbeit statt eigener Plattform – ein Vorbild für andere kleine Städte.',
  },
  {
    submissionId: DEMO_SUBMISSIONS.decidedOthers[0],
    state: 'submitted',
    scores: [
      [2, 'Am Ende steht eine Empfehlung, noch kein Betrieb.'],
      [4, 'Die Empfehlung soll offene Standards berücksichtigen.'],
      [3, 'Die Kosten der Plattform kommen erst danach.'],
    ],
    recommendation: 'maybe',
    comment: 'Ein guter erster Schritt, der die Frage nach dem Betrieb offenlässt.',
  },
  {
    submissionId: DEMO_SUBMISSIONS.decidedOthers[1],
    state: 'submitted',
    scores: [
      [2, 'Sensoren brauchen Wartung, die die Verwaltung nicht leisten kann.'],
      [3, 'Offene Daten ja, aber kein Portal für die übrigen Datensätze.'],
      [3, 'Überschaubare Kosten für die Sensoren.'],
    ],
    recommendation: 'no',
    comment: 'Interessant, beantwortet aber nicht die Frage nach der Plattform.',
  },
];
