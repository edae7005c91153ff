import { utcToBerlin } from '../../../platform/time/berlin-time.ts';
import type { AdoptionStatus } from '../core/tables.ts';

/** Which organisation takes a step: the one that owns the solution, or the one adopting it. */
export type AdoptionSide = 'owner' | 'adopter';

export const OWNER_STEPS = ['accept', 'decline'] as const;
export const ADOPTER_STEPS = ['start', 'operate', 'abandon'] as const;
export type OwnerStep = (typeof OWNER_STEPS)[number];
export type AdopterStep = (typeof ADOPTER_STEPS)[number];
export type AdoptionStep = OwnerStep | AdopterStep;

/**
 * Every step an adoption may take; the commands ask here before they write, and a test walks
 * the whole table. The owner answers a request once; from then on the adopter moves it on,
 * one stage at a time, and may give up at any stage. Declined and abandoned are final: the
 * organisation asks again with a new request (the open-adoption index makes room for it).
 */
const STEPS: Record<AdoptionStatus, Partial<Record<AdoptionStep, AdoptionStatus>>> = {
  requested: { accept: 'interested', decline: 'declined' },
  declined: {},
  interested: { start: 'implementing', abandon: 'abandoned' },
  implementing: { operate: 'operating', abandon: 'abandoned' },
  operating: { abandon: 'abandoned' },
  abandoned: {},
};

const TAKEN_BY: Record<AdoptionStep, AdoptionSide> = {
  accept: 'owner',
  decline: 'owner',
  start: 'adopter',
  operate: 'adopter',
  abandon: 'adopter',
};

/** The status after the step, or undefined when the step is not allowed from here. */
export function nextStatus(from: AdoptionStatus, step: AdoptionStep): AdoptionStatus | undefined {
  return STEPS[from][step];
}

/** Where the step leads: an adoption found there already took it (a second click). */
export function targetOf(step: AdoptionStep): AdoptionStatus {
  for (const steps of Object.values(STEPS)) {
    const to = steps[step];
    if (to) return to;
  }
  throw new Error(`no step ${step} in the table`);
}

export function stepsFrom(from: AdoptionStatus, side: AdoptionSide): AdoptionStep[] {
  return (Object.keys(STEPS[from]) as AdoptionStep[]).filter((s) => TAKEN_BY[s] === side);
}

/**
 * The adopter writes its experience report once it has started: what it changed and what it
 * cost are known only then, and an abandoned attempt is worth a report too.
 */
export function canReport(status: AdoptionStatus): boolean {
  return status === 'implementing' || status === 'operating' || status === 'abandoned';
}

/**
 * What counts as a re-use of a solution, for the library's counts, the strategy workbench and
 * the programme dashboard: an adoption being implemented or in operation. A request, the
 * owner's interest and an attempt given up are no re-use.
 */
export const REUSE_STATUSES = ['implementing', 'operating'] as const satisfies readonly AdoptionStatus[];

/** The first day of the month "in Betrieb seit", as the date column keeps it. */
export function monthStart(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

/** A solution runs somewhere since a month that has begun, never since one still to come. */
export function isFutureMonth(day: string, now: Date): boolean {
  return day.slice(0, 7) > utcToBerlin(now).date.slice(0, 7);
}
