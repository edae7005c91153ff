import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { findUserByEmail } from '../../platform/auth/user-repository.ts';
import { queryRows } from '../../platform/db/client.ts';
import { createTestRuntime, eachBackend, type TestRuntime } from '../../testing/harness.ts';
import { seedDemoAccounts } from '../accounts/seed.ts';
import { getKnowledgeItemsByIds } from '../knowledge/material-service.ts';
import { seedKnowledge } from '../knowledge/seed.ts';
import { DEMO_SEMINAR_MATERIALS } from '../knowledge/seed-seminar-materials.ts';
import { seedNetwork } from '../network/seed.ts';
import { getOrganisationBySlug } from '../organisations/service.ts';
import { seedOrganisations } from '../organisations/seed.ts';
import {
  findSeriesBySlug,
  listAttendedModuleIds,
  listLiveRegistrationsOf,
  listMaterialsOfModules,
  listModules,
  listSessionsOfModules,
} from './core/repository.ts';
import { moduleHeld } from './core/rules.ts';
import { seedSeminars } from './seed.ts';
import { MATERIAL_ITEM_IDS, MODULE_IDS, SERIES_ID, SERIES_SLUG } from './seed-ids.ts';

const TABLES = [
  'seminar_series',
  'seminar_modules',
  'seminar_sessions',
  'seminar_materials',
  'seminar_registrations',
  'seminar_attendance',
  'seminar_feedback',
] as const;

