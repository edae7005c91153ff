import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { hasPermission } from '../../../platform/auth/policy.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { FileStore, StoredFileMeta } from '../../../platform/files/index.ts';
import { getKnowledgeItemsByIds, type KnowledgeItemRow } from '../../knowledge/material-service.ts';
import { getMembershipsOfUser } from '../../organisations/service.ts';
import {
  countConfirmed,
  listLiveRegistrationsOf,
  listMaterialsOfModules,
  listModules,
  listModulesWithMaterial,
  listSessionsOfModules,
  type ModuleRow,
  type SeminarRegistrationRow,
  type SeriesRow,
  type SessionRow,
} from '../core/repository.ts';
import { closingStart, couldBeEligible, materialsVisible, moduleHeld, registrationOpen, type SeriesViewer } from '../core/rules.ts';
import { listPublishedSeries, type ListedSeries } from './repository.ts';

export type { ListedSeries };

/**
 * What a visitor can do about registering, for the series (series mode) or one module (module
 * mode): the view only words it.
 */
export type RegistrationCall =
  | { kind: 'registered'; waiting: boolean }
  | { kind: 'closed' }
  | { kind: 'login' }
  | { kind: 'ineligible' }
  | { kind: 'register'; moduleId: string | undefined; full: boolean };

export interface ModuleEntry {
  module: ModuleRow;
  number: number;
  sessions: SessionRow[];
  held: boolean;
  /** the module's materials, or undefined when the viewer may not see them (yet) */
  materials: KnowledgeItemRow[] | undefined;
  /** module mode: seats left (undefined: no limit), the deadline and the call to action */
  seatsLeft: number | undefined;
  call: RegistrationCall | undefined;
}

export interface SeriesPage {
  series: SeriesRow;
  editor: boolean;
  modules: ModuleEntry[];
  /** series mode: seats left (undefined: no limit) and the call to action */
  seatsLeft: number | undefined;
  call: RegistrationCall | undefined;
  /** whether the person holds a live registration of the series or of any module */
  participant: boolean;
}

export async function getSeriesList(db: Executor, now: Date): Promise<ListedSeries[]> {
  return listPublishedSeries(db, now);
}

/** The live registration that counts in a scope ('series' or a module's id). */
const liveIn = (registrations: SeminarRegistrationRow[], scope: string) => registrations.find((r) => r.scope === scope);

/** Where a person stands towards one module: editors see everything, confirmed participants what is theirs. */
function viewerOf(series: SeriesRow, module: ModuleRow, editor: boolean, registrations: SeminarRegistrationRow[]): SeriesViewer {
  if (editor) return 'editor';
  const scope = series.registrationMode === 'series' ? 'series' : module.id;
  return liveIn(registrations, scope)?.status === 'confirmed' ? 'participant' : 'public';
}

function seatsLeft(seats: number | null, confirmed: number): number | undefined {
  return seats === null ? undefined : Math.max(0, seats - confirmed);
}

function callFor(options: {
  user: CurrentUser | null;
  registration: SeminarRegistrationRow | undefined;
  open: boolean;
  eligible: boolean;
  moduleId: string | undefined;
  seatsLeft: number | undefined;
}): RegistrationCall {
  if (options.registration) return { kind: 'registered', waiting: options.registration.status === 'waiting' };
  if (!options.open) return { kind: 'closed' };
  if (!options.user) return { kind: 'login' };
  if (!options.eligible) return { kind: 'ineligible' };
  return { kind: 'register', moduleId: options.moduleId, full: options.seatsLeft === 0 };
}

