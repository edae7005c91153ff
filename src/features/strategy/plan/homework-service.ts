import type { Executor } from '../../../platform/db/client.ts';
import { readProgress } from '../core/progress-repository.ts';
import { findStrategyOf } from '../core/repository.ts';
import { STRATEGY_STEPS, type StrategyStep } from '../core/tables.ts';
import { stepState, type StepState } from './step-state.ts';

export { workbenchPath } from '../core/paths.ts';
export { STRATEGY_STEPS, type StrategyStep, type StepState };

/** Whether a value names a step of the workbench (e.g. a form's choice of a homework step). */
export function isStrategyStep(value: string): value is StrategyStep {
  return (STRATEGY_STEPS as readonly string[]).includes(value);
}

/**
 * Where an organisation's strategy stands, step by step, for other features that give work in
 * the workbench (a seminar module's homework) or report on it. An organisation without a
 * strategy has every step not started.
 */
export async function getStepStates(db: Executor, organisationId: string): Promise<Record<StrategyStep, StepState>> {
  const strategy = await findStrategyOf(db, organisationId);
  const progress = await readProgress(db, strategy?.id);
  return Object.fromEntries(STRATEGY_STEPS.map((step) => [step, stepState(step, progress)])) as Record<StrategyStep, StepState>;
}
