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
  // until the call's decisions are released the editors may change their mind, and the
  // applicant, who does not know the decision yet, may still withdraw
  awarded: ['rejected', 'withdrawn'],
  rejected: ['awarded', 'withdrawn'],
};

export function canTransition(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** A decision is final, for the editors and the applicant, once the call's decisions are released. */
export function isDecided(status: ApplicationStatus): boolean {
  return status === 'awarded' || status === 'rejected';
}

/** The applicant may withdraw until the decision is told: the call's release. */
export function canWithdraw(status: ApplicationStatus, released: boolean): boolean {
  return canTransition(status, 'withdrawn') && !(released && isDecided(status));
}

/** The editors may record or change a decision until they release the call's decisions. */
export function canDecide(status: ApplicationStatus, released: boolean): boolean {
  return !released && canTransition(status, status === 'awarded' ? 'rejected' : 'awarded');
}

/** What the applicant is shown: a decision only once it is released, before that "formally complete". */
export function applicantStatus(status: ApplicationStatus, released: boolean): ApplicationStatus {
  return isDecided(status) && !released ? 'eligible' : status;
}

/** Only a draft can be changed; a submitted application is frozen. */
export function isEditable(status: ApplicationStatus): boolean {
  return status === 'draft';
}
