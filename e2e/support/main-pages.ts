import { DEMO_PROJECT_REPORTS } from '../../src/features/competition/seed-project-reports.ts';
import { DEMO_EVENTS } from '../../src/features/events/seed.ts';
import { DEMO_KNOWLEDGE } from '../../src/features/knowledge/seed.ts';

export interface MainPage {
  /** a short name for file names and test titles */
  name: string;
  path: string;
}

const kickOff = DEMO_EVENTS.kickOff;

/**
 * The public page types people meet most, with demo content that every installation has:
 * the pages of the size budget and of the screenshots. The check page of a registration needs
 * a filled-in form and is reached by the tests themselves.
 */
export const MAIN_PAGES: MainPage[] = [
  { name: 'start', path: '/' },
  { name: 'veranstaltungen', path: '/veranstaltungen' },
  { name: 'veranstaltung', path: `/veranstaltungen/${kickOff.slug}` },
  { name: 'anmeldung', path: `/veranstaltungen/${kickOff.slug}/termine/${kickOff.dates.luebeck}/anmeldung` },
  { name: 'wissen', path: '/wissen' },
  { name: 'wissensbeitrag', path: `/wissen/${DEMO_KNOWLEDGE.guide}` },
  { name: 'suche', path: '/suche?q=Digitalisierung' },
  { name: 'aktuelles', path: '/aktuelles' },
  { name: 'meldung', path: `/aktuelles/${DEMO_KNOWLEDGE.news}` },
  { name: 'wettbewerb', path: '/wettbewerb' },
  { name: 'foerderaufruf', path: '/wettbewerb/digitale-modellkommunen-2027' },
  { name: 'modellkommunen', path: '/wettbewerb/modellkommunen' },
  { name: 'modellprojekt', path: '/wettbewerb/modellkommunen/smartes-baugebiet-nortorf' },
  { name: 'projektbericht', path: `/wettbewerb/modellkommunen/grenzueberschreitende-digitalstrategie/berichte/${DEMO_PROJECT_REPORTS.final}` },
  { name: 'loesungen', path: '/loesungen' },
  { name: 'loesung', path: '/loesungen/digitales-ratsinformationssystem' },
  { name: 'anmelden', path: '/anmelden' },
];
