import type { Database, Tx } from '../db/client.ts';
import { badRequest } from './errors.ts';
import { claimSubmission, findSubmissionLocation, setSubmissionLocation } from './submission-repository.ts';

export interface SubmissionOutcome {
  /** where to send the person: the result of the first submission either way */
  location: string;
  /** true when this id had been submitted before and `work` did not run again */
  repeated: boolean;
}

/**
 * Runs `work` at most once per form submission id (the `_submission` field the Form
 * component adds to forms that create something). `work` runs in the transaction that
 * records the id and returns the address of its result; a repeated submit — double click,
 * reload, back button — does nothing and gets that same address. If `work` throws,
 * nothing is recorded and the person can submit the form again.
 */
export async function runOncePerSubmission(
  db: Database,
  submissionId: string | undefined,
  work: (tx: Tx) => Promise<string>,
): Promise<SubmissionOutcome> {
  // Every form rendered with <Form submissionId> has one; only a hand-made request lacks it.
  if (!submissionId) throw badRequest('submission id missing');
  return db.transaction(async (tx) => {
    if (!(await claimSubmission(tx, submissionId))) {
      return { location: (await findSubmissionLocation(tx, submissionId)) ?? '/', repeated: true };
    }
    const location = await work(tx);
    await setSubmissionLocation(tx, submissionId, location);
    return { location, repeated: false };
  });
}
