import type { Executor } from '../../../platform/db/client.ts';
import { getKnowledgeItemsByIds, type KnowledgeItemRow, listMaterialChoices } from '../../knowledge/material-service.ts';
import { listMaterialsOfModules, listModules, listSessionsOfModules, type ModuleRow, type SeriesRow, type SessionRow } from '../core/repository.ts';
import { countMaterials, listSeriesWithCounts } from './repository.ts';

export { listSeriesWithCounts as listSeriesForEditors };
export type { SeriesListRow } from './repository.ts';

export interface ModuleOverview {
  module: ModuleRow;
  sessions: SessionRow[];
  materials: number;
}

/** A series' modules in order, each with its sessions and how many materials it has. */
export async function getModulesOverview(db: Executor, series: SeriesRow): Promise<ModuleOverview[]> {
  const modules = await listModules(db, series.id);
  const ids = modules.map((m) => m.id);
  const sessions = await listSessionsOfModules(db, ids);
  const materials = await countMaterials(db, ids);
  return modules.map((module) => ({ module, sessions: sessions.filter((s) => s.moduleId === module.id), materials: materials.get(module.id) ?? 0 }));
}

export async function getSessionsOfModule(db: Executor, moduleId: string): Promise<SessionRow[]> {
  return listSessionsOfModules(db, [moduleId]);
}

export type MaterialChoice = Awaited<ReturnType<typeof listMaterialChoices>>[number];

/** A module's materials in order (the knowledge items still there) and what can be added. */
export async function getMaterialsOfModule(db: Executor, moduleId: string): Promise<{ materials: KnowledgeItemRow[]; choices: MaterialChoice[] }> {
  const rows = await listMaterialsOfModules(db, [moduleId]);
  const items = new Map(
    (
      await getKnowledgeItemsByIds(
        db,
        rows.map((r) => r.knowledgeItemId),
      )
    ).map((i) => [i.id, i]),
  );
  const materials = rows.map((r) => items.get(r.knowledgeItemId)).filter((i): i is KnowledgeItemRow => i !== undefined);
  const taken = new Set(rows.map((r) => r.knowledgeItemId));
  const choices = (await listMaterialChoices(db)).filter((c) => !taken.has(c.id));
  return { materials, choices };
}
