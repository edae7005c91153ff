import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/client.ts';
import { createTestRuntime, eachBackend, type TestRuntime } from '../../testing/harness.ts';
import { seedDemoAccounts } from '../accounts/seed.ts';
import { seedCompetition } from '../competition/seed.ts';
import { getOrganisationBySlug } from '../organisations/service.ts';
import { seedOrganisations } from '../organisations/seed.ts';
import { seedSolutions } from '../solutions/seed.ts';
import { getAssessment } from './assessment/service.ts';
import { findStrategyOf } from './core/repository.ts';
import { seedStrategies } from './seed.ts';
import { DEMO_COMMENT, DEMO_MEASURES, DEMO_STRATEGIES } from './seed-ids.ts';
import { DEMO_PEER_SLUGS } from './seed-strategies.ts';

const TABLES = [
  'strategy_dimensions',
  'strategy_questions',
  'strategies',
  'strategy_answers',
  'strategy_goals',
  'strategy_measures',
  'strategy_measure_solutions',
  'strategy_measure_updates',
  'strategy_actors',
  'strategy_participation',
  'strategy_comments',
] as const;

eachBackend('strategy: demo content', (backend) => {
  let rt: TestRuntime;
  before(async () => {
    rt = await createTestRuntime(backend);
    await seedDemoAccounts(rt.deps);
    await seedOrganisations(rt.deps);
    await seedCompetition(rt.deps);
    await seedSolutions(rt.deps);
  });
  after(async () => {
    await rt.close();
  });

  const count = async (table: string, where = sql`true`) =>
    (await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from ${sql.identifier(table)} where ${where}`))[0]!.n;
  const counts = async (): Promise<Record<(typeof TABLES)[number], number>> =>
    Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await count(t)] as const))) as Record<(typeof TABLES)[number], number>;

  it('loads once however often it runs, and leaves a changed strategy as it is', async () => {
    await seedStrategies(rt.deps);
    const first = await counts();
    await rt.deps.db.execute(sql`update strategies set vision = 'Von Hand geändert' where id = ${DEMO_STRATEGIES.suederbrarup.id}`);
    await rt.deps.db.execute(sql`delete from strategy_goals where strategy_id = ${DEMO_STRATEGIES.suederbrarup.id} and position = 3`);
    await seedStrategies(rt.deps);
    assert.deepEqual(await counts(), { ...first, strategy_goals: first.strategy_goals - 1 });
    assert.equal(await count('strategies', sql`vision = 'Von Hand geändert'`), 1);
    assert.equal(first.strategy_dimensions, 4);
    assert.ok(first.strategy_questions >= 12);
    const levels = await queryRows<{ n: number }>(rt.deps.db, sql`select cardinality(levels)::int as n from strategy_questions`);
    assert.ok(levels.every((q) => q.n === 4));
  });

  it('gives every dimension knowledge tags for the recommendations', async () => {
    const tags = await queryRows<{ slug: string; tags: string[] }>(rt.deps.db, sql`select slug, knowledge_tags as tags from strategy_dimensions`);
    assert.equal(tags.length, 4);
    assert.ok(tags.every((d) => d.tags.length >= 3));
  });

  it('shows the three stages: just started, measures planned, published with progress', async () => {
    const stage = async (id: string) =>
      (
        await queryRows<{ status: string; answers: number; goals: number; measures: number; updates: number; published: boolean }>(
          rt.deps.db,
          sql`select s.status, s.published_at is not null as published,
            (select count(*)::int from strategy_answers where strategy_id = s.id) as answers,
            (select count(*)::int from strategy_goals where strategy_id = s.id) as goals,
            (select count(*)::int from strategy_measures where strategy_id = s.id) as measures,
            (select count(*)::int from strategy_measure_updates u join strategy_measures m on m.id = u.measure_id where m.strategy_id = s.id) as updates
          from strategies s where s.id = ${id}`,
        )
      )[0]!;
    const eutin = await stage(DEMO_STRATEGIES.eutin.id);
    assert.equal(eutin.status, 'draft');
    assert.ok(eutin.answers > 0 && eutin.answers < 12, 'only part of the questionnaire');
    assert.equal(eutin.measures, 0);

    const suederbrarup = await stage(DEMO_STRATEGIES.suederbrarup.id);
    assert.equal(suederbrarup.status, 'draft');
    assert.equal(suederbrarup.answers, 12);
    assert.equal(suederbrarup.measures, 4);
    assert.equal(suederbrarup.updates, 0);

    const dithmarschen = await stage(DEMO_STRATEGIES.dithmarschen.id);
    assert.equal(dithmarschen.status, 'published');
    assert.ok(dithmarschen.published);
    assert.ok(dithmarschen.updates >= 6);
    const measure = (
      await queryRows<{ status: string; project: string | null; latest: string }>(
        rt.deps.db,
        sql`select m.status, m.funded_project_id as project,
          (select status from strategy_measure_updates where measure_id = m.id order by created_at desc limit 1) as latest
        from strategy_measures m where m.id = ${DEMO_MEASURES.dithmarschenVillageApp}`,
      )
    )[0]!;
    assert.equal(measure.status, measure.latest, "a measure's status is its latest update's");
    assert.ok(measure.project, "the grant names Dithmarschen's funded project");
  });

  it("links Süderbrarup's measures to the library and its comments to the demo accounts", async () => {
    assert.equal(await count('strategy_measure_solutions', sql`measure_id = ${DEMO_MEASURES.suederbrarupRideShare}`), 1);
    // the appointments solution is a draft of the library, so it is not linked
    assert.equal(await count('strategy_measure_solutions', sql`measure_id = ${DEMO_MEASURES.suederbrarupAppointments}`), 0);
    const [comment] = await queryRows<{ email: string; resolved: boolean }>(
      rt.deps.db,
      sql`select u.email, c.resolved_at is not null as resolved from strategy_comments c join users u on u.id = c.author_id where c.id = ${DEMO_COMMENT}`,
    );
    assert.deepEqual(comment, { email: 'mitglied@demo.digitale-kommune.de', resolved: false });
    const [answers] = await queryRows<{ email: string; n: number }>(
      rt.deps.db,
      sql`select u.email, count(*)::int as n from strategy_answers a join users u on u.id = a.answered_by
        where a.strategy_id = ${DEMO_STRATEGIES.suederbrarup.id} group by u.email`,
    );
    assert.deepEqual(answers, { email: 'manager@demo.digitale-kommune.de', n: 12 });
    assert.equal(await count('strategy_participation', sql`strategy_id = ${DEMO_STRATEGIES.suederbrarup.id} and starts_at > now()`), 1);
  });

  it('has at least five Städte with every question answered, for a peer group of one type', async () => {
    const [row] = await queryRows<{ n: number; types: string[] }>(
      rt.deps.db,
      sql`select count(*)::int as n, array_agg(distinct o.type) as types from strategies s join organisations o on o.id = s.organisation_id
        where o.slug = any(${`{${DEMO_PEER_SLUGS.join(',')}}`}::text[])
          and (select count(*) from strategy_answers a where a.strategy_id = s.id) = (select count(*) from strategy_questions)`,
    );
    assert.ok(row!.n >= 5);
    assert.deepEqual(row!.types, ['stadt']);
  });

  it("compares Süderbrarup and Eutin with the average of similar municipalities, as the maturity check's page does", async () => {
    for (const slug of [DEMO_STRATEGIES.suederbrarup.slug, DEMO_STRATEGIES.eutin.slug]) {
      const organisation = await getOrganisationBySlug(rt.deps.db, slug);
      assert.ok(organisation);
      const assessment = await getAssessment(rt.deps.db, { organisation, strategy: await findStrategyOf(rt.deps.db, organisation.id), access: 'manager' });
      assert.ok(assessment.comparable, `${slug} has a size band`);
      assert.equal(assessment.dimensions.length, 4);
      for (const { dimension, peerAverage } of assessment.dimensions) {
        assert.ok(peerAverage !== undefined && peerAverage >= 0 && peerAverage <= 100, `${slug}: a peer average for ${dimension.slug}`);
      }
    }
  });
});
