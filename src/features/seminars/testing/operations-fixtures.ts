import type { Executor } from '../../../platform/db/client.ts';
import {
  type RegistrationMode,
  seminarAttendance,
  seminarFeedback,
  seminarModules,
  seminarRegistrations,
  seminarSeries,
  seminarSessions,
  type SeminarRegistrationStatus,
} from '../core/tables.ts';

const DAY_MS = 24 * 3600 * 1000;

export interface FixtureModule {
  title: string;
  isPilot?: boolean;
  /** days from now of the module's one session (negative: held) */
  inDays: number;
}

export interface FixtureSeries {
  id: string;
  slug: string;
  moduleIds: string[];
}

/** A published series of the operations' tests with one session per module, on the days given. */
export async function insertOperationsSeries(
  db: Executor,
  options: { slug: string; mode?: RegistrationMode; retentionDays?: number; modules: FixtureModule[]; now?: Date },
): Promise<FixtureSeries> {
  const now = options.now ?? new Date();
  const [series] = await db
    .insert(seminarSeries)
    .values({
      slug: options.slug,
      status: 'published',
      title: `Seminarreihe ${options.slug}`,
      summary: 'Eine Reihe für die Tests der Anwesenheit.',
      aim: 'Eine eigene Digitalstrategie.',
      audience: 'Hauptamtliche Bürgermeisterinnen und Bürgermeister',
      startYear: now.getUTCFullYear(),
      endYear: now.getUTCFullYear() + 1,
      partners: ['Kommunal-Akademie'],
      registrationMode: options.mode ?? 'series',
      seats: 20,
      consentText: 'Ich willige in die Speicherung meiner Anmeldung ein.',
      retentionDays: options.retentionDays ?? 365,
    })
    .returning();
  const moduleIds: string[] = [];
  for (const [i, m] of options.modules.entries()) {
    const [module] = await db
      .insert(seminarModules)
      .values({ seriesId: series!.id, position: i + 1, title: m.title, isPilot: m.isPilot ?? false, seats: options.mode === 'module' ? 20 : null })
      .returning();
    const startsAt = new Date(now.getTime() + m.inDays * DAY_MS);
    await db.insert(seminarSessions).values({ moduleId: module!.id, startsAt, endsAt: new Date(startsAt.getTime() + 6 * 3600 * 1000), town: 'Mayen' });
    moduleIds.push(module!.id);
  }
  return { id: series!.id, slug: options.slug, moduleIds };
}

/** A registration for the series (no module) or, in module mode, for one module. */
export async function insertSeminarRegistration(
  db: Executor,
  options: {
    seriesId: string;
    userId: string;
    moduleId?: string;
    organisationId?: string;
    functionStatement?: string;
    status?: SeminarRegistrationStatus;
    createdAt?: Date;
  },
): Promise<string> {
  const status = options.status ?? 'confirmed';
  const [row] = await db
    .insert(seminarRegistrations)
    .values({
      seriesId: options.seriesId,
      moduleId: options.moduleId ?? null,
      scope: options.moduleId ?? 'series',
      userId: options.userId,
      organisationId: options.organisationId ?? null,
      functionStatement: options.functionStatement ?? 'Bürgermeisterin der Verbandsgemeinde',
      status,
      consentText: 'Ich willige in die Speicherung meiner Anmeldung ein.',
      createdAt: options.createdAt ?? new Date(),
      confirmedAt: status === 'confirmed' ? new Date() : null,
    })
    .returning({ id: seminarRegistrations.id });
  return row!.id;
}

export async function insertSeminarAttendance(db: Executor, moduleId: string, userId: string, checkedInBy?: string): Promise<void> {
  await db.insert(seminarAttendance).values({ moduleId, userId, checkedInBy: checkedInBy ?? null });
}

export async function insertSeminarFeedback(db: Executor, options: { moduleId: string; userId: string; rating: number; comment?: string }): Promise<void> {
  await db.insert(seminarFeedback).values({ moduleId: options.moduleId, userId: options.userId, rating: options.rating, comment: options.comment ?? '' });
}
