import type { AdoptionStatus } from './core/tables.ts';
import { DEMO_SOLUTIONS } from './seed-solutions.ts';

export interface DemoAdoption {
  id: string;
  solutionId: string;
  /** the adopting demo organisation, by its slug */
  organisation: string;
  status: AdoptionStatus;
  message: string;
  answer: string;
  requestedAt: string;
  answeredAt: string | null;
  operatingSince: string | null;
  report?: { changes: string; costs: string; lessons: string; reportedAt: string };
}

export const DEMO_ADOPTIONS = {
  councilHeide: '7c0a1e00-0000-4000-8015-000000000001',
  councilNordfriesland: '7c0a1e00-0000-4000-8015-000000000002',
  councilSuederbrarup: '7c0a1e00-0000-4000-8015-000000000003',
  openDataFlensburg: '7c0a1e00-0000-4000-8015-000000000004',
  openDataLuebeck: '7c0a1e00-0000-4000-8015-000000000005',
  openDataNordfriesland: '7c0a1e00-0000-4000-8015-000000000006',
  openDataEutin: '7c0a1e00-0000-4000-8015-000000000007',
  sensorsHeide: '7c0a1e00-0000-4000-8015-000000000008',
  sensorsEutin: '7c0a1e00-0000-4000-8015-000000000009',
  benchKirchbarkau: '7c0a1e00-0000-4000-8015-000000000010',
  benchSuederbrarup: '7c0a1e00-0000-4000-8015-000000000011',
  villageHubSuederbrarup: '7c0a1e00-0000-4000-8015-000000000012',
  participationPinneberg: '7c0a1e00-0000-4000-8015-000000000013',
  strategyNordfriesland: '7c0a1e00-0000-4000-8015-000000000014',
  townHallRendsburg: '7c0a1e00-0000-4000-8015-000000000015',
} as const;

/**
 * Who adopted which demo solution and how far they got: requests not yet answered, interest,
 * implementation and operation, two with an experience report. Written for this demo.
 */
