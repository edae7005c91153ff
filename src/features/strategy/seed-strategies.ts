import type { FundingSource, MeasureStatus, Priority, StrategyStep } from './core/tables.ts';
import { DEMO_STRATEGIES, demoStrategyId } from './seed-ids.ts';

const DEMO_MANAGER = 'manager@demo.digitale-kommune.de';
const DEMO_MEMBER = 'mitglied@demo.digitale-kommune.de';

/** A measure's fact sheet; its dates count in months from the first start, so a fresh demo always looks current. */
export interface DemoMeasure {
  title: string;
  goal: string;
  citizenBenefit: string;
  leadUnit: string;
  partners: string;
  /** a grant names the organisation's first funded project of the competition; without one it counts as other funding */
  fundingSource: FundingSource;
  fundingNote: string;
  priority: Priority;
  startsInMonths: number;
  endsInMonths: number;
  indicator: string;
  baselineValue: string;
  targetValue: string;
  unit: string;
  fieldsOfAction: string[];
  /** the slug of a published solution of the library it re-uses (solutions' demo) */
  solutionSlug?: string;
  /** progress over time, oldest first; the last one sets the measure's status */
  updates: { daysAgo: number; status: MeasureStatus; value: string | null; note: string }[];
}

export interface DemoComment {
  step: StrategyStep;
  author: string;
  body: string;
  daysAgo: number;
  resolvedBy?: string;
}

export interface DemoStrategy {
  /** the number its records' ids count from (seed-ids.ts) */
  n: number;
  id: string;
  slug: string;
  status: 'draft' | 'published';
  createdDaysAgo: number;
  publishedDaysAgo?: number;
  /** the levels, in the order of the demo questions (seed-dimensions.ts); fewer when the questionnaire is not finished */
  answers: number[];
  answeredBy?: string;
  vision: string;
  fieldsOfAction: string[];
  goals: { title: string; description: string }[];
  measures: DemoMeasure[];
  actors: { name: string; involvement: string }[];
  participation: { format: string; description: string; inDays: number | null }[];
  comments: DemoComment[];
}

const answersOnly = (n: number, slug: string, answers: number[]): DemoStrategy => ({
  n,
  id: demoStrategyId(n),
  slug,
  status: 'draft',
  createdDaysAgo: 60 + n,
  answers,
  vision: '',
  fieldsOfAction: [],
  goals: [],
  measures: [],
  actors: [],
  participation: [],
  comments: [],
});

