import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../../testing/harness.ts';
import { seminarsPersonalData } from '../personal-data.ts';
import { removeExpiredSeminarData } from '../retention-sweep.ts';
import {
  type FixtureSeries,
  insertOperationsSeries,
  insertSeminarAttendance,
  insertSeminarFeedback,
  insertSeminarRegistration,
} from '../testing/operations-fixtures.ts';

const DAY_MS = 24 * 3600 * 1000;

eachBackend('seminar series: personal data and retention', (backend) => {
  let rt: TestRuntime;
  let anna: string;
  let bernd: string;
  let editor: string;
  let series: FixtureSeries;

  const count = async (table: 'seminar_registrations' | 'seminar_attendance' | 'seminar_feedback', userId: string) =>
    (await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from ${sql.identifier(table)} where user_id = ${userId}`))[0]!.n;
  const rowsOfSeries = async (s: FixtureSeries) =>
    (
      await queryRows<{ n: number }>(
        rt.deps.db,
        sql`select ((select count(*) from seminar_registrations where series_id = ${s.id})
          + (select count(*) from seminar_attendance a join seminar_modules m on m.id = a.module_id where m.series_id = ${s.id})
          + (select count(*) from seminar_feedback f join seminar_modules m on m.id = f.module_id where m.series_id = ${s.id}))::int as n`,
      )
    )[0]!.n;

  before(async () => {
    rt = await createTestRuntime(backend);
    anna = (await createTestUser(rt.deps, { displayName: 'Anna Adler' })).id;
    bernd = (await createTestUser(rt.deps, { displayName: 'Bernd Bauer' })).id;
    editor = (await createTestUser(rt.deps, { siteRole: 'editor' })).id;
    series = await insertOperationsSeries(rt.deps.db, { slug: 'reihe-daten', modules: [{ title: 'Startwerkstatt', isPilot: true, inDays: -5 }] });
    const module = series.moduleIds[0]!;
    await insertSeminarRegistration(rt.deps.db, { seriesId: series.id, userId: anna, functionStatement: 'Bürgermeisterin' });
    await insertSeminarRegistration(rt.deps.db, { seriesId: series.id, userId: bernd });
    await insertSeminarAttendance(rt.deps.db, module, anna, editor);
    await insertSeminarAttendance(rt.deps.db, module, bernd, anna);
    await insertSeminarFeedback(rt.deps.db, { moduleId: module, userId: anna, rating: 4, comment: 'Gut vorbereitet.' });
  });
  after(async () => {
    await rt.close();
  });

  it("exports the person's registrations, attendance and feedback", async () => {
    const data = (await seminarsPersonalData.export(rt.deps.db, anna)) as {
      registrations: { series: string; scope: string; status: string; functionStatement: string; consentText: string }[];
      attendance: { moduleTitle: string }[];
      feedback: { rating: number; comment: string }[];
    };
    assert.equal(data.registrations.length, 1);
    assert.deepEqual(
      { ...data.registrations[0], registeredAt: undefined, confirmedAt: undefined },
      {
        series: 'Seminarreihe reihe-daten',
        module: null,
        scope: 'series',
        status: 'confirmed',
        organisationId: null,
        functionStatement: 'Bürgermeisterin',
        consentText: 'Ich willige in die Speicherung meiner Anmeldung ein.',
        registeredAt: undefined,
        confirmedAt: undefined,
        cancelledAt: null,
      },
    );
    assert.deepEqual(
      data.attendance.map((a) => a.moduleTitle),
      ['Startwerkstatt'],
    );
    assert.deepEqual(
      data.feedback.map((f) => [f.rating, f.comment]),
      [[4, 'Gut vorbereitet.']],
    );
  });

  it('deletes registrations and attendance with the account and keeps the feedback without the person', async () => {
    await rt.deps.db.transaction((tx) => seminarsPersonalData.erase(tx, anna));
    assert.equal(await count('seminar_registrations', anna), 0);
    assert.equal(await count('seminar_attendance', anna), 0);
    assert.equal(await count('seminar_feedback', anna), 0);
    const feedback = await queryRows<{ user_id: string | null; comment: string }>(rt.deps.db, sql`select user_id, comment from seminar_feedback`);
    assert.deepEqual(feedback, [{ user_id: null, comment: 'Gut vorbereitet.' }]);
    // Bernd's attendance stays, without the name of who checked him in
    assert.deepEqual(await queryRows(rt.deps.db, sql`select user_id, checked_in_by from seminar_attendance`), [{ user_id: bernd, checked_in_by: null }]);
    assert.equal(await count('seminar_registrations', bernd), 1);
  });

  it("removes a series' registrations, attendance and feedback once its retention period after the last session is over", async () => {
    const now = new Date();
    const recent = await insertOperationsSeries(rt.deps.db, { slug: 'reihe-frisch', retentionDays: 30, modules: [{ title: 'Gerade gehalten', inDays: -10 }] });
    const old = await insertOperationsSeries(rt.deps.db, {
      slug: 'reihe-alt',
      retentionDays: 30,
      modules: [
        { title: 'Lange her', inDays: -100 },
        { title: 'Auch lange her', inDays: -40 },
      ],
    });
    for (const s of [recent, old]) {
      // one person per series: the live-registration key counts 'series' across all series (see the hand-back)
      const person = (await createTestUser(rt.deps)).id;
      await insertSeminarRegistration(rt.deps.db, { seriesId: s.id, userId: person });
      await insertSeminarAttendance(rt.deps.db, s.moduleIds[0]!, person);
      await insertSeminarFeedback(rt.deps.db, { moduleId: s.moduleIds[0]!, userId: person, rating: 3 });
    }
    assert.equal(await removeExpiredSeminarData(rt.deps, now), 1);
    assert.equal(await rowsOfSeries(old), 0);
    assert.equal(await rowsOfSeries(recent), 3);
    assert.equal(await rowsOfSeries(series), 3, 'a series held five days ago keeps its data for a year');
    const audit = await queryRows<{ after: unknown }>(
      rt.deps.db,
      sql`select after from audit_log where action = 'seminars.series.removePersonalData' and subject_id = ${old.id}`,
    );
    assert.deepEqual(
      audit.map((a) => a.after),
      [{ registrations: 1, attendance: 1, feedback: 1 }],
    );
    // nothing is left to remove: a second sweep finds no series and writes nothing
    assert.equal(await removeExpiredSeminarData(rt.deps, now), 0);
    // the recent series' turn comes 30 days after its last session
    assert.equal(await removeExpiredSeminarData(rt.deps, new Date(now.getTime() + 21 * DAY_MS)), 1);
    assert.equal(await rowsOfSeries(recent), 0);
  });
});
