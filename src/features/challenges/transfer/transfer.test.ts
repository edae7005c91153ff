import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../../testing/harness.ts';
import { editSolutionPath } from '../../solutions/service.ts';
import { submissionPath } from '../core/paths.ts';
import { insertTestChallenge, insertTestOrganisationWithManager, insertTestSubmission } from '../testing/fixtures.ts';

eachBackend('Call for Solutions: a winner becomes a solution profile', (backend) => {
  let rt: TestRuntime;
  let municipality: Awaited<ReturnType<typeof insertTestOrganisationWithManager>>;

  const solutionsOf = (organisationId: string) =>
    queryRows<{ id: string; status: string; title: string; summary: string; problem: string; approach: string; fields_of_action: string[] }>(
      rt.deps.db,
      sql`select id, status, title, summary, problem, approach, fields_of_action from solutions where owner_organisation_id = ${organisationId}`,
    );
  const solutionIdOf = async (submissionId: string) =>
    (await queryRows<{ solution_id: string | null }>(rt.deps.db, sql`select solution_id from challenge_submissions where id = ${submissionId}`))[0]!
      .solution_id;
  async function signedIn(user: { email: string; password: string }) {
    const client = new TestClient(rt.app);
    assert.equal((await client.login(user.email, user.password)).statusCode, 303);
    return client;
  }

  before(async () => {
    rt = await createTestRuntime(backend);
    municipality = await insertTestOrganisationWithManager(rt.deps);
  });
  after(async () => {
    await rt.close();
  });

  it('makes a draft of the organisation submitted for, with the texts and fields of action; a second confirmation makes none', async () => {
    const startup = await insertTestOrganisationWithManager(rt.deps, { type: 'unternehmen', name: 'Nordlicht Software GmbH' });
    const challenge = await insertTestChallenge(rt.deps.db, { organisationId: municipality.organisationId, phase: 'decided' });
    await rt.deps.db.execute(sql`update challenges set fields_of_action = ${'{mobilitaet}'}::text[] where id = ${challenge.id}`);
    const submissionId = await insertTestSubmission(rt.deps.db, {
      challengeId: challenge.id,
      submitterId: startup.manager.id,
      organisationId: startup.organisationId,
      title: 'Mitfahrbank digital',
      winner: true,
    });
    const client = await signedIn(startup.manager);
    const page = await client.get(submissionPath(submissionId, 'loesung'));
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Nordlicht Software GmbH/);
    const created = await client.postForm(submissionPath(submissionId, 'loesung'), {});
    assert.equal(created.statusCode, 303);
    const [solution, ...more] = await solutionsOf(startup.organisationId);
    assert.equal(more.length, 0);
    assert.equal(created.location, editSolutionPath(solution!.id));
    assert.deepEqual(
      {
        status: solution!.status,
        title: solution!.title,
        summary: solution!.summary,
        problem: solution!.problem,
        approach: solution!.approach,
        fields: solution!.fields_of_action,
      },
      {
        status: 'draft',
        title: 'Mitfahrbank digital',
        summary: 'Eine App, in der Nachbarn Fahrten anbieten.',
        problem: 'Der Bus fährt zweimal am Tag.',
        approach: 'Die App zeigt Fahrten im Amt.',
        fields: ['mobilitaet'],
      },
    );
    assert.equal(await solutionIdOf(submissionId), solution!.id);
    // the same form again, and a fresh one: still one solution
    assert.equal((await client.postForm(submissionPath(submissionId, 'loesung'), {})).location, editSolutionPath(solution!.id));
    const fresh = await client.postForm(
      submissionPath(submissionId, 'loesung'),
      { _submission: randomUUID() },
      { csrfFrom: submissionPath(submissionId, 'loesung') },
    );
    assert.equal(fresh.statusCode, 303);
    assert.equal((await solutionsOf(startup.organisationId)).length, 1);
    assert.match((await client.get(submissionPath(submissionId, 'loesung'))).body, new RegExp(editSolutionPath(solution!.id)));
  });

  it('lets a person on their own choose an organisation they manage; a forged one is 400 and stores nothing; none managed: a link to create one', async () => {
    const challenge = await insertTestChallenge(rt.deps.db, { organisationId: municipality.organisationId, phase: 'decided' });
    const own = await insertTestOrganisationWithManager(rt.deps, { type: 'zivilgesellschaft', name: 'Dorfverein Musterhausen' });
    const person = own.manager;
    const submissionId = await insertTestSubmission(rt.deps.db, { challengeId: challenge.id, submitterId: person.id, winner: true });
    const client = await signedIn(person);
    assert.match((await client.get(submissionPath(submissionId, 'loesung'))).body, /Dorfverein Musterhausen/);
    const forged = await client.postForm(submissionPath(submissionId, 'loesung'), { organisationId: municipality.organisationId });
    assert.equal(forged.statusCode, 400);
    assert.match(forged.body, /Organisationen, die Sie verwalten/);
    assert.equal((await solutionsOf(municipality.organisationId)).length, 0);
    assert.equal(await solutionIdOf(submissionId), null);
    await client.get(submissionPath(submissionId, 'loesung'));
    const made = await client.postForm(submissionPath(submissionId, 'loesung'), { organisationId: own.organisationId });
    assert.equal(made.statusCode, 303);
    assert.equal((await solutionsOf(own.organisationId)).length, 1);

    const loner = await createTestUser(rt.deps);
    const lonerSubmission = await insertTestSubmission(rt.deps.db, { challengeId: challenge.id, submitterId: loner.id, winner: true });
    const lonerPage = await (await signedIn(loner)).get(submissionPath(lonerSubmission, 'loesung'));
    assert.equal(lonerPage.statusCode, 200);
    assert.match(lonerPage.body, /href="\/netzwerk\/organisationen\/neu"/);
    assert.doesNotMatch(lonerPage.body, /Lösungsprofil anlegen/);
  });

  it('refuses a proposal that did not win (404), an undecided challenge (409), someone else’s submission (404)', async () => {
    const startup = await insertTestOrganisationWithManager(rt.deps);
    const decided = await insertTestChallenge(rt.deps.db, { organisationId: municipality.organisationId, phase: 'decided' });
    const jury = await insertTestChallenge(rt.deps.db, { organisationId: municipality.organisationId, phase: 'jury' });
    const loser = await insertTestSubmission(rt.deps.db, { challengeId: decided.id, submitterId: startup.manager.id });
    const withdrawnWinner = await insertTestSubmission(rt.deps.db, {
      challengeId: decided.id,
      submitterId: startup.manager.id,
      organisationId: startup.organisationId,
      status: 'withdrawn',
      winner: true,
    });
    const pending = await insertTestSubmission(rt.deps.db, { challengeId: jury.id, submitterId: startup.manager.id, winner: true });
    const client = await signedIn(startup.manager);
    assert.equal((await client.get(submissionPath(loser, 'loesung'))).statusCode, 404);
    assert.equal((await client.get(submissionPath(withdrawnWinner, 'loesung'))).statusCode, 404);
    const notYet = await client.get(submissionPath(pending, 'loesung'));
    assert.equal(notYet.statusCode, 409);
    assert.match(notYet.body, /Noch nicht entschieden/);
    assert.equal((await client.postForm(submissionPath(pending, 'loesung'), { organisationId: startup.organisationId }, { csrfFrom: '/' })).statusCode, 409);

    const winner = await insertTestSubmission(rt.deps.db, { challengeId: decided.id, submitterId: municipality.manager.id, winner: true });
    assert.equal((await client.get(submissionPath(winner, 'loesung'))).statusCode, 404);
    assert.equal((await client.postForm(submissionPath(winner, 'loesung'), { organisationId: startup.organisationId }, { csrfFrom: '/' })).statusCode, 404);
    assert.equal((await solutionsOf(startup.organisationId)).length, 0);
  });
});
