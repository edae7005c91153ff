import { formatStamp } from '../../../platform/i18n/dates.ts';
import type { Locale, Messages } from '../../../platform/i18n/index.ts';
import type { ExportTable } from '../../../platform/exports/table.ts';
import { STRATEGY_STEPS } from '../../strategy/plan/homework-service.ts';
import type { ParticipantEntry, ParticipantsOverview } from './service.ts';

/**
 * The participants as a table for a spreadsheet: what the page shows, one registration per row
 * (confirmed, then the waiting list with its places), one column per module (attended or not)
 * and one per step of the municipality's strategy.
 */
export function participantsTable(overview: ParticipantsOverview, t: Messages, locale: Locale): ExportTable {
  const m = t.seminarsOperations.participants;
  const c = m.columns;
  const stepsOf = new Map(overview.organisations.map((o) => [o.id, o.steps]));
  const header = [
    c.name,
    c.email,
    c.organisation,
    c.function,
    c.status,
    c.position,
    c.registeredAt,
    c.scope,
    c.progress,
    ...overview.modules.map((module, i) => `${t.seminars.moduleNumber(i + 1)}: ${module.title}`),
    ...STRATEGY_STEPS.map((step) => t.strategy.steps[step]),
  ];
  const row = (e: ParticipantEntry, position: number | undefined): string[] => {
    const steps = e.registration.organisationId ? stepsOf.get(e.registration.organisationId) : undefined;
    return [
      e.displayName,
      e.email,
      e.organisationName ?? '',
      e.registration.functionStatement,
      e.registration.status === 'confirmed' ? m.statuses.confirmed : m.statuses.waiting,
      position === undefined ? '' : String(position),
      formatStamp(locale, e.registration.createdAt),
      e.module ? e.module.title : m.scopeSeries,
      String(overview.modules.filter((module) => e.attended.has(module.id)).length),
      ...overview.modules.map((module) => (e.attended.has(module.id) ? t.common.yes : t.common.no)),
      ...STRATEGY_STEPS.map((step) => (steps ? t.strategyPlan.tasks.states[steps[step]] : '')),
    ];
  };
  return {
    title: t.seminarsOperations.export.sheet,
    header,
    rows: [...overview.confirmed.map((e) => row(e, undefined)), ...overview.waiting.map((e, i) => row(e, i + 1))],
  };
}
