import type { Sector } from './core/tables.ts';

/**
 * Thirty people of the network across its sectors, invented, with North German names. Their
 * functions follow the nine model municipalities of seed 001 (../shared/seeds/) and the demo
 * organisations; the Klinikum Angeln-Schlei and the Nahverkehr Schleswig-Flensburg are made up
 * and not in the organisation directory, so their people name them in their function only.
 * They have no password: they fill the directory and the discussions, nobody logs in as them.
 */
export interface DemoPerson {
  email: string;
  displayName: string;
  sector: Sector;
  jobTitle: string;
  /** slug of a demo organisation */
  organisation: string | null;
  /** slug of the Kreis the person works in, where the directory has it */
  kreis: string | null;
  fieldsOfAction: string[];
  expertise: string[];
  about: string;
  /** false: opted out of the directory, still a member of groups */
  listed: boolean;
}

export const DEMO_MANAGER_EMAIL = 'manager@demo.digitale-kommune.de';
export const DEMO_MEMBER_EMAIL = 'mitglied@demo.digitale-kommune.de';

const DOMAIN = 'demo.digitale-kommune.de';
const person = (first: string, last: string, ascii: string, rest: Omit<DemoPerson, 'email' | 'displayName'>): DemoPerson => ({
  email: `${ascii}@${DOMAIN}`,
  displayName: `${first} ${last}`,
  ...rest,
});

