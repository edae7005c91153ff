import type { CompetitionCallRow } from './repository.ts';

/** What the call asks of an applicant and the organisation does not meet. */
export type IneligibleReason = 'type' | 'state' | 'noKey' | 'populationUnknown' | 'populationTooSmall' | 'populationTooLarge';

/** What eligibility looks at in an organisation. */
export interface Applicant {
  type: string;
  ags: string | null;
  amtsschluessel: string | null;
  ars: string | null;
  population: number | null;
}

export type EligibilityRules = Pick<CompetitionCallRow, 'eligibleTypes' | 'agsPrefix' | 'populationMin' | 'populationMax'>;

/**
 * Every reason why the organisation may not apply to the call; none: it may. The state is
 * read from the first digits of any of its official keys (AGS, Amtsschlüssel, ARS all begin
 * with the state's number).
 */
export function ineligibility(call: EligibilityRules, organisation: Applicant): IneligibleReason[] {
  const reasons: IneligibleReason[] = [];
  if (!call.eligibleTypes.includes(organisation.type)) reasons.push('type');
  if (call.agsPrefix) {
    const keys = [organisation.ags, organisation.amtsschluessel, organisation.ars].filter((k): k is string => Boolean(k));
    if (keys.length === 0) reasons.push('noKey');
    else if (!keys.some((key) => key.startsWith(call.agsPrefix!))) reasons.push('state');
  }
  if (call.populationMin !== null || call.populationMax !== null) {
    if (organisation.population === null) reasons.push('populationUnknown');
    else if (call.populationMin !== null && organisation.population < call.populationMin) reasons.push('populationTooSmall');
    else if (call.populationMax !== null && organisation.population > call.populationMax) reasons.push('populationTooLarge');
  }
  return reasons;
}
