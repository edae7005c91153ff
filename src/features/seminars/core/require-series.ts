import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { hasPermission } from '../../../platform/auth/policy.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import { SLUG } from './paths.ts';
import { findModule, findSeriesById, findSeriesBySlug, type ModuleRow, type SeriesRow } from './repository.ts';

/*
 * The series or module a page is about, or 404. A draft series exists only for the editors: to
 * everyone else its address answers as if there were none.
 */

/** A series by its public address: published, or a draft for editors. */
export async function requireSeries(db: Executor, slug: string, viewer: CurrentUser | null | undefined): Promise<SeriesRow> {
  const series = SLUG.test(slug) ? await findSeriesBySlug(db, slug) : undefined;
  if (!series || (series.status !== 'published' && !hasPermission(viewer, 'content:edit'))) throw notFound();
  return series;
}

/** A series by id, for the editors' pages (the route's guard has checked the permission). */
export async function requireEditorSeries(db: Executor, id: string): Promise<SeriesRow> {
  const series = isUuid(id) ? await findSeriesById(db, id) : undefined;
  if (!series) throw notFound();
  return series;
}

/** A module of this series; 404 for a malformed id or a module of another series. */
export async function requireModule(db: Executor, series: SeriesRow, moduleId: string): Promise<ModuleRow> {
  const module = isUuid(moduleId) ? await findModule(db, series.id, moduleId) : undefined;
  if (!module) throw notFound();
  return module;
}
