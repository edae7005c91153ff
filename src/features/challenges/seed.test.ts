import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { findUserByEmail } from '../../platform/auth/user-repository.ts';
import { queryRows } from '../../platform/db/client.ts';
import { searchDocuments } from '../../platform/search/index.ts';
import { TestClient } from '../../platform/testing/client.ts';
import { utcToBerlin } from '../../platform/time/berlin-time.ts';
import { seedDemoContent } from '../../runtime.ts';
import { createTestRuntime, eachBackend, type TestRuntime } from '../../testing/harness.ts';
import { DEMO_PASSWORD } from '../accounts/seed.ts';
import { getManagedOrganisations, getOrganisationBySlug } from '../organisations/service.ts';
import { jurorAssignments, ranking, reviewsOfSubject } from '../review/service.ts';
import { challengePath } from './core/paths.ts';
import { processKey, reviewCriteria } from './core/process.ts';
import { findChallengeById } from './core/repository.ts';
import { challengePhase, questionsOpen, reviewOpen, submissionOpen } from './core/rules.ts';
import { seedChallenges } from './seed.ts';
import { DECIDED_CHALLENGE, DEMO_STARTUP_EMAIL, DEMO_SUBMISSIONS, JURY_CHALLENGE, OPEN_CHALLENGE } from './seed-ids.ts';

const TABLES = [
  'users',
  'challenges',
  'challenge_criteria',
  'challenge_questions',
  'challenge_submissions',
  'review_assignments',
  'reviews',
  'review_scores',
  'search_documents',
] as const;

