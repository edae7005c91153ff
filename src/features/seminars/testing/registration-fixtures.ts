import type { AppDeps } from '../../../platform/deps.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { createTestUser, TEST_PASSWORD } from '../../../testing/harness.ts';
import { insertMembership } from '../../organisations/repository.ts';
import {
  seminarAttendance,
  seminarMaterials,
  seminarModules,
  seminarSeries,
  seminarSessions,
  type RegistrationMode,
  type SeriesStatus,
} from '../core/tables.ts';

/** Test support for the registration part: a series with its modules and sessions made directly, and signed-in people. */

const DAY = 24 * 60 * 60 * 1000;

export interface FixtureModule {
  title: string;
  /** days from now of its one session (negative: held); no session when undefined */
  inDays?: number;
  isPilot?: boolean;
  homeworkStep?: string;
  seats?: number;
  materials?: string[];
}

export interface FixtureSeries {
  slug: string;
  status?: SeriesStatus;
  mode?: RegistrationMode;
  seats?: number;
  /** days from now of the deadline (negative: passed) */
  deadlineInDays?: number;
  requiredFunction?: string;
  organisationTypes?: string[];
  modules: FixtureModule[];
}

/** Inserts a series with one session per module (10:00–16:00 of the given day); the ids in module order. */
export async function insertTestSeries(deps: AppDeps, options: FixtureSeries): Promise<{ seriesId: string; moduleIds: string[] }> {
  const now = Date.now();
  const [series] = await deps.db
    .insert(seminarSeries)
    .values({
      slug: options.slug,
      status: options.status ?? 'published',
      title: `Seminarreihe ${options.slug}`,
      summary: 'Eine Reihe für den Test.',
      aim: 'Eine eigene Digitalstrategie.',
      audience: 'Hauptamtliche Bürgermeisterinnen und Bürgermeister',
      startYear: 2026,
      endYear: 2027,
      partners: ['Gemeinde- und Städtebund', 'Kommunal-Akademie'],
      registrationMode: options.mode ?? 'series',
      seats: options.seats ?? null,
      registrationDeadline: options.deadlineInDays === undefined ? null : new Date(now + options.deadlineInDays * DAY),
      requiredFunction: options.requiredFunction ?? '',
      organisationTypes: options.organisationTypes ?? [],
      consentText: 'Ich willige ein, dass meine Angaben für die Seminarreihe gespeichert werden.',
    })
    .returning();
  if (!series) throw new Error(`series ${options.slug} not inserted`);
  const moduleIds: string[] = [];
  for (const [i, m] of options.modules.entries()) {
    const [module] = await deps.db
      .insert(seminarModules)
      .values({
        seriesId: series.id,
        position: i + 1,
        title: m.title,
        homeworkStep: m.homeworkStep ?? null,
        homework: m.homeworkStep ? 'Bearbeiten Sie diesen Schritt bis zum nächsten Modul.' : '',
        isPilot: m.isPilot ?? false,
        seats: m.seats ?? null,
      })
      .returning();
    if (!module) throw new Error(`module ${m.title} not inserted`);
    moduleIds.push(module.id);
    if (m.inDays !== undefined) {
      const startsAt = new Date(now + m.inDays * DAY);
      await deps.db.insert(seminarSessions).values({ moduleId: module.id, startsAt, endsAt: new Date(startsAt.getTime() + 6 * 60 * 60 * 1000), town: 'Mayen' });
    }
    for (const [position, knowledgeItemId] of (m.materials ?? []).entries()) {
      await deps.db.insert(seminarMaterials).values({ moduleId: module.id, knowledgeItemId, position });
    }
  }
  return { seriesId: series.id, moduleIds };
}

export async function insertTestAttendance(deps: AppDeps, moduleId: string, userId: string): Promise<void> {
  await deps.db.insert(seminarAttendance).values({ moduleId, userId });
}

/** A signed-in person, with an active membership in each of the given organisations. */
export async function signedInParticipant(
  deps: AppDeps,
  app: ConstructorParameters<typeof TestClient>[0],
  options: { displayName?: string; organisationIds?: string[] } = {},
): Promise<{ id: string; email: string; client: TestClient }> {
  const user = await createTestUser(deps, { displayName: options.displayName ?? 'Erika Mustermann' });
  for (const organisationId of options.organisationIds ?? []) {
    await insertMembership(deps.db, { organisationId, userId: user.id, role: 'member', status: 'active', decidedAt: new Date() });
  }
  const client = new TestClient(app);
  await client.login(user.email, TEST_PASSWORD);
  return { id: user.id, email: user.email, client };
}
