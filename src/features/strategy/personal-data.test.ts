import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/client.ts';
import { createTestRuntime, createTestUser, eachBackend, TEST_PASSWORD, type TestRuntime } from '../../testing/harness.ts';
import { deleteAccount, exportPersonalData } from '../accounts/personal-data.ts';
import {
  insertDemoAnswers,
  insertDemoComments,
  insertDemoDimension,
  insertDemoMeasures,
  insertDemoQuestions,
  insertDemoStrategy,
  insertDemoUpdates,
} from './demo-repository.ts';

eachBackend('strategy: personal data', (backend) => {
  let rt: TestRuntime;
  before(async () => {
    rt = await createTestRuntime(backend);
  });
  after(async () => {
    await rt.close();
  });

  const person = async (name: string) => {
    const user = await createTestUser(rt.deps, { displayName: name });
    return { ...user, displayName: name, siteRole: 'member' as const, sessionIdHash: 'test' };
  };

  /** A strategy in which the manager answered, reported progress and resolved the member's comment, and the member commented twice. */
  const strategyWith = async (manager: string, member: string) => {
    const dimensionId = randomUUID();
    const questionId = randomUUID();
    const strategyId = randomUUID();
    const measureId = randomUUID();
    assert.ok(await insertDemoDimension(rt.deps.db, { id: dimensionId, slug: `d-${dimensionId}`, position: 1, name: 'Ziele & Strukturen' }));
    await insertDemoQuestions(rt.deps.db, [{ id: questionId, dimensionId, position: 1, text: 'Gibt es Ziele?', levels: ['nein', 'teils', 'ja'] }]);
    assert.ok(await insertDemoStrategy(rt.deps.db, { id: strategyId, organisationId: randomUUID() }));
    await insertDemoAnswers(rt.deps.db, [{ strategyId, questionId, level: 2, answeredBy: manager }]);
    await insertDemoMeasures(rt.deps.db, [{ id: measureId, strategyId, position: 1, title: 'Termine online buchen' }]);
    await insertDemoUpdates(rt.deps.db, [{ measureId, status: 'on_track', value: '40', note: 'Läuft im Bürgerbüro.', authorId: manager }]);
    await insertDemoComments(rt.deps.db, [
      { strategyId, step: 'measures', authorId: member, body: 'Geht das auch per Telefon?', resolvedAt: new Date(), resolvedBy: manager },
      { strategyId, step: 'vision', authorId: member, body: 'Der Dorfladen fehlt.' },
      { strategyId, step: 'vision', authorId: manager, body: 'Nehme ich auf.' },
    ]);
    return { strategyId, measureId };
  };

  it("exports the person's answers, comments, resolutions and progress updates, nobody else's", async () => {
    const manager = await person('Maren Manager');
    const member = await person('Mia Mitglied');
    await strategyWith(manager.id, member.id);
    const mine = (await exportPersonalData(rt.deps, manager)).strategy as Record<string, { [key: string]: unknown }[]>;
    assert.deepEqual(
      mine.answers!.map((a) => [a.question, a.level]),
      [['Gibt es Ziele?', 2]],
    );
    assert.deepEqual(
      mine.comments!.map((c) => c.body),
      ['Nehme ich auf.'],
    );
    assert.equal(mine.commentsResolved!.length, 1);
    assert.deepEqual(
      mine.progressUpdates!.map((u) => [u.measure, u.note]),
      [['Termine online buchen', 'Läuft im Bürgerbüro.']],
    );
    const theirs = (await exportPersonalData(rt.deps, member)).strategy as Record<string, unknown[]>;
    assert.equal(theirs.comments!.length, 2);
    assert.equal(theirs.answers!.length, 0);
  });

  it("deletes the person's comments with the account and keeps answers and progress without them", async () => {
    const manager = await person('Maren Manager');
    const member = await person('Mia Mitglied');
    const { strategyId, measureId } = await strategyWith(manager.id, member.id);
    assert.equal(await deleteAccount(rt.deps, member, TEST_PASSWORD), 'ok');
    const bodies = await queryRows<{ body: string }>(rt.deps.db, sql`select body from strategy_comments where strategy_id = ${strategyId}`);
    assert.deepEqual(
      bodies.map((c) => c.body),
      ['Nehme ich auf.'],
    );

    assert.equal(await deleteAccount(rt.deps, manager, TEST_PASSWORD), 'ok');
    const [left] = await queryRows<{ answers: number; linked: number; updates: number; comments: number }>(
      rt.deps.db,
      sql`select
        (select count(*)::int from strategy_answers where strategy_id = ${strategyId}) as answers,
        (select count(*)::int from strategy_answers where answered_by = ${manager.id})
          + (select count(*)::int from strategy_measure_updates where author_id = ${manager.id})
          + (select count(*)::int from strategy_comments where author_id = ${manager.id} or resolved_by = ${manager.id}) as linked,
        (select count(*)::int from strategy_measure_updates where measure_id = ${measureId}) as updates,
        (select count(*)::int from strategy_comments where strategy_id = ${strategyId}) as comments`,
    );
    assert.deepEqual(left, { answers: 1, linked: 0, updates: 1, comments: 0 });
    const empty = (await exportPersonalData(rt.deps, manager)).strategy;
    assert.deepEqual(empty, { answers: [], comments: [], commentsResolved: [], progressUpdates: [] });
  });
});