export const DEMO_ADOPTION_LIST: DemoAdoption[] = [
  {
    id: DEMO_ADOPTIONS.councilHeide,
    solutionId: DEMO_SOLUTIONS.councilInformation,
    organisation: 'stadt-heide',
    status: 'operating',
    message: 'Unsere Stadtvertretung möchte ab der nächsten Wahlperiode papierlos arbeiten. Dürfen wir Ihr Leistungsverzeichnis verwenden?',
    answer: 'Gern – wir schicken Ihnen die Unterlagen und stellen den Kontakt zum IT-Dienstleister her.',
    requestedAt: '2023-09-04T08:30:00Z',
    answeredAt: '2023-09-06T10:00:00Z',
    operatingSince: '2024-06-01',
    report: {
      changes:
        'Wir haben das Leistungsverzeichnis des Kreises fast unverändert übernommen und nur die Zahl der Gremien angepasst. Statt Tablets für alle gab es einen Zuschuss für eigene Geräte.',
      costs:
        'Einmalig rund 12.000 € für Einrichtung und Schulung, im Jahr etwa 3.000 € für Lizenz und Betrieb. Das Papier und die Botengänge, die wegfallen, sparen etwa die Hälfte davon.',
      lessons:
        'Früher mit den Fraktionen sprechen: Die Schulung am Abend vor der ersten Sitzung war zu knapp. Beim nächsten Mal würden wir zwei Probesitzungen einplanen.',
      reportedAt: '2025-02-10T09:00:00Z',
    },
  },
  {
    id: DEMO_ADOPTIONS.councilNordfriesland,
    solutionId: DEMO_SOLUTIONS.councilInformation,
    organisation: 'kreis-nordfriesland',
    status: 'implementing',
    message: 'Wir bereiten die Ausschreibung für unseren Kreistag vor und würden gern auf Ihren Erfahrungen aufbauen.',
    answer: 'Sehr gern, die Unterlagen sind unterwegs.',
    requestedAt: '2025-01-20T09:15:00Z',
    answeredAt: '2025-01-21T14:00:00Z',
    operatingSince: null,
  },
  {
    id: DEMO_ADOPTIONS.councilSuederbrarup,
    solutionId: DEMO_SOLUTIONS.councilInformation,
    organisation: 'gemeinde-suederbrarup',
    status: 'requested',
    message: 'Passt das Ratsinformationssystem auch für eine Gemeindevertretung mit 13 Mitgliedern?',
    answer: '',
    requestedAt: '2026-11-30T11:00:00Z',
    answeredAt: null,
    operatingSince: null,
  },
  {
    id: DEMO_ADOPTIONS.openDataFlensburg,
    solutionId: DEMO_SOLUTIONS.openData,
    organisation: 'stadt-flensburg',
    status: 'operating',
    message: 'Wir möchten die Messwerte unseres Sensornetzes auf Ihrem Portal veröffentlichen, statt ein eigenes aufzubauen.',
    answer: 'Willkommen! Wir richten Ihnen einen eigenen Bereich ein.',
    requestedAt: '2023-07-03T07:45:00Z',
    answeredAt: '2023-07-05T12:30:00Z',
    operatingSince: '2023-10-01',
    report: {
      changes:
        'Wir nutzen einen eigenen Bereich im Kieler Portal und liefern die Messwerte des Sensornetzes automatisch jede Stunde. Ein eigenes Portal brauchten wir nicht.',
      costs:
        'Keine Einrichtungskosten; wir tragen einen Anteil von 1.500 € im Jahr an den laufenden Kosten. Dazu kamen etwa zehn Personentage für die Schnittstelle.',
      lessons: 'Mit wenigen, gut beschriebenen Datensätzen anfangen. Die Beschreibung der Daten hat länger gedauert als die Technik.',
      reportedAt: '2024-06-18T13:00:00Z',
    },
  },
  {
    id: DEMO_ADOPTIONS.openDataLuebeck,
    solutionId: DEMO_SOLUTIONS.openData,
    organisation: 'hansestadt-luebeck',
    status: 'operating',
    message: 'Wir würden gern den Leitfaden und die Vorlage für den Ratsbeschluss nutzen.',
    answer: 'Gern, beides hängt an der Lösung; wir stehen für Fragen bereit.',
    requestedAt: '2023-08-14T09:00:00Z',
    answeredAt: '2023-08-15T08:00:00Z',
    operatingSince: '2024-02-01',
  },
  {
    id: DEMO_ADOPTIONS.openDataNordfriesland,
    solutionId: DEMO_SOLUTIONS.openData,
    organisation: 'kreis-nordfriesland',
    status: 'implementing',
    message: 'Der Kreis möchte mit seinen Ämtern gemeinsam Daten veröffentlichen.',
    answer: 'Das passt gut – wir richten einen Bereich für den Kreis ein.',
    requestedAt: '2025-04-07T10:00:00Z',
    answeredAt: '2025-04-09T09:30:00Z',
    operatingSince: null,
  },
  {
    id: DEMO_ADOPTIONS.openDataEutin,
    solutionId: DEMO_SOLUTIONS.openData,
    organisation: 'stadt-eutin',
    status: 'interested',
    message: 'Die Zählwerte unserer Besucherlenkung könnten gut als offene Daten erscheinen.',
    answer: 'Gern, melden Sie sich, wenn Sie so weit sind.',
    requestedAt: '2025-10-13T08:00:00Z',
    answeredAt: '2025-10-14T15:00:00Z',
    operatingSince: null,
  },
  {
    id: DEMO_ADOPTIONS.sensorsHeide,
    solutionId: DEMO_SOLUTIONS.sensorNetwork,
    organisation: 'stadt-heide',
    status: 'operating',
    message: 'Für unsere Parksensoren brauchen wir ein Funknetz. Können wir Ihre Konfiguration übernehmen?',
    answer: 'Ja, sie ist quelloffen. Wir helfen bei der Einrichtung.',
    requestedAt: '2023-05-22T08:00:00Z',
    answeredAt: '2023-05-23T09:00:00Z',
    operatingSince: '2024-04-01',
  },
  {
    id: DEMO_ADOPTIONS.sensorsEutin,
    solutionId: DEMO_SOLUTIONS.sensorNetwork,
    organisation: 'stadt-eutin',
    status: 'implementing',
    message: 'Für die Zählpunkte der Besucherlenkung wollen wir ein eigenes Funknetz aufbauen.',
    answer: 'Gern, wir teilen unsere Standortplanung.',
    requestedAt: '2024-08-12T10:00:00Z',
    answeredAt: '2024-08-14T11:00:00Z',
    operatingSince: null,
  },
  {
    id: DEMO_ADOPTIONS.benchKirchbarkau,
    solutionId: DEMO_SOLUTIONS.rideShareBench,
    organisation: 'gemeinde-kirchbarkau',
    status: 'implementing',
    message: 'Unsere Mitfahrbank am Dorftreff soll einen Knopf bekommen.',
    answer: 'Prima – die Bauanleitung für den Knopf liegt im Repository.',
    requestedAt: '2025-03-10T09:00:00Z',
    answeredAt: '2025-03-11T18:00:00Z',
    operatingSince: null,
  },
  {
    id: DEMO_ADOPTIONS.benchSuederbrarup,
    solutionId: DEMO_SOLUTIONS.rideShareBench,
    organisation: 'gemeinde-suederbrarup',
    status: 'operating',
    message: 'Wir möchten zwei Bänke am Bahnhof und am Dorfladen anschließen.',
    answer: 'Sehr gern, wir kommen zum Einbau vorbei.',
    requestedAt: '2025-02-03T08:00:00Z',
    answeredAt: '2025-02-04T19:00:00Z',
    operatingSince: '2025-05-01',
  },
  {
    id: DEMO_ADOPTIONS.villageHubSuederbrarup,
    solutionId: DEMO_SOLUTIONS.villageHub,
    organisation: 'gemeinde-suederbrarup',
    status: 'interested',
    message: 'Wir überlegen, im Dorfgemeinschaftshaus einen digitalen Treff einzurichten.',
    answer: 'Kommen Sie gern vorbei und schauen Sie sich unseren an.',
    requestedAt: '2026-03-02T10:00:00Z',
    answeredAt: '2026-03-03T16:00:00Z',
    operatingSince: null,
  },
  {
    id: DEMO_ADOPTIONS.participationPinneberg,
    solutionId: DEMO_SOLUTIONS.participation,
    organisation: 'stadt-pinneberg',
    status: 'interested',
    message: 'Wir planen ein Beteiligungsverfahren zur Innenstadt und suchen eine Plattform.',
    answer: 'Gern teilen wir unsere Erfahrungen und die Einrichtung.',
    requestedAt: '2026-05-18T09:00:00Z',
    answeredAt: '2026-05-20T10:00:00Z',
    operatingSince: null,
  },
  {
    id: DEMO_ADOPTIONS.strategyNordfriesland,
    solutionId: DEMO_SOLUTIONS.crossBorderStrategy,
    organisation: 'kreis-nordfriesland',
    status: 'implementing',
    message: 'Auch unser Kreis grenzt an Dänemark; wir möchten Ihr Vorgehen übernehmen.',
    answer: 'Sehr gern – wir vermitteln auch den Kontakt zu unseren Partnern.',
    requestedAt: '2024-10-07T08:00:00Z',
    answeredAt: '2024-10-08T13:00:00Z',
    operatingSince: null,
  },
  {
    id: DEMO_ADOPTIONS.townHallRendsburg,
    solutionId: DEMO_SOLUTIONS.digitalTownHall,
    organisation: 'wirtschaftsraum-rendsburg',
    status: 'interested',
    message: 'Für unser gemeinsames Serviceportal interessieren uns Ihre getesteten Formulare.',
    answer: 'Gern, wir schicken Ihnen die Liste der Anliegen und die Testergebnisse.',
    requestedAt: '2026-02-09T09:00:00Z',
    answeredAt: '2026-02-10T09:00:00Z',
    operatingSince: null,
  },
];
