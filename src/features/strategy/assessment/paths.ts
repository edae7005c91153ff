import { DIMENSIONS_EDITOR_PATH } from '../core/paths.ts';

/** The editors' pages below /verwaltung/strategie. */
export const NEW_DIMENSION_PATH = `${DIMENSIONS_EDITOR_PATH}/neu`;
export const dimensionEditPath = (dimensionId: string, rest?: string) => `${DIMENSIONS_EDITOR_PATH}/${dimensionId}${rest ? `/${rest}` : ''}`;
export const questionEditPath = (dimensionId: string, questionId: string, rest?: string) =>
  dimensionEditPath(dimensionId, `fragen/${questionId}${rest ? `/${rest}` : ''}`);
export const newQuestionPath = (dimensionId: string) => dimensionEditPath(dimensionId, 'fragen/neu');
