import type { AppDeps } from '../../platform/deps.ts';
import { findCall, insertCall, updateCallRow, type CallValues } from './core/repository.ts';
import { syncCallSearch } from './core/sync-search.ts';
import { seedDemoApplications } from './seed-applications.ts';
import { seedCallDocuments } from './seed-documents.ts';
import { seedCallForm } from './seed-form.ts';
import { seedDemoReviews } from './seed-reviews.ts';
import { seedProjectRecords } from './seed-project-records.ts';
import { seedProjectReports } from './seed-project-reports.ts';
import { seedFirstRoundProjects } from './seed-projects.ts';

/** Fixed ids, so that the demo content has stable addresses and is added only once. */
export const DEMO_CALLS = {
  round2020: '7c0a1e00-0000-4000-8000-000000002020',
  round2027: '7c0a1e00-0000-4000-8000-000000002027',
} as const;

const MUNICIPAL_TYPES = ['gemeinde', 'amt', 'stadt', 'kreis', 'region'];

/**
 * The first round of the competition (seeds 001 and 002): announced for December 2019, nine
 * model municipalities awarded in September 2020 with about one million euros over two years,
 * up to 100,000 euros each. The seeds give no deadline and no own share: the deadline at the
 * end of March 2020 and the share of ten per cent are this demo's assumptions.
 */
const ROUND_2020: CallValues & { slug: string; id: string } = {
  id: DEMO_CALLS.round2020,
  slug: 'digitale-modellkommunen-2020',
  title: 'Wettbewerb Digitale Modellkommunen Schleswig-Holstein',
  summary:
    'Der erste Wettbewerb des Aktionsplans: Das Innenministerium fördert Kommunen auf ihrem Weg zur digitalen Kommune mit bis zu 100.000 Euro je Vorhaben über zwei Jahre.',
  description: [
    'Mit dem Aktionsplan Digitale Modellkommunen unterstützt das Ministerium für Inneres, ländliche Räume und Integration die Kommunen dabei, bei der Digitalisierung aktiv zu werden – in drei Schritten: vernetzen, strategisch planen, ins Tun kommen.',
    '## Was gefördert wird',
    '- Vorhaben, die die Digitalisierung der Daseinsvorsorge voranbringen',
    '- smarte Städte und Regionen („Clever Dörp“)',
    '- digitale Prototypen und Strategien, die andere Kommunen übernehmen können',
    '## Wer sich bewerben kann',
    'Gemeinden, Ämter, Städte und Kreise in Schleswig-Holstein, allein oder gemeinsam in funktionalen Räumen, etwa ein Kreis mit seinen Ämtern oder ein Wirtschaftsraum.',
    '## Verfahren',
    'Eine Jury wählt bis zu zehn Modellkommunen aus. Die geförderten Kommunen stellen ihre Vorhaben öffentlich vor und teilen ihre Erfahrungen im Netzwerk Digitale Kommune, damit gute Ideen kopiert und übernommen werden können.',
  ].join('\n\n'),
  eligibleTypes: MUNICIPAL_TYPES,
  agsPrefix: '01',
  populationMin: null,
  populationMax: null,
  jointApplications: true,
  opensAt: new Date('2019-12-02T08:00:00Z'),
  closesAt: new Date('2020-03-31T21:59:00Z'),
  maxAmountCents: 10_000_000,
  totalBudgetCents: 100_000_000,
  ownSharePercent: 10,
  fundingStart: '2020-09-01',
  fundingEnd: '2022-08-31',
  blindReview: false,
  fieldsOfAction: ['daseinsvorsorge', 'infrastruktur-daten', 'verwaltung'],
  contact: 'Ministerium für Inneres, ländliche Räume und Integration des Landes Schleswig-Holstein, Referat für die Digitalisierung der Kommunen',
  createdBy: null,
};

/** The second round, open now: the same rules, with blind review. */
const ROUND_2027: CallValues & { slug: string; id: string } = {
  ...ROUND_2020,
  id: DEMO_CALLS.round2027,
  slug: 'digitale-modellkommunen-2027',
  title: 'Wettbewerb Digitale Modellkommunen 2027/2028',
  summary:
    'Die zweite Runde: Kommunen in Schleswig-Holstein bewerben sich allein oder gemeinsam um bis zu 100.000 Euro für ein digitales Vorhaben, das andere übernehmen können.',
  description: [
    'Neun Modellkommunen haben in der ersten Runde gezeigt, was möglich ist – vom smarten Baugebiet bis zur Plattform für offene Daten. Die zweite Runde sucht Vorhaben, die darauf aufbauen.',
    '## Was gefördert wird',
    '- digitale Angebote der Daseinsvorsorge, besonders im ländlichen Raum',
    '- gemeinsame Lösungen mehrerer Kommunen in einem funktionalen Raum',
    '- Vorhaben, die eine beschlossene digitale Strategie umsetzen',
    '## Verfahren',
    'Nach dem Bewerbungsschluss prüft die Redaktion die Bewerbungen auf Vollständigkeit. Eine Jury begutachtet sie verdeckt, ohne die Namen der Bewerbenden zu kennen, nach den veröffentlichten Kriterien. Das Ministerium entscheidet über die Förderung und gibt alle Entscheidungen zugleich bekannt.',
  ].join('\n\n'),
  opensAt: new Date('2026-12-01T08:00:00Z'),
  closesAt: new Date('2027-02-26T22:59:00Z'),
  fundingStart: '2027-07-01',
  fundingEnd: '2029-06-30',
  blindReview: true,
  fieldsOfAction: ['daseinsvorsorge', 'mobilitaet', 'beteiligung'],
};

/**
 * Adds what is missing and never changes what editors have changed since. Runs on every start;
 * the jury's demo work goes through the review engine's own commands, after the transaction.
 */
export async function seedCompetition(deps: AppDeps): Promise<void> {
  await deps.db.transaction(async (tx) => {
    for (const demo of [ROUND_2020, ROUND_2027]) {
      if (await findCall(tx, demo.id)) continue;
      await insertCall(tx, demo);
      const published = await updateCallRow(tx, demo.id, { status: 'published', publishedAt: demo.opensAt });
      await syncCallSearch(tx, published!);
    }
    for (const call of [DEMO_CALLS.round2020, DEMO_CALLS.round2027]) await seedCallForm(tx, call);
    await seedFirstRoundProjects(tx, DEMO_CALLS.round2020);
    await seedProjectRecords(tx);
    await seedDemoApplications(tx, DEMO_CALLS.round2027);
  });
  await seedCallDocuments(deps, [DEMO_CALLS.round2020, DEMO_CALLS.round2027]);
  await seedProjectReports(deps);
  await seedDemoReviews(deps, DEMO_CALLS.round2027);
}
