import type { StrategyStep } from './tables.ts';

/** The addresses of the strategy workbench, in one place so that links and routes agree. */
export const STRATEGY_PATH = '/strategie';

/** What an organisation's address may be made of; anything else is answered 404 without a query. */
export const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** A published strategy's public page, by its organisation's slug. */
export function publicStrategyPath(organisationSlug: string): string {
  return `${STRATEGY_PATH}/${organisationSlug}`;
}

/** The address of each step of the workbench, in German as the public sees it. */
export const STEP_PAGES: Record<StrategyStep, string> = {
  assessment: 'reifegrad',
  vision: 'vision-und-ziele',
  fields: 'handlungsfelder',
  measures: 'massnahmen',
  participation: 'beteiligung',
  publish: 'veroeffentlichen',
};

/** The workbench of an organisation (its task list), or one of its steps and the pages below it. */
export function workbenchPath(organisationSlug: string, step?: StrategyStep, rest?: string): string {
  const base = `${STRATEGY_PATH}/${organisationSlug}/werkstatt`;
  if (!step) return base;
  return rest ? `${base}/${STEP_PAGES[step]}/${rest}` : `${base}/${STEP_PAGES[step]}`;
}

/** The editors' maintenance of the assessment's dimensions and questions. */
export const DIMENSIONS_EDITOR_PATH = '/verwaltung/strategie';
