import type { ChallengeStatus, Eligibility, SubmissionStatus } from './tables.ts';

/*
 * The rules of the Call for Solutions that more than one part needs. Pure functions of rows and
 * the clock, so that pages, commands and tests ask the same question the same way. Every window
 * is checked on the server at the moment of the request, to the second.
 */

/** The five moments of a challenge's timeline, in the order they come. */
export const TIMELINE_FIELDS = ['submissionOpensAt', 'questionsUntil', 'submissionClosesAt', 'juryUntil', 'announcementAt'] as const;
export type TimelineField = (typeof TIMELINE_FIELDS)[number];

export interface Timeline {
  status: ChallengeStatus;
  questionsUntil: Date;
  submissionOpensAt: Date;
  submissionClosesAt: Date;
  decidedAt: Date | null;
}

/**
 * Where a challenge stands: not public yet (draft, in_review), published but not open yet
 * (upcoming), open for submissions, with the jury (from the deadline until the winners are
 * published), decided.
 */
export type ChallengePhase = 'draft' | 'in_review' | 'upcoming' | 'open' | 'jury' | 'decided';

export function challengePhase(challenge: Timeline, now: Date): ChallengePhase {
  if (challenge.status !== 'published') return challenge.status;
  if (challenge.decidedAt !== null) return 'decided';
  if (now < challenge.submissionOpensAt) return 'upcoming';
  if (now < challenge.submissionClosesAt) return 'open';
  return 'jury';
}

/** The list's filter: open (upcoming or open), closed (with the jury), decided. */
export const LIST_STATES = ['open', 'closed', 'decided'] as const;
export type ListState = (typeof LIST_STATES)[number];

export function listState(phase: ChallengePhase): ListState | undefined {
  switch (phase) {
    case 'upcoming':
    case 'open':
      return 'open';
    case 'jury':
      return 'closed';
    case 'decided':
      return 'decided';
    default:
      return undefined;
  }
}

/** Questions are taken until the challenge's Q&A date (exclusive) while it is published and undecided. */
export function questionsOpen(challenge: Timeline, now: Date): boolean {
  return challenge.status === 'published' && challenge.decidedAt === null && now < challenge.questionsUntil;
}

/** Submissions are sent from the opening to the deadline (exclusive): one second late is late. */
export function submissionOpen(challenge: Timeline, now: Date): boolean {
  return challengePhase(challenge, now) === 'open';
}

/** A submitter may withdraw a draft or a submitted proposal until the jury phase begins. */
export function withdrawable(submission: { status: SubmissionStatus }, challenge: Timeline, now: Date): boolean {
  return submission.status !== 'withdrawn' && challenge.status === 'published' && now < challenge.submissionClosesAt;
}

/** The jury reviews from the deadline until the winners are published. */
export function reviewOpen(challenge: Timeline, now: Date): boolean {
  return challengePhase(challenge, now) === 'jury';
}

/** Jurors read each other's reviews only once the challenge is decided. */
export function othersVisible(challenge: Pick<Timeline, 'decidedAt'>): boolean {
  return challenge.decidedAt !== null;
}

/** Who submits: a person for an organisation they belong to, or on their own. */
export type SubmitterKind = 'organisation' | 'person';

export function eligibleAs(eligibility: Eligibility, kind: SubmitterKind): boolean {
  if (eligibility === 'both') return true;
  return eligibility === 'organisations' ? kind === 'organisation' : kind === 'person';
}

/** The team a submission counts for: one live submission per team and challenge. */
export function teamKey(submitter: { organisationId: string | null; userId: string }): string {
  return submitter.organisationId ? `org:${submitter.organisationId}` : `user:${submitter.userId}`;
}
