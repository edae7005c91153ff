import type { Executor } from '../../platform/db/client.ts';
import { insertJob } from '../../platform/jobs/repository.ts';

export const PACING_JOB = 'newsletter.pace';
/** The pacing job comes back this long after a round: the rate's minute and a second's margin for clocks. */
export const PACING_INTERVAL_MS = 61_000;

/**
 * Queues a pacing round at `at`. The dedupe key is the minute, so that the chain of rounds,
 * the sweep and a new send that all ask for the same minute make one job between them.
 */
export async function schedulePacing(db: Executor, at: Date): Promise<void> {
  await insertJob(db, { kind: PACING_JOB, payload: {}, dedupeKey: `newsletter.pace:${Math.floor(at.getTime() / 60_000)}`, runAt: at });
}
