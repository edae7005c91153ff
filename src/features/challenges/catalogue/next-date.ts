import type { ChallengeRow } from '../core/repository.ts';
import { challengePhase } from '../core/rules.ts';

/** The date of a challenge's timeline that matters next to someone reading the list. */
export interface NextDate {
  kind: 'opens' | 'closes' | 'jury' | 'announcement' | 'decided';
  at: Date;
}

type Dates = Pick<ChallengeRow, 'status' | 'questionsUntil' | 'submissionOpensAt' | 'submissionClosesAt' | 'juryUntil' | 'announcementAt' | 'decidedAt'>;

/**
 * Before the opening: when it opens; while open: the deadline; with the jury: until when it
 * sits, then when the winners are due; once decided: the day of the decision. Nothing for a
 * challenge that is not published.
 */
export function nextDate(challenge: Dates, now: Date): NextDate | undefined {
  switch (challengePhase(challenge, now)) {
    case 'upcoming':
      return { kind: 'opens', at: challenge.submissionOpensAt };
    case 'open':
      return { kind: 'closes', at: challenge.submissionClosesAt };
    case 'jury':
      return now < challenge.juryUntil ? { kind: 'jury', at: challenge.juryUntil } : { kind: 'announcement', at: challenge.announcementAt };
    case 'decided':
      return challenge.decidedAt ? { kind: 'decided', at: challenge.decidedAt } : undefined;
    default:
      return undefined;
  }
}