const SUEDERBRARUP: DemoStrategy = {
  n: 1,
  ...DEMO_STRATEGIES.suederbrarup,
  status: 'draft',
  createdDaysAgo: 45,
  answers: [2, 2, 1, 2, 2, 1, 2, 2, 2, 1, 2, 3],
  answeredBy: DEMO_MANAGER,
  vision:
    'Süderbrarup bleibt ein Ort, an dem man gut lebt und gut alt wird. Was heute einen Weg nach Schleswig oder Kappeln bedeutet, soll digital oder in der Nähe gehen: Anträge stellen, zum Arzt kommen, im Dorf mitreden.\n\nDabei lassen wir niemanden zurück: Jedes digitale Angebot hat einen analogen Zugang, und wir nutzen nach, was in Angeln und im Land schon funktioniert.',
  fieldsOfAction: ['verwaltung', 'mobilitaet', 'daseinsvorsorge', 'beteiligung'],
  goals: [
    { title: 'Verwaltung rund um die Uhr', description: 'Bis Ende 2027 lassen sich die zehn häufigsten Anliegen im Amt online erledigen oder online buchen.' },
    {
      title: 'Mobil ohne eigenes Auto',
      description: 'Wer kein Auto hat, kommt zum Arzt, zum Einkaufen und zum Bahnhof: Mitfahrbänke, Rufbus und Nachbarschaftshilfe sind miteinander verbunden.',
    },
    { title: 'Gemeinsam entscheiden', description: 'Die Einwohnerinnen und Einwohner reden bei den großen Vorhaben mit, online und im Dorftreff.' },
  ],
  measures: [
    {
      title: 'Mitfahrbank-App für Süderbrarup und die Nachbardörfer',
      goal: 'Die Mitfahrbänke am Dorfladen und am Bahnhof werden mit einer App verbunden, in der Fahrten angeboten und gesucht werden.',
      citizenBenefit: 'Ältere und Jugendliche ohne Auto kommen verlässlicher zum Einkaufen, zum Arzt und zum Zug.',
      leadUnit: 'Bürgermeisterin mit dem Amt Süderbrarup',
      partners: 'Dorfgemeinschaft Angeln digital e. V., Seniorenbeirat',
      fundingSource: 'other',
      fundingNote: 'AktivRegion (LEADER), Antrag in Vorbereitung',
      priority: 'high',
      startsInMonths: 2,
      endsInMonths: 12,
      indicator: 'Vermittelte Fahrten im Monat',
      baselineValue: '0',
      targetValue: '120',
      unit: 'Fahrten',
      fieldsOfAction: ['mobilitaet', 'daseinsvorsorge'],
      solutionSlug: 'mitfahrbank-app',
      updates: [],
    },
    {
      title: 'Termine im Amt online buchen',
      goal: 'Termine für Meldeangelegenheiten, Ausweise und Gewerbe werden online vergeben, mit Erinnerung per E-Mail.',
      citizenBenefit: 'Keine Wartezeit im Flur und keine Anrufe zu Öffnungszeiten mehr.',
      leadUnit: 'Amt Süderbrarup, Bürgerbüro',
      partners: '',
      fundingSource: 'own',
      fundingNote: '',
      priority: 'high',
      startsInMonths: 1,
      endsInMonths: 6,
      indicator: 'Anteil online gebuchter Termine',
      baselineValue: '0',
      targetValue: '60',
      unit: '%',
      fieldsOfAction: ['verwaltung'],
      updates: [],
    },
    {
      title: 'Freies WLAN im Dorftreff und am Marktplatz',
      goal: 'Öffentliche Orte bekommen freies WLAN, der Dorftreff einen Raum mit Technik für Sprechstunden per Video.',
      citizenBenefit: 'Wer zu Hause kein schnelles Netz hat, kann im Dorf online gehen und Sprechstunden per Video wahrnehmen.',
      leadUnit: 'Gemeinde Süderbrarup, Bauausschuss',
      partners: 'Versorgungsbetriebe Angeln',
      fundingSource: 'grant',
      fundingNote: 'Förderung der ländlichen Entwicklung (GAK) wird beantragt',
      priority: 'medium',
      startsInMonths: 4,
      endsInMonths: 16,
      indicator: 'Orte mit freiem WLAN',
      baselineValue: '0',
      targetValue: '3',
      unit: 'Orte',
      fieldsOfAction: ['daseinsvorsorge'],
      updates: [],
    },
    {
      title: 'Online-Umfrage zur Ortsentwicklung',
      goal: 'Vor der Fortschreibung des Ortsentwicklungskonzepts werden alle Haushalte gefragt, online und auf Papier im Dorfladen.',
      citizenBenefit: 'Alle können sagen, was ihnen im Ort fehlt, auch ohne in eine Sitzung zu kommen.',
      leadUnit: 'Gemeindevertretung, Ausschuss für Dorfentwicklung',
      partners: 'Dorfgemeinschaft Angeln digital e. V.',
      fundingSource: 'own',
      fundingNote: '',
      priority: 'low',
      startsInMonths: 3,
      endsInMonths: 5,
      indicator: 'Beteiligte Haushalte',
      baselineValue: '0',
      targetValue: '400',
      unit: 'Haushalte',
      fieldsOfAction: ['beteiligung'],
      updates: [],
    },
  ],
  actors: [
    { name: 'Bürgermeisterin und Gemeindevertretung', involvement: 'beschließen die Strategie; der Ausschuss für Dorfentwicklung begleitet die Umsetzung.' },
    { name: 'Amt Süderbrarup', involvement: 'setzt die Verwaltungsleistungen um und stellt die Digitalisierungsbeauftragte.' },
    { name: 'Dorfgemeinschaft Angeln digital e. V.', involvement: 'betreut die Mitfahrbänke und schult Ehrenamtliche.' },
    { name: 'Seniorenbeirat', involvement: 'prüft, ob die Angebote für Ältere verständlich und erreichbar sind.' },
  ],
  participation: [
    {
      format: 'Dorfwerkstatt im Dorftreff',
      description: 'Ein Abend mit Stellwänden und Kaffee: Was soll digital werden, was muss bleiben wie es ist? Die Ergebnisse fließen in die Maßnahmen ein.',
      inDays: 42,
    },
  ],
  comments: [
    {
      step: 'measures',
      author: DEMO_MEMBER,
      body: 'Bei der Mitfahrbank-App sollten wir den Seniorenbeirat früh fragen: Viele haben kein Smartphone. Kann man eine Fahrt auch per Telefon anfragen?',
      daysAgo: 3,
    },
    {
      step: 'vision',
      author: DEMO_MEMBER,
      body: 'Im Leitbild fehlt mir der Dorfladen, er ist für viele der wichtigste Treffpunkt.',
      daysAgo: 20,
      resolvedBy: DEMO_MANAGER,
    },
  ],
};

