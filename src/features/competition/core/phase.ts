import type { CompetitionCallRow } from './repository.ts';

/** Where a call stands at a moment: not yet open, open for applications, or closed. */
export type CallPhase = 'upcoming' | 'open' | 'closed';

/** Open from opensAt up to and including the second before closesAt: at closesAt it is closed. */
export function callPhase(call: Pick<CompetitionCallRow, 'opensAt' | 'closesAt'>, now: Date): CallPhase {
  if (now.getTime() < call.opensAt.getTime()) return 'upcoming';
  return now.getTime() < call.closesAt.getTime() ? 'open' : 'closed';
}

/** What is left until a moment, in the units a countdown shows; zero once it has passed. */
export function timeLeft(until: Date, now: Date): { days: number; hours: number; minutes: number } {
  const minutes = Math.max(0, Math.floor((until.getTime() - now.getTime()) / 60_000));
  return { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60 };
}
