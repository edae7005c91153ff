import type { PaymentStatus, ProjectStatus } from '../../core/tables.ts';

/** What the editors may make of a request; nothing leads back to "requested". */
export type PaymentDecision = Exclude<PaymentStatus, 'requested'>;

/**
 * Every change of a payment request's status that the editors may make; the command asks here
 * before it writes, the decision page offers only these, and a test walks the whole table.
 * Paid and rejected are final: money that left is not taken back here, and a rejected request
 * is asked for anew.
 */
const PAYMENT_TRANSITIONS: Record<PaymentStatus, readonly PaymentDecision[]> = {
  requested: ['approved', 'rejected'],
  approved: ['paid', 'rejected'],
  paid: [],
  rejected: [],
};

export function canMovePayment(from: PaymentStatus, to: PaymentStatus): boolean {
  return PAYMENT_TRANSITIONS[from].some((next) => next === to);
}

export function nextPaymentStatuses(from: PaymentStatus): readonly PaymentDecision[] {
  return PAYMENT_TRANSITIONS[from];
}

export interface Funds {
  awardCents: number;
  requestedCents: number;
  approvedCents: number;
  paidCents: number;
  /** the award minus every request that is not rejected: what may still be requested */
  remainingCents: number;
}

/** Where the award stands, from the project's payment requests. */
export function fundsOf(awardCents: number, payments: readonly { amountCents: number; status: PaymentStatus }[]): Funds {
  const sum = (status: PaymentStatus) => payments.filter((p) => p.status === status).reduce((total, p) => total + p.amountCents, 0);
  const requestedCents = sum('requested');
  const approvedCents = sum('approved');
  const paidCents = sum('paid');
  return { awardCents, requestedCents, approvedCents, paidCents, remainingCents: awardCents - requestedCents - approvedCents - paidCents };
}

/** A completed project is history: its managers change nothing, until the editors reopen it. */
export function isOpen(status: ProjectStatus): boolean {
  return status === 'running';
}

/**
 * How far a milestone's due day may lie outside the funding period: a kick-off before the
 * official start or the final accounts after its end are common, a milestone years away is a typo.
 */
export const MILESTONE_GRACE_DAYS = 92;

function shiftDay(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whether a due day (YYYY-MM-DD) lies within the project's period or close enough to it. */
export function isDueWithinReach(period: { startsOn: string; endsOn: string }, dueOn: string): boolean {
  return dueOn >= shiftDay(period.startsOn, -MILESTONE_GRACE_DAYS) && dueOn <= shiftDay(period.endsOn, MILESTONE_GRACE_DAYS);
}