eachBackend('seminars: demo content', (backend) => {
  let rt: TestRuntime;
  before(async () => {
    rt = await createTestRuntime(backend);
    await seedDemoAccounts(rt.deps);
    await seedOrganisations(rt.deps);
    await seedNetwork(rt.deps);
    await seedKnowledge(rt.deps);
  });
  after(async () => {
    await rt.close();
  });

  const counts = async (): Promise<Record<string, number>> =>
    Object.fromEntries(
      await Promise.all(
        TABLES.map(async (t) => [t, (await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from ${sql.identifier(t)}`))[0]!.n] as const),
      ),
    );
  const userId = async (email: string) => (await findUserByEmail(rt.deps.db, email))!.id;

  it('loads once however often it runs, and leaves a changed series as it is', async () => {
    await seedSeminars(rt.deps);
    const first = await counts();
    assert.deepEqual(
      { series: first.seminar_series, modules: first.seminar_modules, feedback: first.seminar_feedback },
      { series: 1, modules: 5, feedback: 3 },
    );
    await rt.deps.db.execute(sql`update seminar_series set title = 'Von Hand geändert' where id = ${SERIES_ID}`);
    await rt.deps.db.execute(sql`delete from seminar_feedback where rating = 3`);
    await seedSeminars(rt.deps);
    assert.deepEqual(await counts(), { ...first, seminar_feedback: 2 }, 'the removed answer stays removed');
    assert.equal((await findSeriesBySlug(rt.deps.db, SERIES_SLUG))?.title, 'Von Hand geändert');
  });

  it('publishes the series for full-time mayors of municipalities with five modules in order, the first a held pilot', async () => {
    const series = (await findSeriesBySlug(rt.deps.db, SERIES_SLUG))!;
    assert.equal(series.id, SERIES_ID);
    assert.equal(series.status, 'published');
    assert.equal(series.registrationMode, 'series');
    assert.equal(series.seats, 24);
    assert.ok(series.registrationDeadline! > new Date(), 'registration is open for a few weeks');
    assert.match(series.requiredFunction, /hauptamtliche Bürgermeister/);
    assert.deepEqual(series.organisationTypes, ['gemeinde', 'amt', 'stadt']);
    assert.equal(series.partners.length, 3);
    assert.ok(series.endYear === series.startYear + 1 || series.endYear === series.startYear + 2, 'over two years');
    const modules = await listModules(rt.deps.db, SERIES_ID);
    assert.deepEqual(
      modules.map((m) => [m.id, m.position, m.homeworkStep]),
      [
        [MODULE_IDS[0], 1, 'assessment'],
        [MODULE_IDS[1], 2, 'vision'],
        [MODULE_IDS[2], 3, 'measures'],
        [MODULE_IDS[3], 4, 'participation'],
        [MODULE_IDS[4], 5, 'publish'],
      ],
    );
    assert.deepEqual(
      modules.map((m) => m.isPilot),
      [true, false, false, false, false],
    );
    const sessions = await listSessionsOfModules(rt.deps.db, [...MODULE_IDS]);
    const now = new Date();
    const held = MODULE_IDS.map((id) =>
      moduleHeld(
        sessions.filter((s) => s.moduleId === id),
        now,
      ),
    );
    assert.deepEqual(held, [true, false, false, false, false]);
    assert.ok(
      sessions.filter((s) => s.moduleId !== MODULE_IDS[0]).every((s) => s.startsAt > now),
      'the four modules lie ahead',
    );
    assert.equal(sessions.filter((s) => s.online).length, 1, 'one module is online');
    assert.ok(sessions.filter((s) => !s.online).every((s) => s.venue !== '' && s.town !== ''));
    assert.ok(sessions.every((s) => s.endsAt > s.startsAt));
  });

  it('has manager@ confirmed and at the start workshop, mitglied@ not registered', async () => {
    const manager = await userId('manager@demo.digitale-kommune.de');
    const [registration, ...more] = await listLiveRegistrationsOf(rt.deps.db, SERIES_ID, manager);
    assert.equal(more.length, 0);
    assert.equal(registration?.status, 'confirmed');
    assert.equal(registration?.scope, 'series');
    assert.equal(registration?.organisationId, (await getOrganisationBySlug(rt.deps.db, 'gemeinde-suederbrarup'))?.id);
    assert.deepEqual(await listAttendedModuleIds(rt.deps.db, SERIES_ID, manager), [MODULE_IDS[0]]);
    const [feedback] = await queryRows<{ rating: number }>(rt.deps.db, sql`select rating from seminar_feedback where user_id = ${manager}`);
    assert.ok(feedback, 'manager@ answered the pilot feedback');
    const member = await userId('mitglied@demo.digitale-kommune.de');
    assert.deepEqual(await listLiveRegistrationsOf(rt.deps.db, SERIES_ID, member), []);
    const statuses = await queryRows<{ status: string; n: number; organisations: number }>(
      rt.deps.db,
      sql`select status, count(*)::int as n, count(organisation_id)::int as organisations from seminar_registrations group by status`,
    );
    assert.deepEqual(statuses, [{ status: 'confirmed', n: 8, organisations: 8 }], 'eight participants for 24 seats, each for a municipality');
  });

  it('gives the modules materials from the knowledge base: worksheets only through the series, guides and a captioned video', async () => {
    assert.deepEqual(
      DEMO_SEMINAR_MATERIALS.map((m) => m.id),
      [...MATERIAL_ITEM_IDS],
      'the knowledge seed makes the series’ worksheets',
    );
    const materials = await listMaterialsOfModules(rt.deps.db, [...MODULE_IDS]);
    for (const id of MODULE_IDS)
      assert.ok(
        materials.some((m) => m.moduleId === id),
        `module ${id} has materials`,
      );
    const items = await getKnowledgeItemsByIds(
      rt.deps.db,
      materials.map((m) => m.knowledgeItemId),
    );
    assert.equal(items.length, materials.length, 'every material is a knowledge item');
    const byId = new Map(items.map((i) => [i.id, i]));
    assert.deepEqual(
      MATERIAL_ITEM_IDS.map((id) => byId.get(id)?.status),
      ['draft', 'draft'],
    );
    assert.ok(
      materials.some((m) => m.moduleId === MODULE_IDS[0] && m.knowledgeItemId === MATERIAL_ITEM_IDS[0]),
      'the start workshop has its worksheet',
    );
    assert.ok(
      items.some(
        (i) => i.type === 'video' && i.videoFileId && i.captionsFileId && materials.find((m) => m.knowledgeItemId === i.id)?.moduleId === MODULE_IDS[0],
      ),
      'the start workshop has a stored video with captions',
    );
    assert.ok(items.some((i) => i.type === 'guide' && i.status === 'published'));
  });
});
