import type { AppDeps } from '../../../platform/deps.ts';
import type { ExportTable } from '../../../platform/exports/table.ts';
import type { Messages } from '../../../platform/i18n/index.ts';
import { listPublicProjects } from '../../competition/projects/api-service.ts';
import { listPublicEvents } from '../../events/catalogue/api-service.ts';
import { listPublicSolutions } from '../../solutions/library/api-service.ts';
import type { DownloadKey } from '../core/paths.ts';
import { eventJson, fundedProjectJson, solutionJson } from '../read/records.ts';

/*
 * The open-data downloads: every record the API lists, at once, as JSON with the API's field
 * names and as CSV with German column headers for spreadsheets.
 */

// More than any programme will hold; the downloads are the whole list by definition.
const EVERYTHING = { limit: 100_000, offset: 0 };

export interface Dataset {
  items: unknown[];
  /** the newest change of any record, for Last-Modified; undefined for an empty list */
  modified: Date | undefined;
  table: ExportTable;
}

const money = (eur: number | null) => (eur === null ? '' : eur.toFixed(2).replace('.', ','));
const list = (values: readonly string[]) => values.join(', ');

function newest(times: string[]): Date | undefined {
  const max = times.reduce<string | undefined>((a, b) => (a === undefined || b > a ? b : a), undefined);
  return max ? new Date(max) : undefined;
}

async function events(deps: AppDeps, t: Messages): Promise<Dataset> {
  const { records } = await listPublicEvents(deps.db, { filter: {}, ...EVERYTHING });
  const items = records.map((r) => eventJson(r, deps.config.baseUrl));
  const m = t.api.downloads;
  return {
    items,
    modified: newest(items.map((e) => e.updatedAt)),
    // one row per date: a spreadsheet has no room for a list of dates in a cell
    table: {
      title: m.events.title,
      header: [...m.events.columns],
      rows: items.flatMap((e) =>
        e.dates.map((d) => [
          e.id,
          e.title,
          e.summary,
          e.organiser,
          list(e.fieldsOfAction),
          d.id,
          d.startsAt,
          d.endsAt,
          d.online ? m.yes : m.no,
          d.placeName ?? '',
          d.street ?? '',
          d.postcode ?? '',
          d.town ?? '',
          d.registrationDeadline,
          String(d.seats),
          d.cancelled ? m.yes : m.no,
          e.url,
        ]),
      ),
    },
  };
}

async function fundedProjects(deps: AppDeps, t: Messages): Promise<Dataset> {
  const records = await listPublicProjects(deps.db, { year: undefined, status: undefined, fieldOfAction: undefined, competition: undefined });
  const items = records.map((r) => fundedProjectJson(r, deps.config.baseUrl));
  const m = t.api.downloads;
  return {
    items,
    modified: newest(items.map((p) => p.updatedAt)),
    table: {
      title: m.fundedProjects.title,
      header: [...m.fundedProjects.columns],
      rows: items.map((p) => [
        p.id,
        p.municipality,
        p.title,
        p.summary,
        list(p.fieldsOfAction),
        money(p.fundingEur),
        p.status,
        p.startsOn,
        p.endsOn,
        p.competition.title,
        p.url,
      ]),
    },
  };
}

async function solutions(deps: AppDeps, t: Messages): Promise<Dataset> {
  const { records } = await listPublicSolutions(deps.db, {
    filter: { fieldOfAction: undefined, maturity: undefined, sizeBand: undefined, openSource: undefined },
    ...EVERYTHING,
  });
  const items = records.map((r) => solutionJson(r, deps.config.baseUrl));
  const m = t.api.downloads;
  return {
    items,
    modified: newest(items.map((s) => s.updatedAt)),
    table: {
      title: m.solutions.title,
      header: [...m.solutions.columns],
      rows: items.map((s) => [
        s.id,
        s.title,
        s.summary,
        list(s.fieldsOfAction),
        s.maturity,
        money(s.costOneOffEur),
        money(s.costYearlyEur),
        s.licence,
        s.openSource ? m.yes : m.no,
        s.repositoryUrl ?? '',
        String(s.reuses),
        s.owner?.name ?? '',
        s.url,
      ]),
    },
  };
}

export const DATASETS: Record<DownloadKey, (deps: AppDeps, t: Messages) => Promise<Dataset>> = { events, fundedProjects, solutions };
