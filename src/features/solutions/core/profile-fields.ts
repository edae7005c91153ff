import type { ProfileFields } from './tables.ts';

export type { ProfileFields };

export const PROFILE_FIELDS = [
  'title',
  'summary',
  'problem',
  'approach',
  'fieldsOfAction',
  'suitableTypes',
  'sizeBands',
  'maturity',
  'costOneOffCents',
  'costYearlyCents',
  'effortPersonDays',
  'operatorModel',
  'partners',
  'licence',
  'openSource',
  'repositoryUrl',
  'dataUsed',
  'accessibility',
  'dataProtection',
  'contactName',
  'contactEmail',
  'projectId',
] as const satisfies readonly (keyof ProfileFields)[];

/** The profile fields of a stored solution (or of its pending changes). */
export function profileFieldsOf(source: ProfileFields): ProfileFields {
  return Object.fromEntries(PROFILE_FIELDS.map((field) => [field, source[field]])) as unknown as ProfileFields;
}

/** The fields whose values differ, in the form's order; arrays compare by their items. */
export function changedProfileFields(before: ProfileFields, after: ProfileFields): (keyof ProfileFields)[] {
  return PROFILE_FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}
