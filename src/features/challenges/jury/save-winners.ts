import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { lockChallenge } from '../core/repository.ts';
import { reviewOpen } from '../core/rules.ts';
import { listSubmittedSubmissions, updateWinners } from './repository.ts';

export interface SaveWinnersOptions {
  actor: Pick<CurrentUser, 'id' | 'email'>;
  challengeId: string;
  /** the chosen submissions with what each receives; every other submitted submission does not win */
  winners: ReadonlyMap<string, string>;
  now: Date;
}

export type SaveWinnersOutcome =
  | { kind: 'saved' }
  /** the challenge is not with the jury (before the deadline, or decided): nothing was stored */
  | { kind: 'closed' }
  /** a chosen id is no submitted submission of this challenge: nothing was stored */
  | { kind: 'unknownSubmission' };

const snapshot = (rows: { id: string; winner: boolean; awardNote: string }[]) =>
  rows.filter((r) => r.winner).map((r) => ({ submissionId: r.id, awardNote: r.awardNote }));

/**
 * Stores the editors' choice of winners among the submitted submissions, all at once, while the
 * challenge is with the jury. Nothing is public or sent until the decision is published.
 */
export async function saveWinners(tx: Executor, options: SaveWinnersOptions): Promise<SaveWinnersOutcome> {
  const challenge = await lockChallenge(tx, options.challengeId);
  if (!challenge || !reviewOpen(challenge, options.now)) return { kind: 'closed' };
  const submitted = await listSubmittedSubmissions(tx, challenge.id);
  if ([...options.winners.keys()].some((id) => !submitted.some((s) => s.id === id))) return { kind: 'unknownSubmission' };
  await updateWinners(tx, challenge.id, options.winners);
  const after = submitted.map((s) => ({ id: s.id, winner: options.winners.has(s.id), awardNote: options.winners.get(s.id) ?? '' }));
  await recordAudit(
    tx,
    options.actor,
    'challenges.winners.save',
    { type: 'challenge', id: challenge.id },
    { winners: snapshot(submitted) },
    { winners: snapshot(after) },
  );
  return { kind: 'saved' };
}
