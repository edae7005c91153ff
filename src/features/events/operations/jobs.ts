import type { AppDeps } from '../../../platform/deps.ts';
import type { JobHandlers } from '../../../platform/jobs/worker.ts';
import { anonymiseExpiredDates } from './retention.ts';

/** Operations queue no jobs of their own: their e-mails go through the platform's mail job. */
export function operationsJobs(_deps: AppDeps): JobHandlers {
  return {};
}

/** Periodic work of the operations part: removing personal data after its retention period. */
export async function operationsSweep(deps: AppDeps, now: Date): Promise<void> {
  await anonymiseExpiredDates(deps.db, now);
}
