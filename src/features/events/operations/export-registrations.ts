import { formatStamp } from '../../../platform/i18n/dates.ts';
import type { Locale, Messages } from '../../../platform/i18n/index.ts';
import type { EventDate } from '../core/event-lookups.ts';
import type { QuestionRow, WorldCafeQuestionRow } from '../core/event-repository.ts';
import { shortPlace } from '../core/places.ts';
import type { RegistrationRow } from './repository.ts';
import type { ExportTable } from '../../../platform/exports/table.ts';
import { salutationWord } from '../registration/format.ts';
import { REGISTRATION_ROLES, type QuestionAnswer } from '../registration/schema.ts';

/** "30.09.2027 17:00" (Berlin time), as spreadsheets read a date and time without a comma. */
export function exportTime(locale: Locale, value: Date | null): string {
  return value ? formatStamp(locale, value) : '';
}

function answerText(t: Messages, answer: QuestionAnswer | undefined): string {
  if (answer === undefined) return '';
  if (typeof answer === 'boolean') return answer ? t.common.yes : t.common.no;
  return Array.isArray(answer) ? answer.join(', ') : answer;
}

function roleText(t: Messages, role: string): string {
  const known = REGISTRATION_ROLES.find((r) => r === role);
  return known ? t.eventRegistration.fields.roles[known] : role;
}

export interface ExportInput {
  title: string;
  dates: EventDate[];
  registrations: RegistrationRow[];
  /** the event's own questions: one column each, in their order */
  questions: QuestionRow[];
  worldCafe: WorldCafeQuestionRow[];
  t: Messages;
  locale: Locale;
}

/**
 * Every answer of every registration as a table: the common fields, one column per
 * question of the event, then what the organisers need on the day. Rows are in the
 * order the registrations came in, date by date; waiting-list places are numbered.
 */
export function registrationsTable(input: ExportInput): ExportTable {
  const { t, locale } = input;
  const c = t.eventOperations.export.columns;
  const dateById = new Map(input.dates.map((d) => [d.id, d]));
  const cafeById = new Map(input.worldCafe.map((q) => [q.id, q.question]));
  const positions = new Map<string, number>();
  const waitingSeen = new Map<string, number>();
  for (const r of input.registrations) {
    if (r.status !== 'waiting') continue;
    const position = (waitingSeen.get(r.dateId) ?? 0) + 1;
    waitingSeen.set(r.dateId, position);
    positions.set(r.id, position);
  }
  const header = [
    c.date,
    c.reference,
    c.status,
    c.position,
    c.salutation,
    c.firstName,
    c.lastName,
    c.email,
    c.organisation,
    c.role,
    ...input.questions.map((q) => q.label),
    c.accessibility,
    ...(input.worldCafe.length > 0 ? [c.worldCafe] : []),
    c.consentVersion,
    c.registeredAt,
    c.checkedInAt,
    c.cancelledAt,
    c.manual,
  ];
  const rows = input.registrations.map((r) => {
    const date = dateById.get(r.dateId);
    const answers = (r.answers ?? {}) as Record<string, QuestionAnswer>;
    return [
      date ? `${exportTime(locale, date.startsAt)} ${shortPlace(date, t)}` : '',
      r.reference,
      t.eventRegistration.statuses[r.status],
      String(positions.get(r.id) ?? ''),
      salutationWord(t, r.salutation) ?? '',
      r.firstName,
      r.lastName,
      r.email,
      r.organisation,
      roleText(t, r.role),
      ...input.questions.map((q) => answerText(t, answers[q.id])),
      r.accessibilityNeeds ?? '',
      ...(input.worldCafe.length > 0 ? [r.worldCafeQuestionId ? (cafeById.get(r.worldCafeQuestionId) ?? '') : ''] : []),
      String(r.consentVersion),
      exportTime(locale, r.createdAt),
      exportTime(locale, r.checkedInAt),
      exportTime(locale, r.cancelledAt),
      r.createdBy ? t.common.yes : t.common.no,
    ];
  });
  return { title: input.title, header, rows };
}
