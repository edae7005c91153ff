import { findUserByEmail } from '../../platform/auth/user-repository.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { findOrganisationBySlug, insertMembership, insertOrganisation, type OrganisationValues } from './repository.ts';

type OfficialKeys = 'ags' | 'amtsschluessel' | 'ars';
type DemoOrganisation = Omit<OrganisationValues, 'street' | 'postcode' | 'website' | 'population' | OfficialKeys> &
  Partial<Pick<OrganisationValues, 'street' | 'postcode' | 'website' | 'population' | OfficialKeys>>;

/**
 * Organisations of Schleswig-Holstein; the association, the company and the institute are
 * made up. No official keys: none of them is given in the seed documents (../shared/seeds/),
 * and a wrong official key in a ministry's demo does more harm than a missing one. The
 * municipalities' populations are the official figures rounded (Statistikamt Nord), so that
 * the strategy's peer comparison finds municipalities of one size band; none where the figure
 * is not certain (Kirchbarkau, the Amt, the Wirtschaftsraum), and the seed documents give none.
 */
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    slug: 'gemeinde-suederbrarup',
    name: 'Gemeinde Süderbrarup',
    type: 'gemeinde',
    street: 'Team Allee 16',
    postcode: '24392',
    town: 'Süderbrarup',
    website: 'https://www.amt-suederbrarup.de',
    population: 4_000,
    description:
      'Süderbrarup liegt mitten in Angeln im Kreis Schleswig-Flensburg und ist Sitz des gleichnamigen Amtes.\n\nIm Programm arbeiten wir an einem digitalen Bürgerservice für den ländlichen Raum: Anträge online stellen, Termine im Amt buchen und den Dorfladen mit einer Mitfahrbank verbinden.',
  },
  {
    slug: 'amt-suederbrarup',
    name: 'Amt Süderbrarup',
    type: 'amt',
    street: 'Team Allee 16',
    postcode: '24392',
    town: 'Süderbrarup',
    website: 'https://www.amt-suederbrarup.de',
    description: 'Das Amt Süderbrarup erledigt die Verwaltungsgeschäfte für seine amtsangehörigen Gemeinden in Angeln.',
  },
  {
    slug: 'hansestadt-luebeck',
    name: 'Hansestadt Lübeck',
    type: 'stadt',
    // a kreisfreie Stadt: its Kreis key 01003 (Lübeck) followed by 000
    ags: '01003000',
    street: 'Breite Straße 62',
    postcode: '23539',
    town: 'Lübeck',
    website: 'https://www.luebeck.de',
    population: 217_000,
    description: 'Kreisfreie Hansestadt an der Ostsee. Wir teilen unsere Erfahrungen mit Open Data und digitalen Beteiligungsverfahren.',
  },
  // The nine model municipalities of the competition's first round (seed 001); the Kreise and the
  // kreisfreien Städte with their Kreis key followed by 000, the others without a key.
  {
    slug: 'kreis-dithmarschen',
    name: 'Kreis Dithmarschen',
    type: 'kreis',
    ags: '01051000',
    town: 'Heide',
    population: 134_000,
    description: 'Kreis an der Westküste zwischen Elbe und Eider. Modellkommune im Wettbewerb Digitale Modellkommunen.',
  },
  {
    slug: 'kreis-schleswig-flensburg',
    name: 'Kreis Schleswig-Flensburg',
    type: 'kreis',
    ags: '01059000',
    town: 'Schleswig',
    population: 203_000,
    description: 'Kreis an der Grenze zu Dänemark. Modellkommune im Wettbewerb Digitale Modellkommunen.',
  },
  {
    slug: 'wirtschaftsraum-rendsburg',
    name: 'Wirtschaftsraum Rendsburg',
    type: 'region',
    town: 'Rendsburg',
    description: 'Die Stadt Rendsburg und die Gemeinden um sie herum, die in der Entwicklung ihres Wirtschaftsraums zusammenarbeiten.',
  },
  {
    slug: 'landeshauptstadt-kiel',
    name: 'Landeshauptstadt Kiel',
    type: 'stadt',
    ags: '01002000',
    town: 'Kiel',
    population: 247_000,
    description: 'Landeshauptstadt an der Kieler Förde. Modellkommune im Wettbewerb Digitale Modellkommunen.',
  },
  {
    slug: 'stadt-flensburg',
    name: 'Stadt Flensburg',
    type: 'stadt',
    ags: '01001000',
    town: 'Flensburg',
    population: 92_000,
    description: 'Kreisfreie Stadt an der Flensburger Förde. Modellkommune im Wettbewerb Digitale Modellkommunen.',
  },
  {
    slug: 'stadt-eutin',
    name: 'Stadt Eutin',
    type: 'stadt',
    town: 'Eutin',
    population: 17_000,
    description: 'Kreisstadt Ostholsteins in der Holsteinischen Schweiz. Modellkommune im Wettbewerb Digitale Modellkommunen.',
  },
  {
    slug: 'stadt-pinneberg',
    name: 'Stadt Pinneberg',
    type: 'stadt',
    town: 'Pinneberg',
    population: 44_000,
    description: 'Kreisstadt im Hamburger Umland. Modellkommune im Wettbewerb Digitale Modellkommunen.',
  },
  {
    slug: 'stadt-nortorf',
    name: 'Stadt Nortorf',
    type: 'stadt',
    town: 'Nortorf',
    population: 7_000,
    description: 'Kleinstadt in der Mitte Schleswig-Holsteins. Modellkommune im Wettbewerb Digitale Modellkommunen.',
  },
  {
    slug: 'gemeinde-kirchbarkau',
    name: 'Gemeinde Kirchbarkau',
    type: 'gemeinde',
    town: 'Kirchbarkau',
    description: 'Gemeinde im Kreis Plön. Modellkommune im Wettbewerb Digitale Modellkommunen.',
  },
  {
    slug: 'stadt-heide',
    name: 'Stadt Heide',
    type: 'stadt',
    street: 'Postelweg 1',
    postcode: '25746',
    town: 'Heide',
    website: 'https://www.heide.de',
    population: 22_000,
    description: 'Kreisstadt Dithmarschens an der Westküste. Schwerpunkte: digitale Innenstadt und smarte Energieversorgung.',
  },
  {
    slug: 'kreis-nordfriesland',
    name: 'Kreis Nordfriesland',
    type: 'kreis',
    // the Kreis key 01054 followed by 000
    ags: '01054000',
    street: 'Marktstraße 6',
    postcode: '25813',
    town: 'Husum',
    website: 'https://www.nordfriesland.de',
    population: 167_000,
    description: 'Der nördlichste Kreis Deutschlands mit Inseln und Halligen. Wir bringen Verwaltungsleistungen auch auf die Halligen.',
  },
  // Gemeinden and Städte that only answered the strategy's maturity check, so that Süderbrarup and
  // Eutin have five others of their type and size band to be compared with.
  {
    slug: 'gemeinde-soerup',
    name: 'Gemeinde Sörup',
    type: 'gemeinde',
    postcode: '24966',
    town: 'Sörup',
    population: 4_000,
    description: 'Gemeinde in Angeln im Kreis Schleswig-Flensburg.',
  },
  {
    slug: 'gemeinde-mittelangeln',
    name: 'Gemeinde Mittelangeln',
    type: 'gemeinde',
    postcode: '24986',
    town: 'Mittelangeln',
    population: 5_000,
    description: 'Gemeinde in Angeln im Kreis Schleswig-Flensburg, mit dem Hauptort Satrup.',
  },
  {
    slug: 'gemeinde-tarp',
    name: 'Gemeinde Tarp',
    type: 'gemeinde',
    postcode: '24963',
    town: 'Tarp',
    population: 6_000,
    description: 'Gemeinde im Kreis Schleswig-Flensburg zwischen Flensburg und Schleswig.',
  },
  {
    slug: 'gemeinde-kropp',
    name: 'Gemeinde Kropp',
    type: 'gemeinde',
    postcode: '24848',
    town: 'Kropp',
    population: 6_500,
    description: 'Gemeinde im Kreis Schleswig-Flensburg südlich von Schleswig.',
  },
  {
    slug: 'gemeinde-oeversee',
    name: 'Gemeinde Oeversee',
    type: 'gemeinde',
    postcode: '24988',
    town: 'Oeversee',
    population: 3_500,
    description: 'Gemeinde im Kreis Schleswig-Flensburg südlich von Flensburg.',
  },
  {
    slug: 'stadt-schleswig',
    name: 'Stadt Schleswig',
    type: 'stadt',
    postcode: '24837',
    town: 'Schleswig',
    population: 25_000,
    description: 'Kreisstadt von Schleswig-Flensburg an der Schlei.',
  },
  {
    slug: 'stadt-husum',
    name: 'Stadt Husum',
    type: 'stadt',
    postcode: '25813',
    town: 'Husum',
    population: 23_000,
    description: 'Kreisstadt Nordfrieslands an der Nordsee.',
  },
  {
    slug: 'stadt-rendsburg',
    name: 'Stadt Rendsburg',
    type: 'stadt',
    postcode: '24768',
    town: 'Rendsburg',
    population: 29_000,
    description: 'Kreisstadt von Rendsburg-Eckernförde am Nord-Ostsee-Kanal.',
  },
  {
    slug: 'ministerium-fuer-digitalisierung-schleswig-holstein',
    name: 'Ministerium für Digitalisierung Schleswig-Holstein',
    type: 'land',
    postcode: '24105',
    town: 'Kiel',
    website: 'https://www.schleswig-holstein.de',
    description: 'Träger des Aktionsplans „Digitale Modellkommunen“ (Beispielangabe der Demo).',
  },
  {
    slug: 'dorfgemeinschaft-angeln-digital-e-v',
    name: 'Dorfgemeinschaft Angeln digital e. V.',
    type: 'zivilgesellschaft',
    postcode: '24392',
    town: 'Süderbrarup',
    description: 'Ehrenamtliche helfen Älteren beim Umgang mit Smartphone und Online-Diensten – jeden Dienstag im Dorfgemeinschaftshaus.',
  },
  {
    slug: 'nordlicht-software-gmbh',
    name: 'Nordlicht Software GmbH',
    type: 'unternehmen',
    postcode: '24103',
    town: 'Kiel',
    description: 'Mittelständisches Softwarehaus für Fachverfahren und barrierefreie Bürgerportale.',
  },
  {
    slug: 'forschungsstelle-digitale-daseinsvorsorge-flensburg',
    name: 'Forschungsstelle Digitale Daseinsvorsorge Flensburg',
    type: 'wissenschaft',
    postcode: '24943',
    town: 'Flensburg',
    description: 'Wir begleiten die Modellkommunen wissenschaftlich und werten aus, welche Lösungen sich übertragen lassen.',
  },
  {
    slug: 'versorgungsbetriebe-angeln',
    name: 'Versorgungsbetriebe Angeln',
    type: 'daseinsvorsorge',
    postcode: '24392',
    town: 'Süderbrarup',
    description: 'Wasser, Wärme und Glasfaser für die Gemeinden des Amtes.',
  },
];

