import type { AppDeps } from '../../platform/deps.ts';
import type { JobHandlers } from '../../platform/jobs/worker.ts';
import { countUnsentDeliveries } from './repository.ts';
import { PACING_INTERVAL_MS, PACING_JOB, schedulePacing } from './pacing-job.ts';
import { sendDueDeliveries } from './send-due-deliveries.ts';

/** The pacing round, which queues the next one while deliveries are left. */
export function newsletterJobs(deps: AppDeps): JobHandlers {
  return {
    [PACING_JOB]: async () => {
      const now = new Date();
      const round = await sendDueDeliveries(deps, { now });
      if (round.remaining) await schedulePacing(deps.db, new Date(now.getTime() + PACING_INTERVAL_MS));
    },
  };
}

/** Restarts the chain of rounds should it have broken off (a job given up on, a restore). */
export async function resumePacing(deps: AppDeps, now: Date): Promise<void> {
  if ((await countUnsentDeliveries(deps.db)) > 0) await schedulePacing(deps.db, now);
}
