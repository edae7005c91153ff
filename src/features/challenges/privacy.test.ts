import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/client.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../testing/harness.ts';
import { assignJurors } from '../review/service.ts';
import { processKey } from './core/process.ts';
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
  /** A juror assigned to these proposals through the review engine, as the jury's editors do. */
  const assignJuror = async (challengeId: string, subjectIds: string[]) => {
    const juror = await createTestUser(rt.deps, { siteRole: 'juror' });
    const outcome = await assignJurors(rt.deps.db, { actor: juror, processKey: processKey(challengeId), subjectIds, jurorIds: [juror.id] });
    assert.equal(outcome.kind, 'assigned');
  };
  const assignedSubjects = async (challengeId: string) =>
    (
      await queryRows<{ subject_id: string }>(
        rt.deps.db,
        sql`select subject_id from review_assignments where process_key = ${processKey(challengeId)} order by subject_id`,
      )
    ).map((r) => r.subject_id);
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
    await assignJuror(open.id, [ownOpen, teamOpen]);

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
    assert.deepEqual(await assignedSubjects(open.id), [teamOpen], 'the jury’s assignment of the deleted proposal went with it');
  });

  it('removes the proposals that did not win retention_days after the decision, keeps the winner, unlinks askers', async () => {
    const org = await insertTestOrganisationWithManager(rt.deps);
    const decided = await insertTestChallenge(rt.deps.db, { organisationId: org.organisationId, phase: 'decided' });
    const winner = await insertTestSubmission(rt.deps.db, { challengeId: decided.id, submitterId: org.manager.id, winner: true });
    const loser = await insertTestSubmission(rt.deps.db, { challengeId: decided.id, submitterId: org.manager.id, organisationId: org.organisationId });
    await rt.deps.db.execute(sql`insert into challenge_questions (challenge_id, asked_by, question) values (${decided.id}, ${org.manager.id}, 'Frage?')`);
    await assignJuror(decided.id, [winner, loser]);
    // decided a day ago, kept 365 days: nothing is due yet
    await removeExpiredChallengeData(rt.deps, new Date());
    assert.equal((await submissions(decided.id)).length, 2);
    assert.equal(await removeExpiredChallengeData(rt.deps, new Date(Date.now() + 365 * DAY)), 1);
    assert.deepEqual(
      (await submissions(decided.id)).map((s) => s.id),
      [winner],
    );
    assert.ok(!(await submissions(decided.id)).some((s) => s.id === loser));
    assert.deepEqual(await assignedSubjects(decided.id), [winner], 'the reviews of the removed proposal went with it');
    const q = await queryRows<{ asked_by: string | null }>(rt.deps.db, sql`select asked_by from challenge_questions where challenge_id = ${decided.id}`);
    assert.deepEqual(q, [{ asked_by: null }]);
    // nothing left: not due again
    assert.equal(await removeExpiredChallengeData(rt.deps, new Date(Date.now() + 365 * DAY)), 0);
  });
});