export const DEMO_PEOPLE: DemoPerson[] = [
  // Verwaltung
  person('Hauke', 'Jensen', 'hauke.jensen', {
    sector: 'verwaltung',
    jobTitle: 'Digitalisierungsbeauftragter',
    organisation: 'kreis-dithmarschen',
    kreis: 'kreis-dithmarschen',
    fieldsOfAction: ['verwaltung', 'infrastruktur-daten'],
    expertise: ['ozg', 'digitalstrategie', 'e-akte'],
    about: 'Ich koordiniere die Digitalisierung der Kreisverwaltung in Heide und die Zusammenarbeit mit den Ämtern an der Westküste.',
    listed: true,
  }),
  person('Silke', 'Thomsen', 'silke.thomsen', {
    sector: 'verwaltung',
    jobTitle: 'Leiterin der Stabsstelle Digitalisierung',
    organisation: 'kreis-schleswig-flensburg',
    kreis: 'kreis-schleswig-flensburg',
    fieldsOfAction: ['verwaltung', 'wirtschaft-tourismus'],
    expertise: ['digitalstrategie', 'grenzüberschreitende zusammenarbeit', 'dänemark'],
    about: 'Gemeinsam mit der Stadt Flensburg und Partnern in Syddanmark erarbeiten wir eine grenzüberschreitende Digitalstrategie.',
    listed: true,
  }),
  person('Jannik', 'Brodersen', 'jannik.brodersen', {
    sector: 'verwaltung',
    jobTitle: 'Open-Data-Koordinator',
    organisation: 'landeshauptstadt-kiel',
    kreis: null,
    fieldsOfAction: ['infrastruktur-daten', 'beteiligung'],
    expertise: ['open data', 'ckan', 'dcat-ap.de', 'datenqualität'],
    about: 'Ich betreue das Open-Data-Portal der Stadt und helfe Fachämtern, ihre Daten maschinenlesbar zu veröffentlichen.',
    listed: true,
  }),
  person('Kirsten', 'Lorenzen', 'kirsten.lorenzen', {
    sector: 'verwaltung',
    jobTitle: 'Referentin Smart City',
    organisation: 'stadt-flensburg',
    kreis: null,
    fieldsOfAction: ['infrastruktur-daten', 'beteiligung'],
    expertise: ['smart city', 'sensorik', 'bürgerbeteiligung'],
    about: 'Smart City an der Förde: Sensoren, offene Daten und Beteiligung – am liebsten gemeinsam mit unseren dänischen Nachbarn.',
    listed: true,
  }),
  person('Frauke', 'Möller', 'frauke.moeller', {
    sector: 'verwaltung',
    jobTitle: 'Fachbereichsleiterin Bauen und Planen',
    organisation: 'stadt-eutin',
    kreis: null,
    fieldsOfAction: ['infrastruktur-daten', 'energie-umwelt'],
    expertise: ['bauleitplanung', 'glasfaser', 'smartes baugebiet'],
    about: 'Ich plane mit meinem Team das smarte Baugebiet der Zukunft: Leerrohre, Sensorik und Energie schon im Bebauungsplan.',
    listed: true,
  }),
  person('Ole', 'Carstensen', 'ole.carstensen', {
    sector: 'verwaltung',
    jobTitle: 'Digitallotse',
    organisation: 'stadt-pinneberg',
    kreis: null,
    fieldsOfAction: ['verwaltung'],
    expertise: ['online-dienste', 'e-payment', 'ozg'],
    about: 'Ich bringe Verwaltungsleistungen online und begleite die Fachbereiche bei der Umstellung.',
    listed: true,
  }),
  person('Torben', 'Sievers', 'torben.sievers', {
    sector: 'verwaltung',
    jobTitle: 'IT-Koordinator',
    organisation: 'stadt-nortorf',
    kreis: null,
    fieldsOfAction: ['infrastruktur-daten', 'energie-umwelt'],
    expertise: ['lorawan', 'sensorik', 'wasserwirtschaft'],
    about: 'Wir betreiben in Nortorf ein eigenes LoRaWAN-Netz und messen Pegel, Füllstände und Raumluft.',
    listed: true,
  }),
  person('Anke', 'Paulsen', 'anke.paulsen', {
    sector: 'verwaltung',
    jobTitle: 'Projektleiterin Digitale Region',
    organisation: 'wirtschaftsraum-rendsburg',
    kreis: null,
    fieldsOfAction: ['wirtschaft-tourismus', 'infrastruktur-daten'],
    expertise: ['regionalentwicklung', 'interkommunale zusammenarbeit', 'breitband'],
    about: 'Dreizehn Gemeinden, eine digitale Region: ich halte die Fäden der gemeinsamen Projekte zusammen.',
    listed: true,
  }),
  person('Katrin', 'Clausen', 'katrin.clausen', {
    sector: 'verwaltung',
    jobTitle: 'Referatsleiterin Digitale Kommunen',
    organisation: 'ministerium-fuer-digitalisierung-schleswig-holstein',
    kreis: null,
    fieldsOfAction: ['verwaltung'],
    expertise: ['förderprogramme', 'digitale modellkommunen', 'netzwerkarbeit'],
    about: 'Ich begleite die Digitalen Modellkommunen für das Land und moderiere ihre Gruppe im Netzwerk.',
    listed: true,
  }),
  person('Lars', 'Feddersen', 'lars.feddersen', {
    sector: 'verwaltung',
    jobTitle: 'Referent Förderung',
    organisation: 'ministerium-fuer-digitalisierung-schleswig-holstein',
    kreis: null,
    fieldsOfAction: ['verwaltung'],
    expertise: ['förderrichtlinie', 'berichtswesen', 'verwendungsnachweis'],
    about: 'Fragen zu Mittelabruf, Zwischenbericht und Verwendungsnachweis landen bei mir.',
    listed: true,
  }),
  person('Meike', 'Asmussen', 'meike.asmussen', {
    sector: 'verwaltung',
    jobTitle: 'Sachbearbeiterin Bürgerservice',
    organisation: 'amt-suederbrarup',
    kreis: 'kreis-schleswig-flensburg',
    fieldsOfAction: ['verwaltung', 'beteiligung'],
    expertise: ['bürgerservice', 'terminbuchung'],
    about: 'Im Bürgerbüro sehe ich jeden Tag, wo digitale Angebote helfen und wo sie noch hakeln.',
    listed: true,
  }),
  person('Sönke', 'Matthiesen', 'soenke.matthiesen', {
    sector: 'verwaltung',
    jobTitle: 'Leiter Digitalisierung',
    organisation: 'kreis-nordfriesland',
    kreis: 'kreis-nordfriesland',
    fieldsOfAction: ['verwaltung', 'daseinsvorsorge'],
    expertise: ['inseln und halligen', 'videoberatung'],
    about: '',
    listed: false,
  }),
  // Kommunalpolitik und Selbstverwaltung
  person('Gesa', 'Rathje', 'gesa.rathje', {
    sector: 'politik',
    jobTitle: 'Bürgermeisterin',
    organisation: 'gemeinde-kirchbarkau',
    kreis: null,
    fieldsOfAction: ['daseinsvorsorge', 'beteiligung', 'mobilitaet'],
    expertise: ['clever dörp', 'ehrenamt', 'dorf-app'],
    about: 'Kirchbarkau ist klein, aber plietsch: mit Dorf-App, Mitfahrbank und vielen Ehrenamtlichen.',
    listed: true,
  }),
  person('Hinrich', 'Ketelsen', 'hinrich.ketelsen', {
    sector: 'politik',
    jobTitle: 'Bürgermeister',
    organisation: 'stadt-nortorf',
    kreis: null,
    fieldsOfAction: ['verwaltung', 'energie-umwelt'],
    expertise: ['kommunalpolitik', 'klimaschutz'],
    about: 'Digitalisierung muss im Alltag der Menschen ankommen – dafür stehe ich in Nortorf.',
    listed: true,
  }),
  person('Jörn', 'Behrens', 'joern.behrens', {
    sector: 'politik',
    jobTitle: 'Bürgermeister',
    organisation: 'gemeinde-mittelangeln',
    kreis: 'kreis-schleswig-flensburg',
    fieldsOfAction: ['daseinsvorsorge', 'mobilitaet'],
    expertise: ['ländlicher raum', 'nahversorgung'],
    about: 'Ehrenamtlicher Bürgermeister in Angeln. Mich interessiert, wie Wasser, Wärme und Busse digital besser werden.',
    listed: true,
  }),
  person('Heike', 'Boysen', 'heike.boysen', {
    sector: 'politik',
    jobTitle: 'Kreistagsabgeordnete',
    organisation: 'kreis-dithmarschen',
    kreis: 'kreis-dithmarschen',
    fieldsOfAction: ['bildung'],
    expertise: ['schuldigitalisierung'],
    about: '',
    listed: false,
  }),
  // Wirtschaft
  person('Malte', 'Schröder', 'malte.schroeder', {
    sector: 'wirtschaft',
    jobTitle: 'Geschäftsführer',
    organisation: 'nordlicht-software-gmbh',
    kreis: null,
    fieldsOfAction: ['verwaltung', 'infrastruktur-daten'],
    expertise: ['fachverfahren', 'barrierefreiheit', 'schnittstellen'],
    about: 'Wir bauen Bürgerportale und Fachverfahren für Kommunen im Norden – barrierefrei und mit offenen Schnittstellen.',
    listed: true,
  }),
  person('Svenja', 'Kröger', 'svenja.kroeger', {
    sector: 'wirtschaft',
    jobTitle: 'Produktmanagerin Bürgerportale',
    organisation: 'nordlicht-software-gmbh',
    kreis: null,
    fieldsOfAction: ['verwaltung', 'daseinsvorsorge'],
    expertise: ['nutzerforschung', 'kundenportale', 'barrierefreiheit'],
    about: 'Ich frage Nutzerinnen und Nutzer, bevor wir bauen – auch bei Portalen für Stadtwerke.',
    listed: true,
  }),
  person('Arne', 'Johannsen', 'arne.johannsen', {
    sector: 'wirtschaft',
    jobTitle: 'Berater für Funknetze und Sensorik, selbstständig',
    organisation: null,
    kreis: null,
    fieldsOfAction: ['infrastruktur-daten'],
    expertise: ['lorawan', 'iot', 'funkplanung'],
    about: 'Ich plane LoRaWAN-Netze für Kommunen und Stadtwerke zwischen Nord- und Ostsee.',
    listed: true,
  }),
  // Wissenschaft
  person('Merle', 'Jessen', 'merle.jessen', {
    sector: 'wissenschaft',
    jobTitle: 'Professorin',
    organisation: 'forschungsstelle-digitale-daseinsvorsorge-flensburg',
    kreis: null,
    fieldsOfAction: ['daseinsvorsorge', 'gesundheit-pflege'],
    expertise: ['evaluation', 'daseinsvorsorge', 'telemedizin'],
    about: 'Wir untersuchen, welche digitalen Lösungen der Daseinsvorsorge sich von einer Kommune auf andere übertragen lassen.',
    listed: true,
  }),
  person('Finn', 'Nissen', 'finn.nissen', {
    sector: 'wissenschaft',
    jobTitle: 'Wissenschaftlicher Mitarbeiter',
    organisation: 'forschungsstelle-digitale-daseinsvorsorge-flensburg',
    kreis: null,
    fieldsOfAction: ['infrastruktur-daten', 'energie-umwelt'],
    expertise: ['datenanalyse', 'smart metering', 'wirkungsmessung'],
    about: 'Ich werte die Daten der Modellprojekte aus und bereite sie für den Lenkungskreis auf.',
    listed: true,
  }),
  person('Tomke', 'Harms', 'tomke.harms', {
    sector: 'wissenschaft',
    jobTitle: 'Begleitforschung Modellkommunen',
    organisation: 'forschungsstelle-digitale-daseinsvorsorge-flensburg',
    kreis: null,
    fieldsOfAction: ['beteiligung', 'verwaltung'],
    expertise: ['begleitforschung', 'interviews', 'übertragbarkeit'],
    about: 'Ich spreche mit den Modellkommunen über das, was gelingt, und das, was nicht gelingt.',
    listed: true,
  }),
  // Daseinsvorsorge
  person('Bente', 'Lassen', 'bente.lassen', {
    sector: 'daseinsvorsorge',
    jobTitle: 'Leiterin Netze',
    organisation: 'versorgungsbetriebe-angeln',
    kreis: 'kreis-schleswig-flensburg',
    fieldsOfAction: ['daseinsvorsorge', 'energie-umwelt', 'infrastruktur-daten'],
    expertise: ['glasfaser', 'wärmenetze', 'netzplanung'],
    about: 'Wasser, Wärme und Glasfaser für Angeln – und die Daten dazu, damit die Netze besser werden.',
    listed: true,
  }),
  person('Jan-Hendrik', 'Martens', 'jan-hendrik.martens', {
    sector: 'daseinsvorsorge',
    jobTitle: 'Leiter Wasserversorgung',
    organisation: 'versorgungsbetriebe-angeln',
    kreis: 'kreis-schleswig-flensburg',
    fieldsOfAction: ['daseinsvorsorge', 'energie-umwelt'],
    expertise: ['funkwasserzähler', 'leckageortung', 'wasserwirtschaft'],
    about: 'Wir stellen 9.000 Wasserzähler auf Fernauslesung um und teilen gern, was wir dabei lernen.',
    listed: true,
  }),
  person('Ute', 'Koopmann', 'ute.koopmann', {
    sector: 'daseinsvorsorge',
    jobTitle: 'Leiterin IT, Klinikum Angeln-Schlei',
    organisation: null,
    kreis: 'kreis-schleswig-flensburg',
    fieldsOfAction: ['gesundheit-pflege', 'infrastruktur-daten'],
    expertise: ['krankenhaus-it', 'informationssicherheit', 'khzg'],
    about: 'IT für ein Krankenhaus auf dem Land: sicher, verfügbar und mit Blick auf die Praxen ringsum.',
    listed: true,
  }),
  person('Henning', 'Witt', 'henning.witt', {
    sector: 'daseinsvorsorge',
    jobTitle: 'Oberarzt und Projektleiter Telemedizin, Klinikum Angeln-Schlei',
    organisation: null,
    kreis: 'kreis-schleswig-flensburg',
    fieldsOfAction: ['gesundheit-pflege'],
    expertise: ['telemedizin', 'pflege', 'versorgung im ländlichen raum'],
    about: 'Telemedizinische Sprechstunden für Pflegeheime und Hausarztpraxen in Angeln – seit zwei Jahren im Alltag.',
    listed: true,
  }),
  person('Levke', 'Hinrichsen', 'levke.hinrichsen', {
    sector: 'daseinsvorsorge',
    jobTitle: 'Leiterin Mobilität, Nahverkehr Schleswig-Flensburg',
    organisation: null,
    kreis: 'kreis-schleswig-flensburg',
    fieldsOfAction: ['mobilitaet', 'daseinsvorsorge'],
    expertise: ['öpnv', 'rufbus', 'fahrgastinformation'],
    about: 'Rufbus, Echtzeitdaten und Elektrobusse: ich kümmere mich darum, dass man auch ohne Auto durchs Land kommt.',
    listed: true,
  }),
  person('Kai', 'Tiedemann', 'kai.tiedemann', {
    sector: 'daseinsvorsorge',
    jobTitle: 'Projektleiter Elektrobusse, Nahverkehr Schleswig-Flensburg',
    organisation: null,
    kreis: 'kreis-schleswig-flensburg',
    fieldsOfAction: ['mobilitaet', 'energie-umwelt'],
    expertise: ['elektromobilität', 'ladeinfrastruktur', 'netzanschluss'],
    about: 'Bis 2030 sollen unsere Busse elektrisch fahren. Ich plane Depots, Ladepunkte und Netzanschlüsse.',
    listed: true,
  }),
  // Zivilgesellschaft
  person('Hannelore', 'Bahnsen', 'hannelore.bahnsen', {
    sector: 'zivilgesellschaft',
    jobTitle: 'Vorsitzende',
    organisation: 'dorfgemeinschaft-angeln-digital-e-v',
    kreis: 'kreis-schleswig-flensburg',
    fieldsOfAction: ['bildung', 'daseinsvorsorge'],
    expertise: ['digitale teilhabe', 'ehrenamt', 'seniorinnen und senioren'],
    about: 'Jeden Dienstag helfen wir im Dorfgemeinschaftshaus beim Smartphone, bei Online-Anträgen und der Videosprechstunde.',
    listed: true,
  }),
  person('Jonas', 'Ehlers', 'jonas.ehlers', {
    sector: 'zivilgesellschaft',
    jobTitle: 'Digitallotse im Ehrenamt',
    organisation: 'dorfgemeinschaft-angeln-digital-e-v',
    kreis: 'kreis-schleswig-flensburg',
    fieldsOfAction: ['bildung'],
    expertise: ['smartphone-kurse'],
    about: '',
    listed: false,
  }),
];

