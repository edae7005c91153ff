import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { TestClient } from '../../../platform/testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../../testing/harness.ts';
import { answerPath, questionsPath } from '../core/paths.ts';
import { insertTestChallenge, insertTestOrganisationWithManager } from '../testing/fixtures.ts';
import { LIMITS } from './routes.ts';

eachBackend('Call for Solutions: questions and answers', (backend) => {
  let rt: TestRuntime;
  let org: Awaited<ReturnType<typeof insertTestOrganisationWithManager>>;

  const questions = (challengeId: string) =>
    queryRows<{ id: string; question: string; answer: string | null; asked_by: string | null; answered_by: string | null }>(
      rt.deps.db,
      sql`select id, question, answer, asked_by, answered_by from challenge_questions where challenge_id = ${challengeId} order by asked_at`,
    );
  async function signedIn(user?: { id: string; email: string; password: string }) {
    const person = user ?? (await createTestUser(rt.deps));
    const client = new TestClient(rt.app);
    assert.equal((await client.login(person.email, person.password)).statusCode, 303);
    return { client, person };
  }

  before(async () => {
    rt = await createTestRuntime(backend);
    org = await insertTestOrganisationWithManager(rt.deps);
  });
  after(async () => {
    await rt.close();
  });

  it('takes a question once, shows it to its asker only until answered, mails the managers; the owner answers and the asker hears once', async () => {
    const challenge = await insertTestChallenge(rt.deps.db, { organisationId: org.organisationId });
    const asker = await signedIn();
    const other = await signedIn();

    await asker.client.get(questionsPath(challenge.slug));
    const asked = await asker.client.postForm(questionsPath(challenge.slug), { question: 'Dürfen wir die Fahrplandaten des Kreises nutzen?' });
    assert.equal(asked.statusCode, 303);
    // a double click: the same submission id again stores nothing more
    assert.equal(
      (await asker.client.postForm(questionsPath(challenge.slug), { question: 'Dürfen wir die Fahrplandaten des Kreises nutzen?' })).statusCode,
      303,
    );
    const [stored, ...more] = await questions(challenge.id);
    assert.equal(more.length, 0);
    assert.equal(stored!.asked_by, asker.person.id);

    const own = await asker.client.open(questionsPath(challenge.slug));
    assert.match(own.body, /Ihre Frage ist gesendet/);
    assert.match(own.body, /Dürfen wir die Fahrplandaten des Kreises nutzen\? \(noch nicht beantwortet\)/);
    assert.doesNotMatch((await other.client.get(questionsPath(challenge.slug))).body, /Fahrplandaten/);
    assert.doesNotMatch((await new TestClient(rt.app).get(questionsPath(challenge.slug))).body, /Fahrplandaten/);

    const owner = await signedIn(org.manager);
    const ownerPage = await owner.client.get(questionsPath(challenge.slug));
    assert.match(ownerPage.body, /Fahrplandaten/);
    assert.ok(ownerPage.body.includes(`action="${answerPath(challenge.slug, stored!.id)}"`));
    // someone who does not own the challenge cannot answer: 404, nothing stored
    assert.equal(
      (await other.client.postForm(answerPath(challenge.slug, stored!.id), { answer: 'Ja.' }, { csrfFrom: questionsPath(challenge.slug) })).statusCode,
      404,
    );

    // empty answer: the question again with the error, 400
    const empty = await owner.client.postForm(answerPath(challenge.slug, stored!.id), { answer: '  ' });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /Bitte geben Sie die Antwort ein/);
    assert.equal((await questions(challenge.id))[0]!.answer, null);

    await owner.client.get(questionsPath(challenge.slug));
    const answered = await owner.client.postForm(answerPath(challenge.slug, stored!.id), { answer: 'Ja, die GTFS-Daten stehen unter CC BY 4.0.' });
    assert.equal(answered.statusCode, 303);
    await owner.client.get(questionsPath(challenge.slug));
    assert.equal(
      (await owner.client.postForm(answerPath(challenge.slug, stored!.id), { answer: 'Ja, die GTFS-Daten stehen unter CC BY 4.0 (Lizenz geändert).' }))
        .statusCode,
      303,
    );
    const [done] = await questions(challenge.id);
    assert.equal(done!.answer, 'Ja, die GTFS-Daten stehen unter CC BY 4.0 (Lizenz geändert).');
    assert.equal(done!.answered_by, org.manager.id);

    const publicPage = await new TestClient(rt.app).get(questionsPath(challenge.slug));
    assert.match(publicPage.body, /Fahrplandaten/);
    assert.match(publicPage.body, /Lizenz geändert/);
    assert.doesNotMatch(publicPage.body, /Erika Mustermann|person-/, 'the asker is not named');
    assert.match(publicPage.body, /Anmelden, um eine Frage zu stellen/);

    await rt.runJobs();
    const toManager = rt.mails.filter((m) => m.to === org.manager.email);
    assert.equal(toManager.length, 1);
    assert.match(toManager[0]!.subject, /Neue Frage/);
    const toAsker = rt.mails.filter((m) => m.to === asker.person.email);
    assert.equal(toAsker.length, 1, 'the asker is mailed once, not again for the changed answer');
    assert.match(toAsker[0]!.text, /CC BY 4\.0\./);
    assert.ok(toAsker[0]!.text.includes(`http://localhost${questionsPath(challenge.slug)}`));
  });

  it('refuses a question after the Q&A date to the second (409, nothing stored), an empty or too long one (400), on a decided or draft challenge', async () => {
    const closing = new Date(Date.now() + 1500);
    const challenge = await insertTestChallenge(rt.deps.db, { organisationId: org.organisationId, questionsUntil: closing });
    const asker = await signedIn();
    await asker.client.get(questionsPath(challenge.slug));
    const empty = await asker.client.postForm(questionsPath(challenge.slug), { question: '' });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /Bitte geben Sie Ihre Frage ein/);
    const long = await asker.client.postForm(questionsPath(challenge.slug), { question: 'x'.repeat(2001) });
    assert.equal(long.statusCode, 400);
    assert.ok(long.body.includes('x'.repeat(2001)), 'the input is kept');
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, closing.getTime() - Date.now())));
    const late = await asker.client.postForm(questionsPath(challenge.slug), { question: 'Noch eine Frage?' });
    assert.equal(late.statusCode, 409);
    assert.match(late.body, /Fragen waren bis .* möglich/);
    assert.equal((await questions(challenge.id)).length, 0);
    assert.match((await asker.client.get(questionsPath(challenge.slug))).body, /Fragen waren bis/);

    const decided = await insertTestChallenge(rt.deps.db, { organisationId: org.organisationId, phase: 'decided' });
    assert.equal((await asker.client.postForm(questionsPath(decided.slug), { question: 'Gibt es eine zweite Runde?' })).statusCode, 409);
    const draft = await insertTestChallenge(rt.deps.db, { organisationId: org.organisationId, phase: 'draft' });
    assert.equal((await asker.client.postForm(questionsPath(draft.slug), { question: 'Wann geht es los?' }, { csrfFrom: '/' })).statusCode, 404);
    const owner = await signedIn(org.manager);
    assert.equal((await owner.client.postForm(questionsPath(draft.slug), { question: 'Wann geht es los?' })).statusCode, 409);
    assert.equal((await questions(decided.id)).length + (await questions(draft.id)).length, 0);
  });

  it('lets owners answer after the Q&A date; answers 404 for a question of another challenge', async () => {
    const challenge = await insertTestChallenge(rt.deps.db, { organisationId: org.organisationId, phase: 'questionsClosed' });
    const other = await insertTestChallenge(rt.deps.db, { organisationId: org.organisationId });
    const [q] = await queryRows<{ id: string }>(
      rt.deps.db,
      sql`insert into challenge_questions (challenge_id, question) values (${challenge.id}, 'Gibt es Bestandsdaten?') returning id`,
    );
    const owner = await signedIn(org.manager);
    await owner.client.get(questionsPath(challenge.slug));
    assert.equal((await owner.client.postForm(answerPath(other.slug, q!.id), { answer: 'Nein.' }, { csrfFrom: questionsPath(other.slug) })).statusCode, 404);
    assert.equal((await owner.client.postForm(answerPath(challenge.slug, randomUUID()), { answer: 'Nein.' })).statusCode, 404);
    await owner.client.get(questionsPath(challenge.slug));
    assert.equal((await owner.client.postForm(answerPath(challenge.slug, q!.id), { answer: 'Ja, seit 2019.' })).statusCode, 303);
    assert.equal((await questions(challenge.id))[0]!.answer, 'Ja, seit 2019.');
    assert.equal((await questions(other.id)).length, 0);
  });

  it(`limits questions to ${LIMITS.questionsPerPerson.max} per person and hour (429)`, async () => {
    const challenge = await insertTestChallenge(rt.deps.db, { organisationId: org.organisationId });
    const asker = await signedIn();
    for (let i = 0; i < LIMITS.questionsPerPerson.max; i++) {
      await asker.client.get(questionsPath(challenge.slug));
      assert.equal((await asker.client.postForm(questionsPath(challenge.slug), { question: `Frage ${i}` })).statusCode, 303);
    }
    await asker.client.get(questionsPath(challenge.slug));
    assert.equal((await asker.client.postForm(questionsPath(challenge.slug), { question: 'Eine zu viel' })).statusCode, 429);
    assert.equal((await questions(challenge.id)).length, LIMITS.questionsPerPerson.max);
  });
});