// Created by the accounts feature's demo content; linked here once they exist. The demo manager
// also keeps the Kreis's page, so that the demo has a manager whose organisation may apply in
// the competition (the Gemeinde has no official key in the demo data).
const DEMO_MANAGER = 'manager@demo.digitale-kommune.de';
const DEMO_MEMBER = 'mitglied@demo.digitale-kommune.de';
// the start-up's account of the Call for Solutions: it asks, submits and turns its winner into a solution
const DEMO_STARTUP = 'startup@demo.digitale-kommune.de';
const DEMO_LINKS = [
  { slug: 'gemeinde-suederbrarup', email: DEMO_MANAGER, role: 'manager' },
  { slug: 'gemeinde-suederbrarup', email: DEMO_MEMBER, role: 'member' },
  { slug: 'kreis-schleswig-flensburg', email: DEMO_MANAGER, role: 'manager' },
  { slug: 'nordlicht-software-gmbh', email: DEMO_STARTUP, role: 'manager' },
] as const;

/** Adds what is missing and never changes what people have edited since. Runs on every start. */
export async function seedOrganisations(deps: AppDeps): Promise<void> {
  await deps.db.transaction(async (tx) => {
    for (const demo of DEMO_ORGANISATIONS) {
      if (await findOrganisationBySlug(tx, demo.slug)) continue;
      await insertOrganisation(tx, { street: null, postcode: null, website: null, ags: null, amtsschluessel: null, ars: null, population: null, ...demo });
    }
    for (const link of DEMO_LINKS) {
      const organisation = await findOrganisationBySlug(tx, link.slug);
      const user = await findUserByEmail(tx, link.email);
      if (organisation && user) {
        await insertMembership(tx, { organisationId: organisation.id, userId: user.id, role: link.role, status: 'active', decidedAt: new Date() });
      }
    }
  });
}
