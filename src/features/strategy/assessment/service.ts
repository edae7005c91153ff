import type { Executor } from '../../../platform/db/client.ts';
import { listOrganisationsOfTypeWithPopulation } from '../../organisations/service.ts';
import type { Workbench } from '../core/require-strategy.ts';
import { dimensionScores, scoresOfStrategies, type DimensionScore } from '../core/score-repository.ts';
import { peerAverage, sizeBand } from '../core/scores.ts';
import { listAnswers, listDimensions, listQuestions, type DimensionRow, type QuestionRow } from './repository.ts';

/** One dimension of the questionnaire as the workbench shows it. */
export interface AssessedDimension {
  dimension: DimensionRow;
  questions: QuestionRow[];
  /** question id → the level answered */
  answers: Map<string, number>;
  result: DimensionScore;
  /** the similar municipalities' average, only when enough of them answered */
  peerAverage: number | undefined;
}

export interface Assessment {
  dimensions: AssessedDimension[];
  /** whether the organisation has a size band at all (without a population there is nobody to compare with) */
  comparable: boolean;
}

/**
 * The ids of the other organisations of the same type and population band; none for an
 * organisation without a population.
 */
async function similarOrganisations(db: Executor, workbench: Workbench): Promise<string[] | undefined> {
  const band = sizeBand(workbench.organisation.population);
  if (band === undefined) return undefined;
  const candidates = await listOrganisationsOfTypeWithPopulation(db, workbench.organisation.type);
  return candidates.filter((o) => o.id !== workbench.organisation.id && sizeBand(o.population) === band).map((o) => o.id);
}

/** The questionnaire with the organisation's answers, its scores and the peer comparison, for the step's page. */
export async function getAssessment(db: Executor, workbench: Workbench): Promise<Assessment> {
  const dimensions = await listDimensions(db, { activeOnly: true });
  const questions = await listQuestions(
    db,
    dimensions.map((d) => d.id),
    { activeOnly: true },
  );
  const strategyId = workbench.strategy?.id;
  const answers = strategyId
    ? await listAnswers(
        db,
        strategyId,
        questions.map((q) => q.id),
      )
    : [];
  const results = await dimensionScores(db, strategyId);
  const peers = await similarOrganisations(db, workbench);
  const peerScores = peers ? await scoresOfStrategies(db, peers) : new Map<string, number[]>();
  return {
    comparable: peers !== undefined,
    dimensions: dimensions.flatMap((dimension) => {
      const result = results.find((r) => r.dimension.id === dimension.id);
      if (!result) return [];
      const own = questions.filter((q) => q.dimensionId === dimension.id);
      const levels = new Map(own.map((q) => [q.id, q.levels.length]));
      return [
        {
          dimension,
          questions: own,
          // an answer above a shortened question's levels is shown as open, as the score counts it
          answers: new Map(answers.filter((a) => a.level <= (levels.get(a.questionId) ?? 0)).map((a) => [a.questionId, a.level])),
          result,
          peerAverage: peerAverage(peerScores.get(dimension.id) ?? []),
        },
      ];
    }),
  };
}

/** The editors' overview: every dimension, archived ones last, each with all its questions. */
export async function getDimensionsForEditors(db: Executor): Promise<{ dimension: DimensionRow; questions: QuestionRow[] }[]> {
  const dimensions = await listDimensions(db, { activeOnly: false });
  const questions = await listQuestions(
    db,
    dimensions.map((d) => d.id),
    { activeOnly: false },
  );
  const ordered = [...dimensions.filter((d) => !d.archivedAt), ...dimensions.filter((d) => d.archivedAt)];
  return ordered.map((dimension) => ({ dimension, questions: questions.filter((q) => q.dimensionId === dimension.id) }));
}