const DITHMARSCHEN: DemoStrategy = {
  n: 2,
  ...DEMO_STRATEGIES.dithmarschen,
  status: 'published',
  createdDaysAgo: 420,
  publishedDaysAgo: 300,
  answers: [4, 3, 3, 3, 4, 3, 3, 3, 3, 3, 3, 4],
  vision:
    'Dithmarschen ist ein Kreis der Dörfer. Die Digitalisierung soll sie stärken: Nachbarschaftshilfe, Mobilität und Vereinsleben finden einen gemeinsamen Ort, die Verwaltung kommt zu den Menschen.\n\nWas wir in den Modelldörfern erproben, stellen wir allen Kommunen im Kreis und im Land zum Nachnutzen bereit.',
  fieldsOfAction: ['daseinsvorsorge', 'beteiligung', 'verwaltung', 'gesundheit-pflege'],
  goals: [
    { title: 'Starke Dorfgemeinschaften', description: 'In jedem Modelldorf nutzt mindestens jeder fünfte Haushalt die Dorf-App.' },
    { title: 'Verwaltung nah am Menschen', description: 'Kreistag und Ausschüsse arbeiten papierlos, Beschlüsse sind für alle online einsehbar.' },
    { title: 'Versorgung auf dem Land sichern', description: 'Ärztliche Beratung ist auch in Dörfern ohne Praxis erreichbar.' },
  ],
  measures: [
    {
      title: 'Dorf-App „Clever Dörp“ in fünf Modelldörfern',
      goal: 'Eine App bündelt Mitfahrgelegenheiten, Nachbarschaftshilfe und die Termine der Vereine; andere Dörfer können sie ohne Programmierkenntnisse übernehmen.',
      citizenBenefit: 'Hilfe im Alltag und das Dorfleben an einem Ort, auf dem Handy und am Aushang im Dorfladen.',
      leadUnit: 'Kreis Dithmarschen, Stabsstelle Digitalisierung',
      partners: 'fünf Modelldörfer, ehrenamtliche Dorf-Lotsen',
      fundingSource: 'grant',
      fundingNote: '',
      priority: 'high',
      startsInMonths: -11,
      endsInMonths: 7,
      indicator: 'Haushalte, die die App nutzen',
      baselineValue: '0',
      targetValue: '600',
      unit: 'Haushalte',
      fieldsOfAction: ['daseinsvorsorge', 'beteiligung'],
      updates: [
        { daysAgo: 280, status: 'on_track', value: '0', note: 'Dorfgespräche in allen fünf Orten abgeschlossen, Anforderungen stehen.' },
        { daysAgo: 190, status: 'on_track', value: '140', note: 'Erste Version in zwei Dörfern gestartet, zwölf Dorf-Lotsen geschult.' },
        { daysAgo: 100, status: 'at_risk', value: '230', note: 'Zwei Dörfer warten auf den Start, weil die Lotsen fehlen; wir werben im Vereinsring.' },
        { daysAgo: 20, status: 'on_track', value: '410', note: 'Alle fünf Dörfer sind dabei, neue Lotsen aus dem Vereinsring.' },
      ],
    },
    {
      title: 'Ratsinformationssystem für Kreistag und Ausschüsse',
      goal: 'Sitzungen werden digital vorbereitet, Vorlagen und Beschlüsse stehen durchsuchbar online.',
      citizenBenefit: 'Alle können nachlesen, was der Kreistag berät und beschließt, ohne ins Kreishaus zu fahren.',
      leadUnit: 'Kreis Dithmarschen, Büro des Kreistags',
      partners: 'Kommunales IT-Dienstleistungszentrum',
      fundingSource: 'own',
      fundingNote: '',
      priority: 'medium',
      startsInMonths: -13,
      endsInMonths: -3,
      indicator: 'Ausschüsse, die papierlos arbeiten',
      baselineValue: '0',
      targetValue: '9',
      unit: 'Ausschüsse',
      fieldsOfAction: ['verwaltung', 'beteiligung'],
      updates: [
        { daysAgo: 250, status: 'on_track', value: '2', note: 'Kreistag und Hauptausschuss arbeiten mit Tablets.' },
        { daysAgo: 160, status: 'delayed', value: '4', note: 'Schulungen für die Ausschüsse verschoben, der Dienstleister hatte Engpässe.' },
        { daysAgo: 90, status: 'done', value: '9', note: 'Alle Ausschüsse arbeiten papierlos, das Archiv steht online.' },
      ],
    },
    {
      title: 'Telemedizin-Punkte in zwei Dörfern ohne Praxis',
      goal: 'In zwei Dörfern ohne Hausarztpraxis entsteht je ein Raum für Sprechstunden per Video, mit Begleitung durch eine Pflegefachkraft.',
      citizenBenefit: 'Ärztlicher Rat ohne lange Fahrt, vor allem für Ältere und Familien mit kleinen Kindern.',
      leadUnit: 'Kreis Dithmarschen, Fachdienst Gesundheit',
      partners: 'Westküstenklinikum, Hausarztpraxen der Region',
      fundingSource: 'other',
      fundingNote: 'Mittel des Landes für die Gesundheitsversorgung im ländlichen Raum',
      priority: 'medium',
      startsInMonths: -6,
      endsInMonths: 9,
      indicator: 'Video-Sprechstunden im Quartal',
      baselineValue: '0',
      targetValue: '150',
      unit: 'Sprechstunden',
      fieldsOfAction: ['gesundheit-pflege'],
      solutionSlug: 'telemedizin-punkt',
      updates: [
        { daysAgo: 150, status: 'on_track', value: '0', note: 'Räume in beiden Dörfern gefunden, Technik bestellt.' },
        { daysAgo: 40, status: 'at_risk', value: '35', note: 'Ein Standort läuft, am zweiten fehlt noch die Pflegefachkraft.' },
      ],
    },
    {
      title: 'Digitale Sprechstunde der Kreisverwaltung',
      goal: 'Beratung zu Wohngeld, Elterngeld und Führerschein per Video, buchbar über die Website.',
      citizenBenefit: 'Ein Gespräch mit dem Kreis, ohne nach Heide zu fahren.',
      leadUnit: 'Kreis Dithmarschen, Bürgerservice',
      partners: '',
      fundingSource: 'own',
      fundingNote: '',
      priority: 'low',
      startsInMonths: 2,
      endsInMonths: 10,
      indicator: 'Gebuchte Video-Beratungen im Monat',
      baselineValue: '0',
      targetValue: '80',
      unit: 'Beratungen',
      fieldsOfAction: ['verwaltung'],
      updates: [],
    },
  ],
  actors: [
    { name: 'Kreistag', involvement: 'hat die Strategie beschlossen und lässt sich halbjährlich berichten.' },
    { name: 'Stabsstelle Digitalisierung', involvement: 'steuert die Maßnahmen und berichtet über den Fortschritt.' },
    { name: 'Modelldörfer und Dorf-Lotsen', involvement: 'erproben die Dorf-App und geben ihre Erfahrungen weiter.' },
  ],
  participation: [
    {
      format: 'Dorfgespräche in den fünf Modelldörfern',
      description: 'Abende in jedem Dorf, an denen die Bewohnerinnen und Bewohner sagen, was die App können soll.',
      inDays: -280,
    },
    { format: 'Online-Befragung zur Dorf-App', description: 'Ein Jahr nach dem Start: Was hilft, was fehlt?', inDays: 60 },
  ],
  comments: [],
};