/** Everything the page of a series shows to this viewer, at this moment. */
export async function getSeriesPage(db: Executor, options: { series: SeriesRow; user: CurrentUser | null; now: Date }): Promise<SeriesPage> {
  const { series, user, now } = options;
  const editor = hasPermission(user, 'content:edit');
  const modules = await listModules(db, series.id);
  const ids = modules.map((m) => m.id);
  const sessions = await listSessionsOfModules(db, ids);
  const materials = await listMaterialsOfModules(db, ids);
  const items = new Map((await getKnowledgeItemsByIds(db, [...new Set(materials.map((m) => m.knowledgeItemId))])).map((i) => [i.id, i]));
  const registrations = user ? await listLiveRegistrationsOf(db, series.id, user.id) : [];
  const types = user ? (await getMembershipsOfUser(db, user.id)).filter((m) => m.status === 'active').map((m) => m.type) : [];
  const eligible = couldBeEligible(series, types);
  const published = series.status === 'published';
  const seriesMode = series.registrationMode === 'series';

  const entries: ModuleEntry[] = [];
  for (const [index, module] of modules.entries()) {
    const own = sessions.filter((s) => s.moduleId === module.id);
    const held = moduleHeld(own, now);
    const visible = materialsVisible({ viewer: viewerOf(series, module, editor, registrations), held, materialsPublic: module.materialsPublic });
    const left = seriesMode ? undefined : seatsLeft(module.seats, await countConfirmed(db, series.id, module.id));
    const open = registrationOpen({ published, deadline: module.registrationDeadline, firstStart: closingStart(own, false), now });
    entries.push({
      module,
      number: index + 1,
      sessions: own,
      held,
      materials: visible ? materials.filter((m) => m.moduleId === module.id).flatMap((m) => items.get(m.knowledgeItemId) ?? []) : undefined,
      seatsLeft: left,
      call: seriesMode ? undefined : callFor({ user, registration: liveIn(registrations, module.id), open, eligible, moduleId: module.id, seatsLeft: left }),
    });
  }

  const left = seriesMode ? seatsLeft(series.seats, await countConfirmed(db, series.id, 'series')) : undefined;
  const open = registrationOpen({ published, deadline: series.registrationDeadline, firstStart: closingStart(sessions, true), now });
  return {
    series,
    editor,
    modules: entries,
    seatsLeft: left,
    call: seriesMode ? callFor({ user, registration: liveIn(registrations, 'series'), open, eligible, moduleId: undefined, seatsLeft: left }) : undefined,
    participant: registrations.length > 0,
  };
}

/** A material as its page shows it, and whether everyone may see it (then its files may be kept by shared caches). */
export interface MaterialAccess {
  item: KnowledgeItemRow;
  publicly: boolean;
}

/**
 * A knowledge item as material of this series, when the viewer may see it through at least one
 * of the series' modules that use it; undefined otherwise, whether it exists or not.
 */
export async function getMaterial(
  db: Executor,
  options: { series: SeriesRow; itemId: string; user: CurrentUser | null; now: Date },
): Promise<MaterialAccess | undefined> {
  const { series, user, now } = options;
  const modules = await listModulesWithMaterial(db, series.id, options.itemId);
  if (modules.length === 0) return undefined;
  const sessions = await listSessionsOfModules(
    db,
    modules.map((m) => m.id),
  );
  const editor = hasPermission(user, 'content:edit');
  const registrations = user ? await listLiveRegistrationsOf(db, series.id, user.id) : [];
  const visibleTo = (viewer: (module: ModuleRow) => SeriesViewer) =>
    modules.some((module) =>
      materialsVisible({
        viewer: viewer(module),
        held: moduleHeld(
          sessions.filter((s) => s.moduleId === module.id),
          now,
        ),
        materialsPublic: module.materialsPublic,
      }),
    );
  if (!visibleTo((module) => viewerOf(series, module, editor, registrations))) return undefined;
  const [item] = await getKnowledgeItemsByIds(db, [options.itemId]);
  return item ? { item, publicly: series.status === 'published' && visibleTo(() => 'public') } : undefined;
}

/** The stored files a material shows, described (type, size) for its page. */
export interface MaterialFiles {
  file: StoredFileMeta | undefined;
  video: StoredFileMeta | undefined;
  captions: StoredFileMeta | undefined;
}

export async function describeMaterialFiles(files: FileStore, item: KnowledgeItemRow): Promise<MaterialFiles> {
  const info = async (id: string | null) => (id ? await files.info(id) : undefined);
  return { file: await info(item.fileId), video: await info(item.videoFileId), captions: await info(item.captionsFileId) };
}
