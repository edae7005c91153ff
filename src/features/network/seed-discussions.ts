import { DEMO_GROUPS, DEMO_THREADS, networkDemoId } from './seed-ids.ts';
import { DEMO_MANAGER_EMAIL, DEMO_MEMBER_EMAIL } from './seed-people.ts';

export interface DemoPost {
  author: string;
  /** days and hours before the seed ran */
  daysAgo: number;
  body: string;
  /** the index of the post this one quotes */
  quotes?: number;
  /** edited this many days before the seed ran */
  editedDaysAgo?: number;
  /** people who found it "hilfreich" */
  helpful?: string[];
  /** the members named with @[Vorname Nachname] in the body */
  mentions?: string[];
}

export interface DemoThread {
  id: string;
  groupId: string;
  title: string;
  pinned?: boolean;
  /** the index of the reply marked as the answer */
  answer?: number;
  /** the opening post first */
  posts: DemoPost[];
}

const at = (ascii: string) => `${ascii}@demo.digitale-kommune.de`;
const MODEL = DEMO_GROUPS.modelMunicipalities.id;
const PROVIDERS = DEMO_GROUPS.providers.id;

/**
 * The discussions of the demo: the themes of the nine model municipalities (seed 001) as their
 * people would talk about them, and everyday questions of the providers. Invented, like the people.
 */
