import type { ChallengeRow } from '../core/repository.ts';

/** The texts the editors need to decide, and the public needs to submit: empty while drafting, required to send. */
export const REQUIRED_TEXTS = ['problem', 'context', 'affected', 'dataAvailable', 'constraints', 'success', 'prize', 'contact'] as const;
export type RequiredText = (typeof REQUIRED_TEXTS)[number];

/** What is missing before a challenge can be sent to the editors. */
export type MissingItem = RequiredText | 'criteria' | 'deadline';

/**
 * What stands between a draft and the editors' approval, in the order of the form: every
 * required text, at least one criterion (the jury scores by them) and a deadline still ahead.
 * An empty list means the challenge can be sent.
 */
export function missingItems(challenge: Pick<ChallengeRow, RequiredText | 'submissionClosesAt'>, criteriaCount: number, now: Date): MissingItem[] {
  const missing: MissingItem[] = REQUIRED_TEXTS.filter((field) => challenge[field].trim() === '');
  if (criteriaCount === 0) missing.push('criteria');
  if (challenge.submissionClosesAt <= now) missing.push('deadline');
  return missing;
}

/** Owners who are not editors change only a draft; editors change a challenge in any status. */
export function mayEdit(challenge: Pick<ChallengeRow, 'status'>, isEditor: boolean): boolean {
  return isEditor || challenge.status === 'draft';
}

/** The jury scores by the criteria from the deadline on: after it they stay as they are. */
export function criteriaLocked(challenge: Pick<ChallengeRow, 'submissionClosesAt'>, now: Date): boolean {
  return now >= challenge.submissionClosesAt;
}
