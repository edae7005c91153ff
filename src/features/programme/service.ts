import type { Executor } from '../../platform/db/client.ts';
import { listApplicationFacts, listFundingFacts } from '../competition/core/programme-service.ts';
import { listEventAttendance } from '../events/core/programme-service.ts';
import { listNetworkMemberships, listNetworkPosts } from '../network/core/programme-service.ts';
import { listActiveMembershipPairs, listProgrammeMunicipalities, MUNICIPAL_TYPES, type OrganisationType } from '../organisations/programme-service.ts';
import { listSeminarAttendance } from '../seminars/core/programme-service.ts';
import { listAdoptions, listPublishedSolutions } from '../solutions/core/programme-service.ts';
import { listStrategyStages } from '../strategy/core/programme-service.ts';
import {
  buildJourneys,
  filterJourneys,
  funnel,
  fundingPerYear,
  sortJourneys,
  STAGES,
  stepsPerQuarter,
  WITHOUT_KREIS,
  type Journey,
  type JourneyFilter,
  type ProgrammeFacts,
  type SortDirection,
  type SortKey,
  type Stage,
  type Step,
} from './journeys.ts';

export { MUNICIPAL_TYPES, type OrganisationType };

/**
 * Every feature's facts, one query per stage. An event registration belongs to every
 * municipality its person is an active member of; a seminar registration names its municipality.
 */
export async function readProgrammeFacts(db: Executor, now: Date): Promise<ProgrammeFacts> {
  const municipalities = await listProgrammeMunicipalities(db);
  const membersOf = new Map<string, string[]>();
  for (const m of await listActiveMembershipPairs(db)) membersOf.set(m.userId, [...(membersOf.get(m.userId) ?? []), m.organisationId]);
  const events = (await listEventAttendance(db, now)).flatMap((a) =>
    (membersOf.get(a.userId) ?? []).map((organisationId) => ({ organisationId, key: `event:${a.dateId}:${a.userId}`, at: a.at })),
  );
  const seminars = (await listSeminarAttendance(db)).map((a) => ({ organisationId: a.organisationId, key: `seminar:${a.moduleId}:${a.userId}`, at: a.at }));
  return {
    municipalities,
    attendance: [...events, ...seminars],
    memberships: await listNetworkMemberships(db),
    posts: await listNetworkPosts(db),
    strategies: await listStrategyStages(db),
    applications: await listApplicationFacts(db),
    funding: await listFundingFacts(db),
    solutions: await listPublishedSolutions(db),
    adoptions: await listAdoptions(db),
  };
}

export interface KreisOption {
  /** the Kreis key, or WITHOUT_KREIS */
  key: string;
  /** the Kreis's name where it is on the platform */
  name: string | undefined;
}

/** The Kreise of the municipalities, by name (those not on the platform by key), those without a key last. */
function kreisOptions(journeys: Journey[]): KreisOption[] {
  const options = new Map<string, KreisOption>();
  for (const j of journeys) {
    const key = j.municipality.kreisKey ?? WITHOUT_KREIS;
    if (!options.has(key)) options.set(key, { key, name: j.municipality.kreisName });
  }
  const label = (o: KreisOption) => (o.key === WITHOUT_KREIS ? '\uffff' : (o.name ?? `\ufff0${o.key}`));
  return [...options.values()].sort((a, b) => label(a).localeCompare(label(b), 'de'));
}

export interface ProgrammeDashboard {
  journeys: Journey[];
  /** all municipalities of the programme, before the filter */
  total: number;
  funnel: { stage: Stage; count: number; share: number }[];
  quarters: { year: number; quarter: number; counts: Record<Step, number> }[];
  fundingPerYear: { year: number; cents: number; projects: number }[];
  kreise: KreisOption[];
  /** the filter as applied: a Kreis that no municipality has is left out */
  filter: JourneyFilter;
}

/** The dashboard: the journeys filtered and sorted, the funnel and the series over time of those shown. */
export async function getProgrammeDashboard(
  db: Executor,
  options: { filter: JourneyFilter; sort: SortKey; direction: SortDirection; now: Date },
): Promise<ProgrammeDashboard> {
  const facts = await readProgrammeFacts(db, options.now);
  const all = buildJourneys(facts);
  const kreise = kreisOptions(all);
  const filter: JourneyFilter = {
    kreis: kreise.some((k) => k.key === options.filter.kreis) ? options.filter.kreis : undefined,
    type: options.filter.type,
  };
  const shown = filterJourneys(all, filter);
  return {
    journeys: sortJourneys(shown, options.sort, options.direction),
    total: all.length,
    funnel: funnel(shown),
    quarters: stepsPerQuarter(shown, options.now),
    fundingPerYear: fundingPerYear(shown, facts.funding),
    kreise,
    filter,
  };
}

export interface KreisOverview {
  kreis: KreisOption;
  /** the municipalities of the Kreis by the furthest stage they reached; undefined: none yet */
  byStage: { stage: Stage | undefined; journeys: Journey[] }[];
}

/** Per Kreis, which of its municipalities are at which stage. */
export async function getKreisOverview(db: Executor, options: { type?: OrganisationType | undefined; now: Date }): Promise<KreisOverview[]> {
  const all = buildJourneys(await readProgrammeFacts(db, options.now));
  const shown = filterJourneys(all, { type: options.type });
  return kreisOptions(shown).map((kreis) => {
    const inKreis = sortJourneys(filterJourneys(shown, { kreis: kreis.key }), 'name', 'auf');
    return {
      kreis,
      byStage: [...[...STAGES].reverse(), undefined].map((stage) => ({ stage, journeys: inKreis.filter((j) => j.furthest === stage) })),
    };
  });
}
