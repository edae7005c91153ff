import type { Executor } from '../../../platform/db/client.ts';
import { type FieldOfAction, listFieldsOfAction } from '../../../platform/taxonomy/fields-of-action.ts';
import { type FundedProjectLink, listFundedProjectsOf } from '../../competition/service.ts';
import { listPublishedItemsByTags, listPublishedItemsForChoice } from '../../knowledge/service.ts';
import { listPublishedSolutionsForChoice } from '../../solutions/service.ts';
import { dimensionScores } from '../core/score-repository.ts';
import { latestValues, listLinks, listMeasures, listUpdates, type MeasureRow, type MeasureUpdateRow } from './repository.ts';

/** What the measure form offers to choose from; the form takes nothing else. */
export interface MeasureChoices {
  projects: FundedProjectLink[];
  fields: FieldOfAction[];
  solutions: { id: string; title: string; slug: string }[];
  knowledge: Awaited<ReturnType<typeof listPublishedItemsForChoice>>;
}

export async function getMeasureChoices(db: Executor, organisationId: string): Promise<MeasureChoices> {
  const [projects, fields, solutions, knowledge] = await Promise.all([
    listFundedProjectsOf(db, organisationId),
    listFieldsOfAction(db),
    listPublishedSolutionsForChoice(db),
    listPublishedItemsForChoice(db),
  ]);
  return { projects, fields, solutions, knowledge };
}

export async function getMeasureList(db: Executor, strategyId: string | undefined): Promise<MeasureRow[]> {
  return strategyId ? listMeasures(db, strategyId) : [];
}

/** A fact sheet: the measure with what it links to (by name and address) and its progress reports. */
export interface FactSheet {
  measure: MeasureRow;
  links: { solutionIds: string[]; knowledgeIds: string[] };
  choices: MeasureChoices;
  updates: MeasureUpdateRow[];
}

export async function getFactSheet(db: Executor, organisationId: string, measure: MeasureRow): Promise<FactSheet> {
  const [links, choices, updates] = await Promise.all([listLinks(db, measure.id), getMeasureChoices(db, organisationId), listUpdates(db, measure.id)]);
  return { measure, links, choices, updates };
}

export async function getMeasureLinks(db: Executor, measureId: string) {
  return listLinks(db, measureId);
}

/** The dashboard's measures with the newest reported value of each indicator. */
export async function getMeasuresWithValues(db: Executor, strategyId: string | undefined): Promise<{ measures: MeasureRow[]; values: Map<string, string> }> {
  const measures = await getMeasureList(db, strategyId);
  return {
    measures,
    values: await latestValues(
      db,
      measures.map((m) => m.id),
    ),
  };
}

/** How many knowledge items the dashboard recommends at most. */
const RECOMMENDATIONS = 6;

export interface Recommendations {
  /** the dimension(s) with the lowest score; empty while nothing is answered */
  weakest: { name: string; score: number }[];
  items: Awaited<ReturnType<typeof listPublishedItemsByTags>>;
}

/**
 * "Empfehlungen aus dem Wissen": the published items whose tags match the knowledgeTags of the
 * municipality's weakest dimension(s) of the self-assessment (all of them where several share
 * the lowest score).
 */
export async function getRecommendations(db: Executor, strategyId: string | undefined): Promise<Recommendations> {
  const scored = (await dimensionScores(db, strategyId)).filter((d): d is typeof d & { score: number } => d.score !== null);
  if (scored.length === 0) return { weakest: [], items: [] };
  const lowest = Math.min(...scored.map((d) => d.score));
  const weakest = scored.filter((d) => d.score === lowest);
  const tags = [...new Set(weakest.flatMap((d) => d.dimension.knowledgeTags))];
  return { weakest: weakest.map((d) => ({ name: d.dimension.name, score: d.score })), items: await listPublishedItemsByTags(db, tags, RECOMMENDATIONS) };
}
