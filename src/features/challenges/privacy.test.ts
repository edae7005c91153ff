import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/client.ts';
import { createTestRuntime, eachBackend, type TestRuntime } from '../../testing/harness.ts';
import { challengesPersonalData } from './personal-data.ts';
import { removeExpiredChallengeData } from './retention-sweep.ts';
import { insertTestChallenge, insertTestOrganisationWithManager, insertTestSubmission } from './testing/fixtures.ts';

const DAY = 24 * 60 * 60 * 1000;

eachBackend('Call for Solutions: personal data and retention', (backend) => {
  let rt: TestRuntime;
  before(async () => {
    rt = await createTestRuntime(backend);
  });
  after(async () => {
    await rt.close();
  });
  const submissions = (challengeId: string) =>
    queryRows<{ id: string; submitter_id: string | null }>(
      rt.deps.db,
      sql`select id, submitter_id from challenge_submissions where challenge_id = ${challengeId}`,
    );

  it('exports questions, answers and submissions; erase unlinks the Q&A, deletes own drafts and undecided proposals, keeps winners without the person', async () => {
    const org = await insertTestOrganisationWithManager(rt.deps);
    const team = await insertTestOrganisationWithManager(rt.deps);
    const person = team.manager;
    const open = await insertTestChallenge(rt.deps.db, { organisationId: org.organisationId, title: 'Mitfahren im Dorf' });
    const decided = await insertTestChallenge(rt.deps.db, { organisationId: org.organisationId, phase: 'decided' });
    await rt.deps.db.execute(
      sql`insert into challenge_questions (challenge_id, asked_by, question, answer, answered_by, answered_at) values (${open.id}, ${person.id}, 'Gibt es Daten?', 'Ja.', ${org.manager.id}, now())`,
    );
    const ownOpen = await insertTestSubmission(rt.deps.db, { challengeId: open.id, submitterId: person.id, title: 'Eigener Vorschlag' });
    const teamOpen = await insertTestSubmission(rt.deps.db, { challengeId: open.id, submitterId: person.id, organisationId: team.organisationId });
    const winner = await insertTestSubmission(rt.deps.db, { challengeId: decided.id, submitterId: person.id, winner: true });

    const exported = (await challengesPersonalData.export(rt.deps.db, person.id)) as {
      questions: { question: string; answer: string }[];
      submissions: { title: string; status: string }[];
    };
    assert.deepEqual(
      exported.questions.map((q) => [q.question, q.answer]),
      [['Gibt es Daten?', 'Ja.']],
    );
    assert.equal(exported.submissions.length, 3);
    assert.ok(exported.submissions.some((s) => s.title === 'Eigener Vorschlag' && s.status === 'submitted'));
    const answers = (await challengesPersonalData.export(rt.deps.db, org.manager.id)) as { answersGiven: { answer: string }[] };
    assert.deepEqual(
      answers.answersGiven.map((a) => a.answer),
      ['Ja.'],
    );

    await rt.deps.db.transaction((tx) => challengesPersonalData.erase(tx, person.id));
    const q = await queryRows<{ asked_by: string | null; answer: string }>(
      rt.deps.db,
      sql`select asked_by, answer from challenge_questions where challenge_id = ${open.id}`,
    );
    assert.deepEqual(q, [{ asked_by: null, answer: 'Ja.' }]);
    assert.deepEqual(
      (await submissions(open.id)).map((s) => [s.id, s.submitter_id]),
      [[teamOpen, null]],
    );
    assert.ok(!(await submissions(open.id)).some((s) => s.id === ownOpen));
    assert.deepEqual(await submissions(decided.id), [{ id: winner, submitter_id: null }]);
  });

  it('removes the proposals that did not win retention_days after the decision, keeps the winner, unlinks askers', async () => {
    const org = await insertTestOrganisationWithManager(rt.deps);
    const decided = await insertTestChallenge(rt.deps.db, { organisationId: org.organisationId, phase: 'decided' });
    const winner = await insertTestSubmission(rt.deps.db, { challengeId: decided.id, submitterId: org.manager.id, winner: true });
    const loser = await insertTestSubmission(rt.deps.db, { challengeId: decided.id, submitterId: org.manager.id, organisationId: org.organisationId });
    await rt.deps.db.execute(sql`insert into challenge_questions (challenge_id, asked_by, question) values (${decided.id}, ${org.manager.id}, 'Frage?')`);
    // decided a day ago, kept 365 days: nothing is due yet
    await removeExpiredChallengeData(rt.deps, new Date());
    assert.equal((await submissions(decided.id)).length, 2);
    assert.equal(await removeExpiredChallengeData(rt.deps, new Date(Date.now() + 365 * DAY)), 1);
    assert.deepEqual(
      (await submissions(decided.id)).map((s) => s.id),
      [winner],
    );
    assert.ok(!(await submissions(decided.id)).some((s) => s.id === loser));
    const q = await queryRows<{ asked_by: string | null }>(rt.deps.db, sql`select asked_by from challenge_questions where challenge_id = ${decided.id}`);
    assert.deepEqual(q, [{ asked_by: null }]);
    // nothing left: not due again
    assert.equal(await removeExpiredChallengeData(rt.deps, new Date(Date.now() + 365 * DAY)), 0);
  });
});
