import type { Executor } from '../../../platform/db/client.ts';
import { getOrganisationsByIds, organisationPath } from '../../organisations/service.ts';
import { listGoals, listMeasures } from '../core/content-repository.ts';
import { publicStrategyPath } from '../core/paths.ts';
import type { MeasureStatus, Priority } from '../core/tables.ts';
import { countPublishedStrategies, listPublishedStrategies } from './api-repository.ts';
import { publicPdfPath } from './paths.ts';

export { MEASURE_STATUSES, PRIORITIES } from '../core/tables.ts';

/**
 * A published strategy as the read API gives it: what its public page shows of vision, goals
 * and measures, without who leads a measure or works on it.
 */
export interface PublicStrategyRecord {
  id: string;
  /** the public page and its PDF, relative to the site */
  path: string;
  pdfPath: string;
  /** the municipality's public profile, relative to the site */
  organisation: { name: string; path: string };
  /** Markdown */
  vision: string;
  fieldsOfAction: string[];
  goals: { title: string; description: string }[];
  measures: {
    title: string;
    goal: string;
    status: MeasureStatus;
    priority: Priority;
    startsOn: string | null;
    endsOn: string | null;
    indicator: string;
    fieldsOfAction: string[];
  }[];
  publishedAt: Date | null;
  updatedAt: Date;
}

/** One page of published strategies, each with its goals and measures. */
export async function listPublicStrategies(
  db: Executor,
  options: { fieldOfAction: string | undefined; limit: number; offset: number },
): Promise<{ records: PublicStrategyRecord[]; total: number }> {
  const rows = await listPublishedStrategies(db, options);
  const ids = [...new Set(rows.map((s) => s.organisationId))];
  const organisations = new Map((ids.length === 0 ? [] : await getOrganisationsByIds(db, ids)).map((o) => [o.id, o]));
  const records: PublicStrategyRecord[] = [];
  for (const strategy of rows) {
    const organisation = organisations.get(strategy.organisationId);
    // a strategy whose organisation is gone has no public page either
    if (!organisation) continue;
    const goals = await listGoals(db, strategy.id);
    const measures = await listMeasures(db, strategy.id);
    records.push({
      id: strategy.id,
      path: publicStrategyPath(organisation.slug),
      pdfPath: publicPdfPath(organisation.slug),
      organisation: { name: organisation.name, path: organisationPath(organisation.slug) },
      vision: strategy.vision,
      fieldsOfAction: strategy.fieldsOfAction,
      goals: goals.map((g) => ({ title: g.title, description: g.description })),
      measures: measures.map((m) => ({
        title: m.title,
        goal: m.goal,
        status: m.status,
        priority: m.priority,
        startsOn: m.startsOn,
        endsOn: m.endsOn,
        indicator: m.indicator,
        fieldsOfAction: m.fieldsOfAction,
      })),
      publishedAt: strategy.publishedAt,
      updatedAt: strategy.updatedAt,
    });
  }
  return { records, total: await countPublishedStrategies(db, options.fieldOfAction) };
}