export const DEMO_THREAD_LIST: DemoThread[] = [
  {
    id: DEMO_THREADS.openData,
    groupId: MODEL,
    title: 'Open-Data-Plattform: Mit welchen Datensätzen habt ihr angefangen?',
    answer: 2,
    posts: [
      {
        author: at('ole.carstensen'),
        daysAgo: 24,
        body: 'Moin zusammen,\n\nwir wollen in Pinneberg im nächsten Jahr ein eigenes Open-Data-Angebot starten. Die Fachbereiche fragen mich, **welche Daten zuerst** veröffentlicht werden sollen und wie viel Arbeit die Pflege macht.\n\nWie habt ihr in Kiel angefangen? Gibt es Datensätze, die ihr heute nicht noch einmal zuerst nehmen würdet?',
      },
      {
        author: at('hauke.jensen'),
        daysAgo: 23.8,
        body: 'Im Kreis Dithmarschen haben wir mit den Haltestellen und den Standorten der Schulen begonnen – beides lag schon sauber in der Geodatenbank vor. Was fehlte, war eine Lizenzentscheidung. Die hat länger gedauert als die Technik.',
      },
      {
        author: at('jannik.brodersen'),
        daysAgo: 23.2,
        quotes: 0,
        helpful: [at('ole.carstensen'), at('hauke.jensen'), at('anke.paulsen'), DEMO_MANAGER_EMAIL],
        body: 'Bei uns in Kiel waren es drei Schritte:\n\n1. **Datensätze, die ohnehin regelmäßig entstehen** (Haushaltsplan, Wahlergebnisse, Baumkataster) – die Pflege läuft dann nebenbei.\n2. **Eine Lizenz für alles:** Datenlizenz Deutschland – Namensnennung 2.0, vom Hauptausschuss einmal beschlossen.\n3. **Metadaten nach DCAT-AP.de**, damit GovData und das Landesportal die Daten von selbst finden.\n\nNicht noch einmal zuerst: Einzelauswertungen als PDF. Die veralten schnell und niemand kann sie weiterverarbeiten.\n\n@[Maren Hansen], für das Netzwerktreffen könnten wir daraus eine kurze Checkliste machen.',
        mentions: [DEMO_MANAGER_EMAIL],
      },
      {
        author: at('kirsten.lorenzen'),
        daysAgo: 22.5,
        body: 'Flensburg hat gute Erfahrungen damit gemacht, die Sensordaten der Parkhäuser als Live-Schnittstelle anzubieten. Das war der Datensatz mit den meisten Abrufen – vor allem von Entwicklerinnen aus Dänemark.',
      },
      {
        author: at('merle.jessen'),
        daysAgo: 21,
        body: 'Aus der Begleitforschung: Die Kommunen, die eine feste Ansprechperson in jedem Fachbereich benannt haben, veröffentlichen nach einem Jahr etwa doppelt so viele Datensätze. Die Technik ist selten der Engpass.',
      },
      {
        author: DEMO_MANAGER_EMAIL,
        daysAgo: 20,
        body: 'Danke euch! Die Checkliste nehme ich gern auf die Tagesordnung des nächsten Netzwerktreffens.',
      },
    ],
  },
  {
    id: DEMO_THREADS.smartBuildingArea,
    groupId: MODEL,
    title: 'Smartes Baugebiet: Leerrohre und Sensorik schon im Bebauungsplan festlegen?',
    posts: [
      {
        author: at('frauke.moeller'),
        daysAgo: 18,
        editedDaysAgo: 17.5,
        body: 'In Eutin planen wir ein Baugebiet mit rund 80 Grundstücken. Wir möchten **Leerrohre für Glasfaser und Sensorik** sowie Standorte für Ladesäulen verbindlich vorsehen.\n\nHat jemand so etwas schon in einem Bebauungsplan oder im städtebaulichen Vertrag geregelt? Wir sind unsicher, was rechtlich trägt.\n\n*Nachtrag: Es geht um das Gebiet am Kleinen See, Aufstellungsbeschluss liegt vor.*',
      },
      {
        author: at('anke.paulsen'),
        daysAgo: 17,
        helpful: [at('frauke.moeller')],
        body: 'Im Wirtschaftsraum Rendsburg haben wir das im **städtebaulichen Vertrag** mit dem Erschließungsträger geregelt, nicht im B-Plan selbst. Im B-Plan stehen nur die Flächen für die Verteilerschränke. Den Vertragstext kann ich gern teilen.',
      },
      {
        author: at('arne.johannsen'),
        daysAgo: 16.5,
        body: 'Technischer Hinweis: Plant für die Sensorik lieber ein paar Masten oder Laternen mit Stromanschluss ein als Leerrohre in jedes Grundstück. Für LoRaWAN reichen wenige Gateways an erhöhten Punkten.',
      },
      {
        author: at('frauke.moeller'),
        daysAgo: 15,
        quotes: 1,
        body: 'Das wäre großartig, Anke – gern per Nachricht oder hier in der Gruppe. Dann schlage ich unserem Bauausschuss denselben Weg vor.',
      },
    ],
  },
  {
    id: DEMO_THREADS.crossBorder,
    groupId: MODEL,
    title: 'Grenzüberschreitende Digitalstrategie mit Syddanmark – Erfahrungen aus den ersten Workshops',
    posts: [
      {
        author: at('silke.thomsen'),
        daysAgo: 14,
        body: 'Der Kreis Schleswig-Flensburg und die Stadt Flensburg arbeiten mit Kommunen in Syddanmark an einer **gemeinsamen Digitalstrategie**. Nach drei Workshops ein Zwischenstand:\n\n- Dänische Kommunen sind bei digitalen Bürgerdiensten weiter, wir lernen viel über Vereinfachung vor der Digitalisierung.\n- Schwierig sind unterschiedliche Datenschutz- und Vergaberegeln.\n- Zweisprachige Workshops brauchen doppelt so viel Zeit – lohnt sich aber.\n\nWer arbeitet noch mit Partnern jenseits der Grenze?',
      },
      {
        author: at('kirsten.lorenzen'),
        daysAgo: 13.5,
        helpful: [at('silke.thomsen')],
        body: 'Ergänzung aus Flensburg: Wir haben für die Pendlerinnen und Pendler ein gemeinsames Themenfeld „Mobilität über die Grenze“ gebildet. Erster greifbarer Schritt sind gemeinsame Echtzeitdaten für die Busse.',
      },
      {
        author: at('tomke.harms'),
        daysAgo: 12,
        body: 'Wir würden die Workshops gern wissenschaftlich begleiten – besonders die Frage, welche dänischen Lösungen sich auf deutsche Kommunen übertragen lassen. Können wir beim nächsten Workshop dabei sein?',
      },
      {
        author: at('silke.thomsen'),
        daysAgo: 11,
        quotes: 2,
        body: 'Sehr gern! Der nächste Workshop ist im Februar in Padborg. Ich schicke dir die Einladung.',
      },
    ],
  },
  {
    id: DEMO_THREADS.loraWan,
    groupId: MODEL,
    title: 'LoRaWAN in Nortorf: Pegel- und Füllstandssensoren nach einem Jahr',
    posts: [
      {
        author: at('torben.sievers'),
        daysAgo: 9,
        body: 'Nach einem Jahr LoRaWAN in Nortorf unser Fazit:\n\n- **4 Gateways** decken das Stadtgebiet ab, eines steht auf dem Wasserturm.\n- **38 Sensoren:** Regenrückhaltebecken, Glascontainer, Raumluft in Schulen.\n- Batterien halten bisher länger als versprochen.\n\nOffen ist bei uns noch der Betrieb: Wer kümmert sich dauerhaft um das Netz – Bauhof, IT oder ein Dienstleister? Wie macht ihr das?',
      },
      {
        author: at('arne.johannsen'),
        daysAgo: 8.5,
        body: 'Viele Kommunen geben den Netzbetrieb an ihre Stadtwerke. Die haben ohnehin Bereitschaftsdienst und oft eigene Zähler im Netz.',
      },
      {
        author: at('hauke.jensen'),
        daysAgo: 8,
        helpful: [at('torben.sievers')],
        body: 'Im Kreis Dithmarschen betreibt der Zweckverband das Netz für alle Ämter. Die Gemeinden bezahlen pro Sensor – das macht die Kosten für kleine Gemeinden planbar.',
      },
      {
        author: at('hinrich.ketelsen'),
        daysAgo: 7,
        body: 'Für die Stadtvertretung war entscheidend, dass wir den Nutzen zeigen können: Seit die Füllstände der Glascontainer gemessen werden, fährt der Entsorger ein Drittel weniger Touren.',
      },
    ],
  },
  {
    id: DEMO_THREADS.cleverDoerp,
    groupId: MODEL,
    title: 'Clever Dörp Kirchbarkau: Dorf-App und Mitfahrbank – was angenommen wird',
    posts: [
      {
        author: at('gesa.rathje'),
        daysAgo: 5,
        body: 'Kurzer Bericht aus Kirchbarkau: Unsere **Dorf-App** nutzen inzwischen 410 von rund 1.000 Einwohnerinnen und Einwohnern. Am meisten gelesen: Termine, Fundsachen und der Plan des Bürgerbusses.\n\nDie digitale Mitfahrbank wird dagegen kaum genutzt. Hat jemand eine Idee, woran das liegen könnte?',
      },
      {
        author: at('anke.paulsen'),
        daysAgo: 4.5,
        body: 'Bei uns lag es an der Uhrzeit: Mitfahrangebote gab es vor allem morgens, Nachfrage eher am Nachmittag. Eine feste „Mitfahrstunde“ am Markttag hat geholfen.',
      },
      {
        author: at('malte.schroeder'),
        daysAgo: 4,
        body: 'Aus Sicht eines Softwarehauses: Funktionen, für die man sich erst anmelden muss, werden in Dorf-Apps deutlich seltener genutzt. Vielleicht reicht für die Mitfahrbank eine Telefonnummer?',
      },
    ],
  },
  {
    id: DEMO_THREADS.fundingReports,
    groupId: MODEL,
    title: 'Zwischenbericht an das Ministerium: Vorlage und Fristen',
    pinned: true,
    answer: 2,
    posts: [
      {
        author: at('katrin.clausen'),
        daysAgo: 30,
        body: 'Liebe Modellkommunen,\n\nder **Zwischenbericht** ist zum 31. März fällig. Bitte nutzt die Vorlage aus dem Förderbescheid und beschreibt kurz:\n\n- was erreicht ist,\n- was sich verzögert und warum,\n- welche Erfahrungen andere Kommunen nachnutzen können.\n\nFragen gern hier im Thema – dann haben alle etwas von der Antwort.',
      },
      {
        author: at('hauke.jensen'),
        daysAgo: 27,
        body: 'Müssen Ausgaben im Zwischenbericht schon mit Belegen nachgewiesen werden, oder reicht eine Übersicht?',
      },
      {
        author: at('lars.feddersen'),
        daysAgo: 26,
        quotes: 1,
        helpful: [at('hauke.jensen'), at('torben.sievers'), at('frauke.moeller')],
        body: 'Im Zwischenbericht reicht eine **zahlenmäßige Übersicht** nach den Positionen des Finanzplans. Belege prüfen wir erst mit dem Verwendungsnachweis; bitte bewahrt sie bis dahin auf.',
      },
      {
        author: DEMO_MANAGER_EMAIL,
        daysAgo: 25,
        body: 'Danke, Lars. Ich habe das Thema oben angepinnt, damit es nicht untergeht.',
      },
    ],
  },
  {
    id: DEMO_THREADS.charging,
    groupId: PROVIDERS,
    title: 'Ladepunkte für Elektrobusse: Wer teilt sich Netzanschlüsse?',
    posts: [
      {
        author: at('kai.tiedemann'),
        daysAgo: 10,
        body: 'Wir brauchen für das Busdepot in Süderbrarup einen Netzanschluss von rund **1,2 MW**. Der Netzbetreiber nennt zwei Jahre Vorlauf.\n\nHat jemand Erfahrung damit, einen Anschluss mit anderen zu teilen – etwa mit öffentlichen Ladepunkten der Gemeinde oder einem Wärmenetz?',
      },
      {
        author: at('bente.lassen'),
        daysAgo: 9.5,
        helpful: [at('kai.tiedemann')],
        body: 'Das geht, wenn ein Lastmanagement dafür sorgt, dass die Busse nachts laden und die öffentlichen Ladepunkte tagsüber. Wir können das für den Standort durchrechnen – schick mir bitte eure Ladeprofile.',
      },
      {
        author: DEMO_MEMBER_EMAIL,
        daysAgo: 9,
        body: 'Die Gemeinde Süderbrarup plant am Bahnhof vier öffentliche Ladepunkte. Die Fläche grenzt ans Depot – vielleicht passt das zusammen?',
      },
      {
        author: at('levke.hinrichsen'),
        daysAgo: 3,
        quotes: 2,
        body: 'Das klingt nach einem guten Paket. Lasst uns im Januar zu dritt zusammensetzen: Gemeinde, Versorgungsbetriebe und wir.',
      },
    ],
  },
  {
    id: DEMO_THREADS.telemedicine,
    groupId: PROVIDERS,
    title: 'Telemedizinische Sprechstunden in Pflegeheimen – zwei Jahre Erfahrung',
    posts: [
      {
        author: at('henning.witt'),
        daysAgo: 15,
        body: 'Seit zwei Jahren bieten wir sechs Pflegeheimen in Angeln eine **telemedizinische Visite** an. Ergebnis: deutlich weniger Krankentransporte in die Notaufnahme, vor allem am Wochenende.\n\nDie größte Hürde war nicht die Technik, sondern das WLAN in den Heimen.',
      },
      {
        author: at('ute.koopmann'),
        daysAgo: 14,
        body: 'Zur Technik: Wir nutzen einen zertifizierten Videodienst und Tablets, die nur diese eine Anwendung starten. Das hat auch die Datenschutzprüfung vereinfacht.',
      },
      {
        author: at('merle.jessen'),
        daysAgo: 13,
        body: 'Wir würden die Zahlen gern in unsere Auswertung aufnehmen. Wäre das Klinikum bereit, die Daten anonymisiert zu teilen?',
      },
    ],
  },
  {
    id: DEMO_THREADS.waterMeters,
    groupId: PROVIDERS,
    title: 'Funkwasserzähler auslesen: LoRaWAN oder wM-Bus?',
    posts: [
      {
        author: at('jan-hendrik.martens'),
        daysAgo: 6,
        body: 'Wir stellen 9.000 Wasserzähler auf Fernauslesung um. Bisher fahren wir mit wM-Bus-Empfängern durch die Straßen. Lohnt sich ein eigenes LoRaWAN-Netz, oder bleiben wir beim Drive-by?',
      },
      {
        author: at('finn.nissen'),
        daysAgo: 5,
        body: 'Nach unseren Auswertungen lohnt sich ein festes Netz, sobald man die Daten häufiger als einmal im Jahr braucht – etwa für die Leckageortung. Für die reine Jahresablesung ist Drive-by günstiger.',
      },
      {
        author: at('joern.behrens'),
        daysAgo: 4,
        body: 'Aus Sicht der Gemeinde: Bitte denkt an die Information der Haushalte. Bei uns gab es viele Fragen, was der Zähler eigentlich funkt.',
      },
    ],
  },
  {
    id: DEMO_THREADS.steeringAgenda,
    groupId: DEMO_GROUPS.steering.id,
    title: 'Tagesordnung der nächsten Sitzung des Lenkungskreises',
    posts: [
      {
        author: at('katrin.clausen'),
        daysAgo: 8,
        body: 'Entwurf der Tagesordnung:\n\n1. Stand der Zwischenberichte\n2. Verschiebung von Mitteln zwischen Haushaltsjahren\n3. Auswahl der Lösungen für das Netzwerktreffen\n4. Verschiedenes\n\nErgänzungen bitte bis Freitag.',
      },
      {
        author: at('silke.thomsen'),
        daysAgo: 7,
        body: 'Bitte unter 4 den Workshop mit Syddanmark im Februar aufnehmen – wir bräuchten eine Zusage für die Reisekosten.',
      },
      {
        author: DEMO_MANAGER_EMAIL,
        daysAgo: 6,
        body: 'Zu 3: Ich schlage die Checkliste Open Data aus der Gruppe der Modellkommunen vor.',
      },
    ],
  },
];

