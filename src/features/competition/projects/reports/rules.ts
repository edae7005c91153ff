import { utcToBerlin } from '../../../../platform/time/berlin-time.ts';
import type { ReportStatus } from '../../core/project-tables.ts';
import type { ProjectRole } from '../require-project.ts';

/** Where a report stands: its status, and for an accepted report whether the showcase shows it. */
export type ReportStage = 'due' | 'submitted' | 'accepted' | 'published';

export const EDITOR_TRANSITIONS = ['return', 'accept', 'publish', 'unpublish'] as const;
export type EditorTransition = (typeof EDITOR_TRANSITIONS)[number];
export type ReportTransition = 'submit' | EditorTransition;

/**
 * Every step a report may take, and who takes it; the commands ask here before they write,
 * and a test walks the whole table. A returned report is written on and submitted again.
 */
const TRANSITIONS: Record<ReportStage, Partial<Record<ReportTransition, ReportStage>>> = {
  due: { submit: 'submitted' },
  submitted: { return: 'due', accept: 'accepted' },
  accepted: { publish: 'published' },
  published: { unpublish: 'accepted' },
};

const TAKEN_BY: Record<ReportTransition, ProjectRole> = {
  submit: 'manager',
  return: 'editor',
  accept: 'editor',
  publish: 'editor',
  unpublish: 'editor',
};

export function stageOf(report: { status: ReportStatus; publishedAt: Date | null }): ReportStage {
  return report.status === 'accepted' && report.publishedAt ? 'published' : report.status;
}

/** The stage after the step, or undefined when the step is not allowed from here. */
export function nextStage(from: ReportStage, transition: ReportTransition): ReportStage | undefined {
  return TRANSITIONS[from][transition];
}

/** Where the step leads: a report found there already took it (a second click). */
export function targetOf(transition: ReportTransition): ReportStage {
  for (const steps of Object.values(TRANSITIONS)) {
    const to = steps[transition];
    if (to) return to;
  }
  throw new Error(`no step ${transition} in the table`);
}

export function transitionsFrom(from: ReportStage, role: ProjectRole): ReportTransition[] {
  return (Object.keys(TRANSITIONS[from]) as ReportTransition[]).filter((t) => TAKEN_BY[t] === role);
}

/** The managers write on a report, and change its attachments, only until it is submitted. */
export function isWritable(status: ReportStatus): boolean {
  return status === 'due';
}

/** A report shorter than this is no report; the managers keep writing. */
export const MIN_REPORT_LENGTH = 200;

/** The managers hear of a report this many days before it is due. */
export const REMINDER_DAYS = 14;

/** Today in Berlin, as the calendar days of due dates are meant. */
export function berlinToday(now: Date): string {
  return utcToBerlin(now).date;
}

/** The calendar day `days` after `day` (both YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Due dates whose reminder is due today: from today up to REMINDER_DAYS ahead. */
export function reminderWindow(now: Date): { from: string; until: string } {
  const today = berlinToday(now);
  return { from: today, until: addDays(today, REMINDER_DAYS) };
}

export function isOverdue(report: { status: ReportStatus; dueOn: string }, today: string): boolean {
  return report.status === 'due' && report.dueOn < today;
}