/** The network profiles of the two demo accounts that log in (README.md). */
export const DEMO_ACCOUNT_PROFILES: Record<string, Omit<DemoPerson, 'email' | 'displayName'>> = {
  [DEMO_MANAGER_EMAIL]: {
    sector: 'verwaltung',
    jobTitle: 'Bürgermeisterin',
    organisation: 'gemeinde-suederbrarup',
    kreis: 'kreis-schleswig-flensburg',
    fieldsOfAction: ['verwaltung', 'beteiligung'],
    expertise: ['digitaler bürgerservice', 'netzwerkarbeit', 'ländlicher raum'],
    about: 'Ich leite die Gruppe der Digitalen Modellkommunen und freue mich über jede Frage und jede Erfahrung, die ihr teilt.',
    listed: true,
  },
  [DEMO_MEMBER_EMAIL]: {
    sector: 'verwaltung',
    jobTitle: 'Sachbearbeiter Liegenschaften und Infrastruktur',
    organisation: 'gemeinde-suederbrarup',
    kreis: 'kreis-schleswig-flensburg',
    fieldsOfAction: ['daseinsvorsorge', 'mobilitaet'],
    expertise: ['ladeinfrastruktur', 'liegenschaften'],
    about: 'Ich kümmere mich um die Flächen der Gemeinde – zurzeit vor allem um Ladepunkte am Bahnhof.',
    listed: true,
  },
};
