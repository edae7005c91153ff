import type { GroupMemberStatus, GroupRole, GroupVisibility, JoinPolicy, NotificationFrequency } from './core/tables.ts';
import { DEMO_GROUPS } from './seed-ids.ts';
import { DEMO_MANAGER_EMAIL, DEMO_MEMBER_EMAIL } from './seed-people.ts';

export interface DemoMember {
  email: string;
  role: GroupRole;
  status: GroupMemberStatus;
  /** days before the seed ran; the longest-standing member takes over when the only owner leaves */
  joinedDaysAgo: number;
  requestMessage?: string;
  /** how the member hears of the group's activity; without it, the daily digest */
  frequency?: NotificationFrequency;
}

export interface DemoGroup {
  id: string;
  slug: string;
  name: string;
  summary: string;
  description: string;
  pinnedInfo: string;
  visibility: GroupVisibility;
  joinPolicy: JoinPolicy;
  /** slug of a demo organisation */
  region: string | null;
  programme: string;
  fieldsOfAction: string[];
  createdDaysAgo: number;
  members: DemoMember[];
  /** slugs of demo events shown as the group's */
  events: string[];
}

const member = (ascii: string, joinedDaysAgo: number, more: Partial<DemoMember> = {}): DemoMember => ({
  email: `${ascii}@demo.digitale-kommune.de`,
  role: 'member',
  status: 'active',
  joinedDaysAgo,
  ...more,
});

/**
 * The three groups of issue 15. The model municipalities' group is the one of seed 001 (the
 * competition "Digitale Modellkommunen Schleswig-Holstein" and its exchange beyond events);
 * its description retells the seed in our words.
 */