eachBackend('challenges: demo content', (backend) => {
  let rt: TestRuntime;
  before(async () => {
    rt = await createTestRuntime(backend);
    await seedDemoContent(rt.deps);
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
  const challenge = async (id: string) => (await findChallengeById(rt.deps.db, id))!;
  const organisationId = async (slug: string) => (await getOrganisationBySlug(rt.deps.db, slug))!.id;
  const submissions = (challengeId: string) =>
    queryRows<{
      id: string;
      status: string;
      organisation_id: string | null;
      submitter: string | null;
      winner: boolean;
      award_note: string;
      solution_id: string | null;
    }>(
      rt.deps.db,
      sql`select s.id, s.status, s.organisation_id, u.email as submitter, s.winner, s.award_note, s.solution_id
          from challenge_submissions s left join users u on u.id = s.submitter_id
          where s.challenge_id = ${challengeId} order by s.id`,
    );
  const questions = (challengeId: string) =>
    queryRows<{ asked_by: string | null; answer: string | null; answered_by: string | null; asked: number; answered: number | null }>(
      rt.deps.db,
      sql`select asked_by, answer, answered_by, extract(epoch from asked_at)::float8 as asked, extract(epoch from answered_at)::float8 as answered
          from challenge_questions where challenge_id = ${challengeId} order by asked_at`,
    );

  it('puts the three challenges of model municipalities in their phases, whatever the day', async () => {
    const now = new Date();
    const open = await challenge(OPEN_CHALLENGE.id);
    const jury = await challenge(JURY_CHALLENGE.id);
    const decided = await challenge(DECIDED_CHALLENGE.id);
    assert.deepEqual(
      [open, jury, decided].map((c) => [c.slug, c.status, challengePhase(c, now)]),
      [
        [OPEN_CHALLENGE.slug, 'published', 'open'],
        [JURY_CHALLENGE.slug, 'published', 'jury'],
        [DECIDED_CHALLENGE.slug, 'published', 'decided'],
      ],
    );
    assert.deepEqual(
      [open.organisationId, jury.organisationId, decided.organisationId],
      [await organisationId('kreis-schleswig-flensburg'), await organisationId('gemeinde-kirchbarkau'), await organisationId('stadt-nortorf')],
    );
    // Berlin calendar days: the moments have clock times, and rounding their distance would depend on the hour the test runs
    const day = (d: Date) => Date.parse(`${utcToBerlin(d).date}T00:00:00Z`) / 86_400_000;
    const days = (a: Date, b: Date) => day(a) - day(b);
    assert.equal(days(now, open.submissionOpensAt), 14, 'opened two weeks ago');
    assert.equal(days(open.submissionClosesAt, now), 28, 'closes in four weeks');
    assert.equal(days(open.questionsUntil, now), 14, 'questions for two more weeks');
    assert.ok(submissionOpen(open, now) && questionsOpen(open, now));
    assert.equal(days(now, jury.submissionClosesAt), 7, 'the deadline passed a week ago');
    assert.equal(days(jury.juryUntil, now), 21, 'the jury sits three more weeks');
    assert.ok(reviewOpen(jury, now) && !questionsOpen(jury, now) && !submissionOpen(jury, now));
    assert.equal(jury.blindReview, true);
    assert.equal(days(now, decided.decidedAt!), 21, 'decided three weeks ago');
    assert.ok(!reviewOpen(decided, now));
    const manager = await findUserByEmail(rt.deps.db, 'manager@demo.digitale-kommune.de');
    assert.equal(open.createdBy, manager!.id, 'manager@ wrote the open challenge of the Kreis');
    for (const c of [open, jury, decided]) {
      const criteria = await reviewCriteria(rt.deps.db, c.id);
      assert.equal(criteria.length, 3, c.slug);
      assert.ok(new Set(criteria.map((k) => k.weight)).size > 1, `${c.slug}: the criteria weigh differently`);
      assert.ok(c.publishedAt! < c.submissionOpensAt && c.approvedBy !== null);
    }
  });

  it('has public questions and answers: two answered and one open on the open challenge, all answered on the others', async () => {
    const open = await questions(OPEN_CHALLENGE.id);
    assert.deepEqual(
      open.map((q) => q.answer !== null),
      [true, true, false],
    );
    const author = (await challenge(OPEN_CHALLENGE.id)).createdBy;
    assert.ok(
      open.every((q) => q.asked_by !== null && q.asked_by !== author),
      'asked by people of the network',
    );
    assert.ok(open.filter((q) => q.answer).every((q) => q.answered_by === author && q.answered! > q.asked));
    for (const id of [JURY_CHALLENGE.id, DECIDED_CHALLENGE.id]) {
      const answered = await questions(id);
      assert.equal(answered.length, 2);
      assert.ok(answered.every((q) => q.answer !== null));
      const c = await challenge(id);
      assert.ok(
        answered.every((q) => q.asked * 1000 < c.questionsUntil.getTime()),
        'asked before the Q&A date',
      );
    }
  });

  it('has the open challenge’s submissions, none of startup@, so that the start-up can submit', async () => {
    const rows = await submissions(OPEN_CHALLENGE.id);
    assert.deepEqual(
      rows.map((s) => [s.id, s.status]),
      [
        [DEMO_SUBMISSIONS.openSubmitted, 'submitted'],
        [DEMO_SUBMISSIONS.openDraft, 'draft'],
      ],
    );
    assert.equal(rows[0]!.organisation_id, await organisationId('dorfgemeinschaft-angeln-digital-e-v'));
    assert.ok(rows.every((s) => s.submitter !== DEMO_STARTUP_EMAIL && s.submitter !== null));
  });

  it('gives the jury four submissions and a withdrawn one; jury@ has reviewed two, drafted one and not yet declared for the start-up’s', async () => {
    const rows = await submissions(JURY_CHALLENGE.id);
    assert.deepEqual(rows.map((s) => s.status).sort(), ['submitted', 'submitted', 'submitted', 'submitted', 'withdrawn']);
    const startup = rows.find((s) => s.id === DEMO_SUBMISSIONS.juryStartup)!;
    assert.equal(startup.submitter, DEMO_STARTUP_EMAIL);
    assert.equal(startup.organisation_id, await organisationId('nordlicht-software-gmbh'));
    assert.equal(rows.filter((s) => s.organisation_id === null && s.status === 'submitted').length, 1, 'a person on their own');

    const juror = (await findUserByEmail(rt.deps.db, 'jury@demo.digitale-kommune.de'))!;
    const assignments = await jurorAssignments(rt.deps.db, juror.id, processKey(JURY_CHALLENGE.id));
    const state = new Map(assignments.map((a) => [a.subjectId, [a.conflict, a.reviewStatus]]));
    assert.deepEqual(Object.fromEntries(state), {
      [DEMO_SUBMISSIONS.juryStartup]: [null, null],
      [DEMO_SUBMISSIONS.juryReviewed[0]]: ['none', 'submitted'],
      [DEMO_SUBMISSIONS.juryReviewed[1]]: ['none', 'submitted'],
      [DEMO_SUBMISSIONS.juryDraftReview]: ['none', 'draft'],
    });
    const [reviewed] = await reviewsOfSubject(rt.deps.db, DEMO_SUBMISSIONS.juryReviewed[0]);
    assert.equal(reviewed!.scores.size, 3, 'every criterion scored');
  });

  it('decided with two winners with their award notes, the start-up’s not yet a solution, ranked first by the jury', async () => {
    const rows = await submissions(DECIDED_CHALLENGE.id);
    const winners = rows.filter((s) => s.winner);
    assert.deepEqual(
      winners.map((s) => s.id),
      [DEMO_SUBMISSIONS.decidedStartupWinner, DEMO_SUBMISSIONS.decidedWinner],
    );
    assert.ok(winners.every((s) => s.award_note !== '' && s.organisation_id !== null));
    assert.equal(winners[0]!.submitter, DEMO_STARTUP_EMAIL);
    assert.equal(winners[0]!.solution_id, null, 'the start-up turns it into a solution in the browser test');
    assert.notEqual(winners[1]!.solution_id, null, 'Kiel’s winner is its solution profile in the library');
    assert.ok(rows.filter((s) => !s.winner).every((s) => s.award_note === '' && s.status === 'submitted'));

    const ranked = await ranking(rt.deps.db, {
      processKey: processKey(DECIDED_CHALLENGE.id),
      subjectIds: rows.map((s) => s.id),
      criteria: await reviewCriteria(rt.deps.db, DECIDED_CHALLENGE.id),
    });
    assert.ok(ranked.every((r) => r.submitted === 1 && r.missing === 0));
    const byRank = [...ranked].sort((a, b) => a.rank! - b.rank!).map((r) => r.subjectId);
    assert.deepEqual(byRank.slice(0, 2), [DEMO_SUBMISSIONS.decidedStartupWinner, DEMO_SUBMISSIONS.decidedWinner], 'the editors chose the two best');
  });

  it('lets startup@ log in with the demo password as the manager of Nordlicht Software GmbH', async () => {
    const client = new TestClient(rt.app);
    assert.equal((await client.login(DEMO_STARTUP_EMAIL, DEMO_PASSWORD)).statusCode, 303);
    const startup = (await findUserByEmail(rt.deps.db, DEMO_STARTUP_EMAIL))!;
    assert.equal(startup.displayName, 'Lena Brandt');
    assert.equal(startup.siteRole, 'member');
    assert.deepEqual(
      (await getManagedOrganisations(rt.deps.db, startup.id)).map((o) => o.slug),
      ['nordlicht-software-gmbh'],
    );
  });

  it('lets the search find the published challenges', async () => {
    const found = await searchDocuments(rt.deps.db, { query: 'Rufbus Mitfahrbank', types: ['challenge'], page: 1, pageSize: 10 });
    assert.deepEqual(
      found.items.map((hit) => hit.url),
      [challengePath(OPEN_CHALLENGE.slug)],
    );
    const all = await queryRows<{ n: number }>(rt.deps.db, sql`select count(*)::int as n from search_documents where feature = 'challenges' and published`);
    assert.equal(all[0]!.n, 3);
  });

  it('adds nothing on a second run and leaves a changed challenge as it is', async () => {
    const first = await counts();
    await rt.deps.db.execute(sql`update challenges set title = 'Von Hand geändert' where id = ${OPEN_CHALLENGE.id}`);
    await rt.deps.db.execute(sql`delete from challenge_questions where challenge_id = ${OPEN_CHALLENGE.id} and answer is null`);
    await seedChallenges(rt.deps);
    await seedDemoContent(rt.deps);
    assert.deepEqual(await counts(), { ...first, challenge_questions: first.challenge_questions! - 1 }, 'the removed question stays removed');
    assert.equal((await challenge(OPEN_CHALLENGE.id)).title, 'Von Hand geändert');
  });
});
