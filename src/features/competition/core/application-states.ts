import type { ApplicationStatus } from './application-tables.ts';

/**
 * Every change of an application's status that the rules allow; the commands ask here before
 * they write, and a test walks the whole table. The deadline and the decision's release are
 * checked by the commands on top.
 */
const TRANSITIONS: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  draft: ['submitted'],
  submitted: ['eligible', 'queried', 'ineligible', 'withdrawn'],
  // the applicant's reply puts it back in the editors' queue
  queried: ['submitted', 'eligible', 'ineligible', 'withdrawn'],
  eligible: ['awarded', 'rejected', 'withdrawn'],
  ineligible: [],
  withdrawn: [],
  awarded: [],
  rejected: [],
};

export function canTransition(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Statuses in which the applicant may still withdraw: until the decision. */
export function canWithdraw(status: ApplicationStatus): boolean {
  return canTransition(status, 'withdrawn');
}

/** Only a draft can be changed; a submitted application is frozen. */
export function isEditable(status: ApplicationStatus): boolean {
  return status === 'draft';
}