export const DEMO_GROUP_LIST: DemoGroup[] = [
  {
    ...DEMO_GROUPS.modelMunicipalities,
    name: 'Digitale Modellkommunen Schleswig-Holstein',
    summary: 'Austausch der neun Digitalen Modellkommunen mit Verwaltung, Politik, Wirtschaft, Wissenschaft und Daseinsvorsorge im ganzen Land.',
    description: [
      'Im Wettbewerb „Digitale Modellkommunen Schleswig-Holstein“ hat das Land neun Kommunen ausgezeichnet: die Kreise Dithmarschen und Schleswig-Flensburg, den Wirtschaftsraum Rendsburg, die Städte Kiel, Flensburg, Eutin, Pinneberg und Nortorf sowie die Gemeinde Kirchbarkau. Über zwei Jahre fördert das Land ihre Vorhaben mit rund einer Million Euro.',
      'Die Vorhaben reichen vom smarten Baugebiet über eine Open-Data-Plattform und LoRaWAN-Sensorik bis zur grenzüberschreitenden Digitalstrategie mit Dänemark und zum „Clever Dörp“. In dieser Gruppe teilen die Modellkommunen ihre Erfahrungen – nicht nur bei Veranstaltungen, sondern im Arbeitsalltag.',
      'Mitarbeitende aus Verwaltung, Selbstverwaltung, Wirtschaft, Wissenschaft und den Einrichtungen der Daseinsvorsorge sind eingeladen mitzumachen. Schreiben Sie uns bei Ihrer Anfrage kurz, woran Sie arbeiten.',
    ].join('\n\n'),
    pinnedInfo: [
      '**Nächstes Netzwerktreffen:** Auftakt der Digitalen Modellkommunen 2027 – die Termine stehen unter „Veranstaltungen“.',
      '**Regeln der Gruppe**',
      '- Wir helfen einander und bleiben sachlich, auch wenn wir anderer Meinung sind.\n- Keine personenbezogenen Daten von Bürgerinnen und Bürgern in Beiträgen oder Dateien.\n- Werbung für Produkte gehört nicht hierher; Erfahrungen mit Produkten schon.\n- Fragen zu Förderung und Berichten beantwortet das Ministerium im angepinnten Thema.',
    ].join('\n\n'),
    visibility: 'public',
    joinPolicy: 'request',
    region: null,
    programme: 'Digitale Modellkommunen Schleswig-Holstein',
    fieldsOfAction: ['verwaltung', 'infrastruktur-daten', 'daseinsvorsorge'],
    createdDaysAgo: 120,
    members: [
      { email: DEMO_MANAGER_EMAIL, role: 'owner', status: 'active', joinedDaysAgo: 120, frequency: 'immediate' },
      member('katrin.clausen', 119, { role: 'moderator', frequency: 'daily' }),
      member('hauke.jensen', 110, { frequency: 'weekly' }),
      member('silke.thomsen', 108),
      member('jannik.brodersen', 105),
      member('kirsten.lorenzen', 101),
      member('frauke.moeller', 97),
      member('ole.carstensen', 94),
      member('torben.sievers', 90),
      member('anke.paulsen', 86),
      member('gesa.rathje', 80, { frequency: 'weekly' }),
      member('hinrich.ketelsen', 75),
      member('lars.feddersen', 70),
      member('merle.jessen', 64),
      member('tomke.harms', 60),
      member('malte.schroeder', 41),
      member('arne.johannsen', 33),
      member('meike.asmussen', 2, {
        status: 'requested',
        requestMessage:
          'Moin! Ich arbeite im Bürgerbüro des Amtes Süderbrarup und möchte von euren Erfahrungen mit Online-Terminbuchung und Open Data lernen. Süderbrarup ist selbst keine Modellkommune, wir würden aber gern nachnutzen, was bei euch funktioniert.',
      }),
    ],
    events: ['auftakt-digitale-modellkommunen-2027', 'werkstattgespraech-mobilitaet-laendlicher-raum'],
  },
  {
    ...DEMO_GROUPS.providers,
    name: 'Daseinsvorsorge digital',
    summary: 'Stadtwerke, Versorgungsbetriebe, Kliniken und Nahverkehr im Norden: wie Wasser, Wärme, Gesundheit und Mobilität digital besser werden.',
    description: [
      'Für alle, die Daseinsvorsorge betreiben oder mit ihr arbeiten: Versorgungsbetriebe, Krankenhäuser, Verkehrsunternehmen, Kommunen und die Forschung, die sie begleitet.',
      'Typische Themen: Fernauslesung von Zählern, Ladepunkte für Elektrobusse, Telemedizin auf dem Land, Glasfaser und Wärmenetze.',
    ].join('\n\n'),
    pinnedInfo: 'Neue Mitglieder: stellt euch gern mit einem kurzen Beitrag vor – wer ihr seid und woran ihr gerade arbeitet.',
    visibility: 'members',
    joinPolicy: 'open',
    region: 'kreis-schleswig-flensburg',
    programme: '',
    fieldsOfAction: ['daseinsvorsorge', 'energie-umwelt', 'mobilitaet', 'gesundheit-pflege'],
    createdDaysAgo: 90,
    members: [
      member('bente.lassen', 90, { role: 'owner', frequency: 'weekly' }),
      member('levke.hinrichsen', 88, { role: 'moderator' }),
      member('jan-hendrik.martens', 85),
      member('ute.koopmann', 80),
      member('henning.witt', 79),
      member('kai.tiedemann', 71),
      member('svenja.kroeger', 60),
      member('merle.jessen', 58, { frequency: 'weekly' }),
      member('finn.nissen', 55),
      member('joern.behrens', 40),
      member('hannelore.bahnsen', 26),
      { email: DEMO_MEMBER_EMAIL, role: 'member', status: 'active', joinedDaysAgo: 21 },
    ],
    events: [],
  },
  {
    ...DEMO_GROUPS.steering,
    name: 'Lenkungskreis Modellkommunen',
    summary: 'Der Lenkungskreis des Programms: Ministerium, Vertretungen der Modellkommunen und die wissenschaftliche Begleitung.',
    description: 'Vorbereitung und Nachbereitung der Sitzungen des Lenkungskreises. Die Gruppe ist verborgen; Mitglieder werden eingeladen.',
    pinnedInfo: 'Unterlagen zu Sitzungen bitte spätestens eine Woche vorher hier einstellen.',
    visibility: 'hidden',
    joinPolicy: 'invitation',
    region: null,
    programme: 'Digitale Modellkommunen Schleswig-Holstein',
    fieldsOfAction: ['verwaltung'],
    createdDaysAgo: 100,
    members: [
      member('katrin.clausen', 100, { role: 'owner', frequency: 'daily' }),
      member('lars.feddersen', 100),
      { email: DEMO_MANAGER_EMAIL, role: 'member', status: 'active', joinedDaysAgo: 98 },
      member('silke.thomsen', 98),
      member('gesa.rathje', 97),
      member('finn.nissen', 60),
    ],
    events: [],
  },
];
