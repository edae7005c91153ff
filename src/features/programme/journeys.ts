import type { OrganisationType, ProgrammeMunicipality } from '../organisations/programme-service.ts';
import type { StrategyStages } from '../strategy/core/programme-service.ts';

/*
 * A municipality's journey across the programme, from the facts the features keep. The stages
 * follow the action plan's three steps (seed 002): vernetzen – strategisch planen – ins Tun kommen.
 */

export const STAGES = [
  'event',
  'network',
  'active',
  'strategyStarted',
  'strategyMeasures',
  'strategyPublished',
  'applied',
  'funded',
  'solutionPublished',
  'adopted',
] as const;
export type Stage = (typeof STAGES)[number];

export const STEPS = ['connect', 'plan', 'act'] as const;
export type Step = (typeof STEPS)[number];

const STEP_OF: Record<Stage, Step> = {
  event: 'connect',
  network: 'connect',
  active: 'connect',
  strategyStarted: 'plan',
  strategyMeasures: 'plan',
  strategyPublished: 'plan',
  applied: 'act',
  funded: 'act',
  solutionPublished: 'act',
  adopted: 'act',
};

/** Where a strategy stands, as the table shows it. */
export type StrategyStand = 'none' | 'started' | 'measures' | 'published';

/** The facts of every feature, each a plain row per organisation and date. */
export interface ProgrammeFacts {
  municipalities: ProgrammeMunicipality[];
  /** one row per person and date (events) or person and module (seminars) attended for the organisation */
  attendance: { organisationId: string; key: string; at: Date }[];
  memberships: { organisationId: string; userId: string; at: Date }[];
  posts: { organisationId: string; at: Date }[];
  strategies: StrategyStages[];
  applications: { organisationId: string; at: Date }[];
  funding: { organisationId: string; amountCents: number; at: Date }[];
  solutions: { organisationId: string; at: Date }[];
  adoptions: { organisationId: string; at: Date }[];
}

export interface Journey {
  municipality: ProgrammeMunicipality;
  /** attendances: each person at each date or seminar module */
  attendances: number;
  /** people of the municipality in at least one group of the network */
  networkMembers: number;
  posts: number;
  strategy: StrategyStand;
  applications: number;
  projects: number;
  fundedCents: number;
  solutions: number;
  adoptions: number;
  /** the first day each stage was reached */
  reached: Partial<Record<Stage, Date>>;
  /** the last stage in the programme's order that the municipality reached */
  furthest: Stage | undefined;
}

function group<T extends { organisationId: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.organisationId, [...(map.get(row.organisationId) ?? []), row]);
  return map;
}

function earliest(dates: (Date | undefined)[]): Date | undefined {
  return dates.reduce<Date | undefined>((first, d) => (d && (!first || d < first) ? d : first), undefined);
}

export function buildJourneys(facts: ProgrammeFacts): Journey[] {
  const attendance = group(facts.attendance);
  const memberships = group(facts.memberships);
  const posts = group(facts.posts);
  const strategies = new Map(facts.strategies.map((s) => [s.organisationId, s]));
  const applications = group(facts.applications);
  const funding = group(facts.funding);
  const solutions = group(facts.solutions);
  const adoptions = group(facts.adoptions);
  return facts.municipalities.map((municipality) => {
    const id = municipality.id;
    const of = <T>(map: Map<string, T[]>) => map.get(id) ?? [];
    const attended = of(attendance);
    const projects = of(funding);
    const strategy = strategies.get(id);
    const firstOf = (rows: { at: Date }[]) => earliest(rows.map((r) => r.at));
    const reached: Record<Stage, Date | undefined> = {
      event: firstOf(attended),
      network: firstOf(of(memberships)),
      active: firstOf(of(posts)),
      strategyStarted: strategy?.startedAt,
      strategyMeasures: strategy?.firstMeasureAt,
      strategyPublished: strategy?.publishedAt,
      applied: firstOf(of(applications)),
      funded: firstOf(projects),
      solutionPublished: firstOf(of(solutions)),
      adopted: firstOf(of(adoptions)),
    };
    const stand: StrategyStand = !strategy ? 'none' : strategy.publishedAt ? 'published' : strategy.firstMeasureAt ? 'measures' : 'started';
    return {
      municipality,
      attendances: new Set(attended.map((a) => a.key)).size,
      networkMembers: new Set(of(memberships).map((m) => m.userId)).size,
      posts: of(posts).length,
      strategy: stand,
      applications: of(applications).length,
      projects: projects.length,
      fundedCents: projects.reduce((sum, p) => sum + p.amountCents, 0),
      solutions: of(solutions).length,
      adoptions: of(adoptions).length,
      reached: Object.fromEntries(STAGES.flatMap((s) => (reached[s] ? [[s, reached[s]]] : []))),
      furthest: [...STAGES].reverse().find((s) => reached[s]),
    };
  });
}

/** The first day a journey reached any stage of the step. */
export function stepReachedAt(journey: Journey, step: Step): Date | undefined {
  return earliest(STAGES.filter((s) => STEP_OF[s] === step).map((s) => journey.reached[s]));
}

