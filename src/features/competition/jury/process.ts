import type { Executor } from '../../../platform/db/client.ts';
import type { ReviewCriterion } from '../../review/service.ts';
import type { ApplicationStatus } from '../core/application-tables.ts';
import { listCriteria } from '../core/form-repository.ts';

/** The review engine's name for a call: its process. */
export function processKey(callId: string): string {
  return `competition:${callId}`;
}

/** The call's criteria with their weights, as the review engine scores them. */
export async function reviewCriteria(db: Executor, callId: string): Promise<ReviewCriterion[]> {
  return (await listCriteria(db, callId)).map((c) => ({ id: c.id, title: c.title, description: c.description, weight: c.weight }));
}

/** Statuses of applications the jury reviews: found formally complete, and then decided. */
export const REVIEWED_STATUSES: readonly ApplicationStatus[] = ['eligible', 'awarded', 'rejected'];

/**
 * An application is open for review from the moment the editors find it formally complete
 * until the decision; jurors review on a rolling basis while the call is still open.
 */
export function reviewOpen(status: ApplicationStatus): boolean {
  return status === 'eligible';
}

/**
 * Jurors see only their own reviews until the review phase ends: when the editors release the
 * call's decisions. Then they may read each other's reviews of what they reviewed.
 */
export function othersVisible(call: { decisionsReleasedAt: Date | null }): boolean {
  return call.decisionsReleasedAt !== null;
}
