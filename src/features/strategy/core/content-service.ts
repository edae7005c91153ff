import type { Executor } from '../../../platform/db/client.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { fieldName, listFieldsOfAction } from '../../../platform/taxonomy/fields-of-action.ts';
import type { StrategyRow } from './tables.ts';
import {
  latestReportedValues,
  listActors,
  listGoals,
  listMeasures,
  listParticipation,
  type ActorRow,
  type GoalRow,
  type MeasureRow,
  type ParticipationRow,
} from './content-repository.ts';

/** A measure as review, public page and exports show it: its fact sheet and the value last reported for its indicator. */
export interface MeasureEntry extends MeasureRow {
  reached: string | undefined;
}

/** Everything a strategy says, in the order of the steps; what review, versions, the public page and the exports show. */
export interface StrategyContent {
  organisation: { name: string; slug: string };
  /** undefined until its managers first saved something */
  strategy: StrategyRow | undefined;
  goals: GoalRow[];
  /** the chosen fields of action by their names, in the taxonomy's order */
  fields: string[];
  measures: MeasureEntry[];
  actors: ActorRow[];
  participation: ParticipationRow[];
}

export async function readStrategyContent(
  db: Executor,
  options: { organisation: { name: string; slug: string }; strategy: StrategyRow | undefined; locale: Locale },
): Promise<StrategyContent> {
  const { organisation, strategy, locale } = options;
  if (!strategy) return { organisation, strategy, goals: [], fields: [], measures: [], actors: [], participation: [] };
  // one after another: inside a transaction the queries share one connection
  const goals = await listGoals(db, strategy.id);
  const measures = await listMeasures(db, strategy.id);
  const actors = await listActors(db, strategy.id);
  const participation = await listParticipation(db, strategy.id);
  const taxonomy = await listFieldsOfAction(db);
  const reached = await latestReportedValues(
    db,
    measures.map((m) => m.id),
  );
  const chosen = new Set(strategy.fieldsOfAction);
  return {
    organisation,
    strategy,
    goals,
    fields: taxonomy.filter((f) => chosen.has(f.slug)).map((f) => fieldName(f, locale)),
    measures: measures.map((m) => ({ ...m, reached: reached.get(m.id) })),
    actors,
    participation,
  };
}

/** True when the strategy says nothing yet: such a strategy is neither published nor kept as a version. */
export function isEmptyStrategy(content: StrategyContent): boolean {
  return (
    !content.strategy?.vision.trim() &&
    content.goals.length === 0 &&
    content.fields.length === 0 &&
    content.measures.length === 0 &&
    content.actors.length === 0 &&
    content.participation.length === 0
  );
}
