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
export async function runOncePerSubmission(db: Database, submissionId: string | undefined, work: (tx: Tx) => Promise<string>): Promise<SubmissionOutcome> {
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

/** What a command refused instead of doing its work, e.g. `{ refused: { kind: 'arsTaken' } }`. */
export interface Refusal<T> {
  refused: T;
}

// Carries a refusal out of the transaction so that the transaction rolls back.
class Refused<T> extends Error {
  constructor(readonly refusal: Refusal<T>) {
    super('refused');
  }
}

/**
 * runOncePerSubmission for a command that can refuse with a typed outcome (a rule the form
 * cannot check, a state that changed under the form). `work` returns the address of its
 * result or a refusal; a refusal is handed back and nothing is recorded, so that the form,
 * corrected, can be sent again with the same submission id.
 */
export async function runOncePerSubmissionUnlessRefused<T>(
  db: Database,
  submissionId: string | undefined,
  work: (tx: Tx) => Promise<string | Refusal<T>>,
): Promise<SubmissionOutcome | Refusal<T>> {
  try {
    return await runOncePerSubmission(db, submissionId, async (tx) => {
      const result = await work(tx);
      if (typeof result !== 'string') throw new Refused(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Refused) return (error as Refused<T>).refusal;
    throw error;
  }
}