/** Unread notifications of the two demo accounts, so that their lists are not empty; marked as mailed. */
export interface DemoNotification {
  id: string;
  email: string;
  groupId: string;
  kind: 'new_thread' | 'reply' | 'mention' | 'join_request';
  threadId: string | null;
  /** the post's index in the thread */
  post: number | null;
  /** who caused it */
  actor: string;
  daysAgo: number;
}

export const DEMO_NOTIFICATIONS: DemoNotification[] = [
  {
    id: networkDemoId(1, 'c1'),
    email: DEMO_MANAGER_EMAIL,
    groupId: MODEL,
    kind: 'mention',
    threadId: DEMO_THREADS.openData,
    post: 2,
    actor: at('jannik.brodersen'),
    daysAgo: 23.2,
  },
  {
    id: networkDemoId(1, 'c2'),
    email: DEMO_MANAGER_EMAIL,
    groupId: MODEL,
    kind: 'new_thread',
    threadId: DEMO_THREADS.cleverDoerp,
    post: 0,
    actor: at('gesa.rathje'),
    daysAgo: 5,
  },
  {
    id: networkDemoId(1, 'c3'),
    email: DEMO_MANAGER_EMAIL,
    groupId: MODEL,
    kind: 'join_request',
    threadId: null,
    post: null,
    actor: at('meike.asmussen'),
    daysAgo: 2,
  },
  {
    id: networkDemoId(2, 'c1'),
    email: DEMO_MEMBER_EMAIL,
    groupId: PROVIDERS,
    kind: 'new_thread',
    threadId: DEMO_THREADS.waterMeters,
    post: 0,
    actor: at('jan-hendrik.martens'),
    daysAgo: 6,
  },
  {
    id: networkDemoId(2, 'c2'),
    email: DEMO_MEMBER_EMAIL,
    groupId: PROVIDERS,
    kind: 'reply',
    threadId: DEMO_THREADS.charging,
    post: 3,
    actor: at('levke.hinrichsen'),
    daysAgo: 3,
  },
];
