import type { Executor } from '../../platform/db/client.ts';
import { getOrganisationBySlug } from '../organisations/service.ts';
import { findProject, insertProject } from './core/project-repository.ts';
import { syncProjectSearch } from './core/sync-search.ts';

interface DemoProject {
  id: string;
  slug: string;
  municipality: string;
  /** the demo organisation's slug, for the link to its profile */
  organisation: string;
  title: string;
  summary: string;
  description: string;
  fieldsOfAction: string[];
  euros: number;
}

/**
 * The nine model municipalities of the first round (seed 001) with projects written for this
 * demo: the seed names only the range – a smart building area of the future, running an open
 * data platform, cross-border work on a digital strategy, smart villages ("Clever Dörp"). The
 * amounts are this demo's; together 880,000 euros of the million, over two years.
 */
const PROJECTS: DemoProject[] = [
  {
    id: '7c0a1e00-0000-4000-8001-000000000001',
    slug: 'clever-doerp-dithmarschen',
    municipality: 'Kreis Dithmarschen',
    organisation: 'kreis-dithmarschen',
    title: 'Clever Dörp Dithmarschen',
    summary: 'Fünf Dörfer erproben gemeinsam eine Dorf-App mit Mitfahrbank, Nachbarschaftshilfe und Terminen der Vereine.',
    description:
      'Kleine Dörfer haben keinen Laden mehr, aber viele Menschen, die helfen wollen. Der Kreis entwickelt mit fünf Dörfern eine Dorf-App, die Mitfahrgelegenheiten, Nachbarschaftshilfe und die Termine der Vereine an einem Ort zeigt.\n\n## Vorgehen\n\n- Dorfgespräche in jedem der fünf Orte\n- eine App, die andere Dörfer ohne Programmierkenntnisse für sich einrichten können\n- Schulungen für Ehrenamtliche, die die App im Dorf betreuen',
    fieldsOfAction: ['daseinsvorsorge', 'beteiligung'],
    euros: 100_000,
  },
  {
    id: '7c0a1e00-0000-4000-8001-000000000002',
    slug: 'grenzueberschreitende-digitalstrategie',
    municipality: 'Kreis Schleswig-Flensburg',
    organisation: 'kreis-schleswig-flensburg',
    title: 'Digitale Strategie über die Grenze',
    summary: 'Der Kreis erarbeitet seine digitale Strategie gemeinsam mit Partnern auf der dänischen Seite der Grenze.',
    description:
      'Pendlerinnen und Pendler, Unternehmen und Schulen kennen die Grenze kaum noch – die Verwaltungen auf beiden Seiten arbeiten aber mit verschiedenen Systemen. Der Kreis erarbeitet seine digitale Strategie deshalb mit Partnern in Dänemark.\n\n## Vorgehen\n\n- gemeinsame Werkstätten mit Verwaltungen beider Seiten\n- eine Übersicht der Dienste, die Menschen über die Grenze hinweg brauchen\n- eine Strategie mit Maßnahmen, die beide Seiten beschließen',
    fieldsOfAction: ['verwaltung', 'wirtschaft-tourismus'],
    euros: 100_000,
  },
  {
    id: '7c0a1e00-0000-4000-8001-000000000003',
    slug: 'digitaler-wirtschaftsraum-rendsburg',
    municipality: 'Wirtschaftsraum Rendsburg',
    organisation: 'wirtschaftsraum-rendsburg',
    title: 'Digitaler Wirtschaftsraum Rendsburg',
    summary: 'Die Stadt Rendsburg und ihre Umlandgemeinden bauen gemeinsame Online-Dienste für Unternehmen und Bürger auf.',
    description:
      'Im Wirtschaftsraum Rendsburg arbeiten die Stadt und die Gemeinden um sie herum schon lange zusammen. Jetzt bieten sie Gewerbeanmeldungen, Bauanträge und Terminbuchungen gemeinsam online an, statt dass jede Verwaltung eigene Lösungen kauft.\n\n## Vorgehen\n\n- eine gemeinsame Bestandsaufnahme der Verwaltungsleistungen\n- ein gemeinsames Serviceportal\n- ein Vertrag, der Kosten und Zuständigkeiten fair verteilt',
    fieldsOfAction: ['verwaltung', 'wirtschaft-tourismus'],
    euros: 100_000,
  },
  {
    id: '7c0a1e00-0000-4000-8001-000000000004',
    slug: 'open-data-kiel',
    municipality: 'Landeshauptstadt Kiel',
    organisation: 'landeshauptstadt-kiel',
    title: 'Offene Daten für Kiel und das Land',
    summary: 'Kiel betreibt eine Plattform für offene Daten, die auch kleinere Kommunen für ihre Daten nutzen können.',
    description:
      'Haushaltsdaten, Haltestellen, Parkplätze, Baustellen: Viele Daten der Stadt sind für alle nützlich. Kiel betreibt eine Plattform für offene Daten und öffnet sie für Kommunen im Land, die keine eigene aufbauen wollen.\n\n## Vorgehen\n\n- Datensätze der Stadt unter offenen Lizenzen veröffentlichen\n- eine Anleitung, wie andere Kommunen ihre Daten einstellen\n- ein Treffen im Jahr für alle, die die Daten nutzen',
    fieldsOfAction: ['infrastruktur-daten'],
    euros: 100_000,
  },
  {
    id: '7c0a1e00-0000-4000-8001-000000000005',
    slug: 'sensornetz-flensburg',
    municipality: 'Stadt Flensburg',
    organisation: 'stadt-flensburg',
    title: 'Ein Funknetz für städtische Sensoren',
    summary: 'Flensburg baut ein stromsparendes Funknetz für Sensoren auf, die Pegel, Parkplätze und Müllbehälter messen.',
    description:
      'Sensoren helfen, Wege zu sparen: Ein Müllbehälter meldet, wenn er voll ist, ein Pegel, wenn das Wasser steigt. Flensburg baut dafür ein stromsparendes Funknetz (LoRaWAN) auf, das auch Vereine und Schulen für eigene Projekte nutzen dürfen.\n\n## Vorgehen\n\n- Funkstationen auf städtischen Gebäuden\n- erste Sensoren an Hafen, Parkplätzen und Containern\n- die gemessenen Werte als offene Daten',
    fieldsOfAction: ['infrastruktur-daten', 'energie-umwelt'],
    euros: 100_000,
  },
  {
    id: '7c0a1e00-0000-4000-8001-000000000006',
    slug: 'besucherlenkung-eutin',
    municipality: 'Stadt Eutin',
    organisation: 'stadt-eutin',
    title: 'Besucherlenkung in Altstadt und Seenlandschaft',
    summary: 'Eutin zeigt Gästen, wo es gerade voll ist, und lenkt sie zu freien Parkplätzen und weniger besuchten Zielen.',
    description:
      'An schönen Tagen und zu den Festspielen ist die Altstadt voll, während Wege und Seen in der Umgebung leer bleiben. Eutin misst, wo es voll ist, und zeigt es Gästen online und auf Anzeigetafeln.\n\n## Vorgehen\n\n- Zählung von Parkplätzen und Besuchern an wenigen Punkten\n- eine Karte mit Auslastung und Tipps für Ausflüge\n- Auswertung gemeinsam mit dem Tourismus und dem Handel',
    fieldsOfAction: ['wirtschaft-tourismus', 'mobilitaet'],
    euros: 100_000,
  },
  {
    id: '7c0a1e00-0000-4000-8001-000000000007',
    slug: 'digitales-rathaus-pinneberg',
    municipality: 'Stadt Pinneberg',
    organisation: 'stadt-pinneberg',
    title: 'Das Rathaus in der Hosentasche',
    summary: 'Pinneberg bringt die häufigsten Anliegen der Bürgerinnen und Bürger online – vom Termin bis zum Bewohnerparkausweis.',
    description:
      'Viele Menschen in Pinneberg pendeln nach Hamburg und schaffen es kaum zu den Öffnungszeiten ins Rathaus. Die Stadt bringt die zehn häufigsten Anliegen online und vereinfacht die Abläufe dahinter.\n\n## Vorgehen\n\n- Auswertung, welche Anliegen am häufigsten sind\n- Online-Formulare, die Menschen im Test verstehen\n- Schulung der Beschäftigten für die neuen Abläufe',
    fieldsOfAction: ['verwaltung'],
    euros: 100_000,
  },
  {
    id: '7c0a1e00-0000-4000-8001-000000000008',
    slug: 'smartes-baugebiet-nortorf',
    municipality: 'Stadt Nortorf',
    organisation: 'stadt-nortorf',
    title: 'Das smarte Baugebiet der Zukunft',
    summary: 'In einem neuen Baugebiet plant Nortorf Glasfaser, Energie, Mobilität und Nachbarschaft von Anfang an digital mit.',
    description:
      'Ein neues Baugebiet ist die Gelegenheit, alles auf einmal richtig zu machen. Nortorf plant Glasfaser bis in jedes Haus, ein Nahwärmenetz mit digitaler Steuerung, Ladepunkte und eine Quartiers-App von Anfang an mit.\n\n## Vorgehen\n\n- Anforderungen in den Bebauungsplan aufnehmen\n- Mitwirkung der künftigen Bewohnerinnen und Bewohner\n- ein Leitfaden für andere Kommunen, die ein Baugebiet planen',
    fieldsOfAction: ['energie-umwelt', 'infrastruktur-daten'],
    euros: 100_000,
  },
  {
    id: '7c0a1e00-0000-4000-8001-000000000009',
    slug: 'digitaler-dorftreff-kirchbarkau',
    municipality: 'Gemeinde Kirchbarkau',
    organisation: 'gemeinde-kirchbarkau',
    title: 'Clever Dörp Kirchbarkau: der digitale Dorftreff',
    summary: 'Ein Dorftreff mit schnellem Internet, Videosprechstunden und Kursen, in denen Ältere das Digitale üben.',
    description:
      'Wer im Dorf keinen schnellen Anschluss hat oder sich mit dem Smartphone schwertut, bleibt außen vor. Kirchbarkau richtet einen Dorftreff ein, in dem es schnelles Internet, Videosprechstunden mit Ärzten und Ämtern und Kurse gibt.\n\n## Vorgehen\n\n- Ausstattung des Dorftreffs\n- „Digitallotsen“ aus dem Dorf, die anderen helfen\n- feste Sprechzeiten mit Arztpraxen und dem Amt',
    fieldsOfAction: ['daseinsvorsorge', 'bildung'],
    euros: 80_000,
  },
];

/** The first round's projects; each is added once and never changed by the seed afterwards. */
export async function seedFirstRoundProjects(tx: Executor, callId: string): Promise<void> {
  for (const p of PROJECTS) {
    if (await findProject(tx, p.id)) continue;
    const organisation = await getOrganisationBySlug(tx, p.organisation);
    const project = await insertProject(tx, {
      id: p.id,
      callId,
      slug: p.slug,
      municipality: p.municipality,
      organisationId: organisation?.id ?? null,
      title: p.title,
      summary: p.summary,
      description: p.description,
      fieldsOfAction: p.fieldsOfAction,
      amountCents: p.euros * 100,
      status: 'completed',
      startsOn: '2020-09-01',
      endsOn: '2022-08-31',
    });
    await syncProjectSearch(tx, project);
  }
}