export function stepOf(stage: Stage): Step {
  return STEP_OF[stage];
}

/** How many municipalities reached each stage, and their share of all shown. */
export function funnel(journeys: Journey[]): { stage: Stage; count: number; share: number }[] {
  return STAGES.map((stage) => {
    const count = journeys.filter((j) => j.reached[stage]).length;
    return { stage, count, share: journeys.length === 0 ? 0 : count / journeys.length };
  });
}

/** The filters of the dashboard; a Kreis of 'ohne' means "no Kreis key". */
export interface JourneyFilter {
  kreis?: string | undefined;
  type?: OrganisationType | undefined;
}

export const WITHOUT_KREIS = 'ohne';

export function filterJourneys(journeys: Journey[], filter: JourneyFilter): Journey[] {
  return journeys.filter((j) => {
    const kreis = j.municipality.kreisKey ?? WITHOUT_KREIS;
    return (!filter.kreis || kreis === filter.kreis) && (!filter.type || j.municipality.type === filter.type);
  });
}

export const SORT_KEYS = [
  'name',
  'typ',
  'kreis',
  'veranstaltungen',
  'netzwerk',
  'beitraege',
  'strategie',
  'antraege',
  'foerderung',
  'loesungen',
  'nachnutzungen',
  'stufe',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'auf' | 'ab';

const STRATEGY_ORDER: StrategyStand[] = ['none', 'started', 'measures', 'published'];

const SORT_VALUE: Record<SortKey, (j: Journey) => string | number> = {
  name: (j) => j.municipality.name,
  typ: (j) => j.municipality.type,
  kreis: (j) => j.municipality.kreisName ?? j.municipality.kreisKey ?? '\uffff',
  veranstaltungen: (j) => j.attendances,
  netzwerk: (j) => j.networkMembers,
  beitraege: (j) => j.posts,
  strategie: (j) => STRATEGY_ORDER.indexOf(j.strategy),
  antraege: (j) => j.applications,
  foerderung: (j) => j.fundedCents,
  loesungen: (j) => j.solutions,
  nachnutzungen: (j) => j.adoptions,
  stufe: (j) => (j.furthest ? STAGES.indexOf(j.furthest) : -1),
};

/** Sorted by the key, equal values by name, so that the order is the same on every load. */
export function sortJourneys(journeys: Journey[], key: SortKey, direction: SortDirection): Journey[] {
  const value = SORT_VALUE[key];
  const byName = (a: Journey, b: Journey) => a.municipality.name.localeCompare(b.municipality.name, 'de');
  return [...journeys].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'de');
    return (direction === 'ab' ? -order : order) || byName(a, b);
  });
}

/** "2024-3": the Berlin-independent calendar quarter of a day (UTC; a quarter is coarse enough). */
export function quarterOf(at: Date): { year: number; quarter: number } {
  return { year: at.getUTCFullYear(), quarter: Math.floor(at.getUTCMonth() / 3) + 1 };
}

/**
 * Per quarter, from the first reached step to the quarter of `now` (or of a later date already
 * known, e.g. a project's start), how many municipalities had reached each step by its end.
 */
export function stepsPerQuarter(journeys: Journey[], now: Date): { year: number; quarter: number; counts: Record<Step, number> }[] {
  const dates = journeys.flatMap((j) => STEPS.flatMap((s) => stepReachedAt(j, s) ?? []));
  const first = earliest(dates);
  if (!first) return [];
  const last = dates.reduce((max, d) => (d > max ? d : max), now);
  const start = quarterOf(first);
  const end = quarterOf(last);
  const rows = [];
  for (let n = start.year * 4 + start.quarter - 1; n <= end.year * 4 + end.quarter - 1; n++) {
    const year = Math.floor(n / 4);
    const quarter = (n % 4) + 1;
    const endOfQuarter = new Date(Date.UTC(year, quarter * 3, 1));
    const counts = Object.fromEntries(
      STEPS.map((s) => [s, journeys.filter((j) => (stepReachedAt(j, s)?.getTime() ?? Infinity) < endOfQuarter.getTime()).length]),
    ) as Record<Step, number>;
    rows.push({ year, quarter, counts });
  }
  return rows;
}

/** The funding per year in which the projects start, in cents. */
export function fundingPerYear(journeys: Journey[], facts: ProgrammeFacts['funding']): { year: number; cents: number; projects: number }[] {
  const shown = new Set(journeys.map((j) => j.municipality.id));
  const years = new Map<number, { cents: number; projects: number }>();
  for (const f of facts) {
    if (!shown.has(f.organisationId)) continue;
    const year = f.at.getUTCFullYear();
    const sum = years.get(year) ?? { cents: 0, projects: 0 };
    years.set(year, { cents: sum.cents + f.amountCents, projects: sum.projects + 1 });
  }
  return [...years.entries()].sort(([a], [b]) => a - b).map(([year, sum]) => ({ year, ...sum }));
}
