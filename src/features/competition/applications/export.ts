import type { ExportTable } from '../../../platform/exports/table.ts';
import type { Messages } from '../../../platform/i18n/index.ts';
import { utcToBerlin } from '../../../platform/time/berlin-time.ts';
import { budgetTotals } from '../core/application-rules.ts';
import { euroCell } from '../../../platform/text/money.ts';
import type { CompetitionCallRow } from '../core/repository.ts';
import type { ApplicationListRow } from './repository.ts';

/**
 * The call's submitted applications as a table for the editors: the state each is in (the
 * decision too, for the editors know it before the release), its costs, request and award.
 */
export function applicationsTable(call: CompetitionCallRow, applications: ApplicationListRow[], budgetSums: Map<string, number>, t: Messages): ExportTable {
  const m = t.competitionApplications.screening;
  return {
    title: m.sheet,
    header: [...m.exportHeader],
    rows: applications.map((a) => {
      const totals = budgetTotals([{ amountCents: budgetSums.get(a.id) ?? 0 }], call.ownSharePercent);
      return [
        a.reference ?? '',
        a.organisationName,
        a.title,
        a.submittedAt ? berlinStamp(a.submittedAt) : '',
        t.competitionApplications.status[a.status],
        euroCell(totals.totalCents),
        euroCell(totals.requestedCents),
        a.awardedCents === null ? '' : euroCell(a.awardedCents),
      ];
    }),
  };
}

/** "2026-12-04 10:30", Berlin time: sorts as text and reads the same in every spreadsheet. */
function berlinStamp(instant: Date): string {
  const local = utcToBerlin(instant);
  return `${local.date} ${local.time}`;
}
