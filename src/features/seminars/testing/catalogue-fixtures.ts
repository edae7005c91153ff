import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../../../platform/deps.ts';
import { FILE_TYPES } from '../../../platform/files/index.ts';
import { knowledgeItems, type KnowledgeStatus, type KnowledgeType } from '../../knowledge/tables.ts';
import {
  seminarMaterials,
  seminarModules,
  seminarRegistrations,
  seminarSeries,
  seminarSessions,
  type RegistrationMode,
  type SeriesStatus,
} from '../core/tables.ts';

/** Test support for the public side: series, modules, sessions, materials and registrations made directly. */

const DAY = 24 * 3_600_000;

export interface TestModule {
  /** days from now of its one session (negative: held) */
  inDays: number;
  materialsPublic?: boolean;
  materials?: string[];
}

export async function insertCatalogueSeries(
  deps: AppDeps,
  options: {
    slug: string;
    status?: SeriesStatus;
    mode?: RegistrationMode;
    seats?: number;
    deadlineInDays?: number;
    organisationTypes?: string[];
    modules: TestModule[];
  },
): Promise<{ id: string; moduleIds: string[] }> {
  const now = Date.now();
  const [series] = await deps.db
    .insert(seminarSeries)
    .values({
      slug: options.slug,
      status: options.status ?? 'published',
      title: `Reihe ${options.slug}`,
      summary: 'Eine Seminarreihe für den Test.',
      aim: 'Am Ende hat jede Kommune **eine digitale Strategie**.',
      audience: 'Hauptamtliche Bürgermeisterinnen und Bürgermeister',
      startYear: 2027,
      endYear: 2028,
      partners: ['Gemeinde- und Städtebund', 'Kommunal-Akademie'],
      registrationMode: options.mode ?? 'series',
      seats: options.seats ?? null,
      registrationDeadline: options.deadlineInDays === undefined ? null : new Date(now + options.deadlineInDays * DAY),
      organisationTypes: options.organisationTypes ?? [],
      consentText: 'Ich willige ein, dass meine Angaben für die Seminarreihe verarbeitet werden.',
    })
    .returning();
  if (!series) throw new Error(`series ${options.slug} not inserted`);
  const moduleIds: string[] = [];
  for (const [position, m] of options.modules.entries()) {
    const [module] = await deps.db
      .insert(seminarModules)
      .values({ seriesId: series.id, position, title: `Modul ${position + 1} der Reihe ${options.slug}`, materialsPublic: m.materialsPublic ?? false })
      .returning();
    if (!module) throw new Error('module not inserted');
    moduleIds.push(module.id);
    const startsAt = new Date(now + m.inDays * DAY);
    await deps.db
      .insert(seminarSessions)
      .values({ moduleId: module.id, startsAt, endsAt: new Date(startsAt.getTime() + 6 * 3_600_000), venue: 'Rathaus', town: 'Mayen' });
    for (const [i, knowledgeItemId] of (m.materials ?? []).entries()) {
      await deps.db.insert(seminarMaterials).values({ moduleId: module.id, knowledgeItemId, position: i });
    }
  }
  return { id: series.id, moduleIds };
}

/** A knowledge item as material; a document gets a stored PDF. */
export async function insertMaterialItem(
  deps: AppDeps,
  options: { type: KnowledgeType; status?: KnowledgeStatus },
): Promise<{ id: string; fileId: string | null }> {
  const slug = `material-${randomUUID()}`;
  const file =
    options.type === 'document'
      ? await deps.files.put(Buffer.from(`%PDF-1.4\n% ${slug}\n%%EOF\n`), {
          originalName: `${slug}.pdf`,
          createdBy: null,
          allowedTypes: [FILE_TYPES.pdf],
          maxBytes: 10_000,
        })
      : undefined;
  const [item] = await deps.db
    .insert(knowledgeItems)
    .values({
      type: options.type,
      slug,
      title: `Material ${slug}`,
      summary: 'Ein Material für den Test.',
      body: '## Worum es geht\n\nDer Text des Materials.',
      status: options.status ?? 'draft',
      fileId: file?.id ?? null,
    })
    .returning();
  if (!item) throw new Error('knowledge item not inserted');
  return { id: item.id, fileId: item.fileId };
}

/** A live registration, as the registration part would store it. */
export async function insertSeriesRegistration(
  deps: AppDeps,
  options: { seriesId: string; userId: string; moduleId?: string; status?: 'confirmed' | 'waiting' },
): Promise<void> {
  const status = options.status ?? 'confirmed';
  await deps.db.insert(seminarRegistrations).values({
    seriesId: options.seriesId,
    moduleId: options.moduleId ?? null,
    scope: options.moduleId ?? 'series',
    userId: options.userId,
    status,
    consentText: 'Ich willige ein.',
    confirmedAt: status === 'confirmed' ? new Date() : null,
  });
}