const EUTIN: DemoStrategy = { ...answersOnly(3, DEMO_STRATEGIES.eutin.slug, [2, 1, 2, 3, 2]), id: DEMO_STRATEGIES.eutin.id, createdDaysAgo: 2 };

/**
 * Answers of other demo municipalities for the peer comparison, which needs five others of the
 * same type and size band (the organisations' demo gives their populations): six Städte of
 * several bands, three more Städte of Eutin's band (10,000 to 50,000), five Gemeinden of
 * Süderbrarup's band (2,000 to 10,000) in Schleswig-Flensburg, and Kirchbarkau and
 * Nordfriesland, which have nobody of their own to be compared with.
 */
export const DEMO_PEER_SLUGS = ['hansestadt-luebeck', 'landeshauptstadt-kiel', 'stadt-flensburg', 'stadt-pinneberg', 'stadt-nortorf', 'stadt-heide'] as const;
const PEERS: DemoStrategy[] = [
  answersOnly(10, 'hansestadt-luebeck', [4, 4, 3, 4, 3, 4, 3, 3, 4, 3, 3, 3]),
  answersOnly(11, 'landeshauptstadt-kiel', [4, 3, 4, 4, 4, 4, 3, 3, 4, 4, 3, 4]),
  answersOnly(12, 'stadt-flensburg', [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 4]),
  answersOnly(13, 'stadt-pinneberg', [3, 2, 2, 3, 2, 1, 4, 3, 3, 2, 2, 2]),
  answersOnly(14, 'stadt-nortorf', [2, 2, 2, 2, 3, 1, 2, 3, 2, 2, 1, 3]),
  answersOnly(15, 'stadt-heide', [3, 2, 2, 3, 2, 2, 2, 3, 2, 3, 2, 3]),
  answersOnly(16, 'gemeinde-kirchbarkau', [2, 1, 1, 2, 3, 1, 1, 2, 1, 2, 1, 3]),
  answersOnly(17, 'kreis-nordfriesland', [3, 3, 2, 3, 2, 2, 2, 2, 3, 3, 2, 3]),
  answersOnly(18, 'gemeinde-soerup', [2, 1, 2, 2, 1, 1, 2, 2, 1, 2, 1, 2]),
  answersOnly(19, 'gemeinde-mittelangeln', [2, 2, 1, 3, 2, 1, 2, 1, 2, 2, 2, 3]),
  answersOnly(20, 'gemeinde-tarp', [3, 2, 2, 2, 2, 2, 3, 2, 2, 2, 1, 2]),
  answersOnly(21, 'gemeinde-kropp', [3, 2, 2, 3, 2, 2, 2, 3, 2, 3, 2, 2]),
  answersOnly(22, 'gemeinde-oeversee', [1, 1, 1, 2, 2, 1, 1, 2, 1, 1, 1, 2]),
  answersOnly(23, 'stadt-schleswig', [3, 2, 3, 3, 2, 2, 3, 2, 3, 2, 2, 3]),
  answersOnly(24, 'stadt-husum', [3, 3, 2, 2, 3, 2, 2, 3, 2, 3, 2, 2]),
  answersOnly(25, 'stadt-rendsburg', [3, 2, 2, 3, 3, 2, 3, 3, 2, 2, 2, 3]),
];

export const DEMO_STRATEGY_LIST: DemoStrategy[] = [SUEDERBRARUP, DITHMARSCHEN, EUTIN, ...PEERS];
