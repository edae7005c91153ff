import { findUserByEmail, insertUser, type UserRow } from '../../platform/auth/user-repository.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { berlinToUtc, utcToBerlin } from '../../platform/time/berlin-time.ts';
import { getOrganisationBySlug } from '../organisations/service.ts';
import { assignJurors, declareConflict, jurorAssignments, saveReview } from '../review/service.ts';
import { listPublishedSolutionsForChoice } from '../solutions/service.ts';
import { processKey, reviewCriteria } from './core/process.ts';
import { teamKey } from './core/rules.ts';
import { indexChallenge } from './core/search-document.ts';
import { insertDemoChallenge, insertDemoCriteria, insertDemoQuestions, insertDemoSubmissions } from './demo-repository.ts';
import { DEMO_CHALLENGE_PEOPLE, DEMO_CHALLENGES, DEMO_EDITOR_EMAIL, DEMO_JUROR_EMAIL, type DemoChallenge, type DemoMoment } from './seed-challenges.ts';
import { demoCriterionId, demoQuestionId } from './seed-ids.ts';
import { DEMO_CHALLENGE_REVIEWS, DEMO_CHALLENGE_SUBMISSIONS } from './seed-submissions.ts';

/** The instant of a demo moment, counted in Berlin calendar days from today. */
type Clock = (moment: DemoMoment) => Date;

function clockAt(now: Date): Clock {
  const [y, m, d] = utcToBerlin(now).date.split('-').map(Number) as [number, number, number];
  return ([days, time]) => berlinToUtc(new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10), time);
}

/**
 * The account of a person of the demo: the demo accounts and the network's people by address;
 * a network person who is not there is made without a password (nobody logs in as them). A demo
 * account that is not there is not made here: it would have no password.
 */
async function person(tx: Executor, email: string): Promise<UserRow | undefined> {
  const found = await findUserByEmail(tx, email);
  if (found) return found;
  const displayName = DEMO_CHALLENGE_PEOPLE[email];
  return displayName ? insertUser(tx, { email, displayName, passwordHash: null, emailVerifiedAt: new Date() }) : undefined;
}

async function seedQuestions(tx: Executor, demo: DemoChallenge, c: number, authorId: string | null, at: Clock): Promise<void> {
  const rows = [];
  for (const [n, q] of demo.questions.entries()) {
    rows.push({
      id: demoQuestionId(c, n + 1),
      challengeId: demo.id,
      askedBy: (await person(tx, q.askedBy))?.id ?? null,
      question: q.question,
      askedAt: at(q.askedAt),
      answer: q.answer?.text ?? null,
      answeredBy: q.answer ? authorId : null,
      answeredAt: q.answer ? at(q.answer.at) : null,
    });
  }
  await insertDemoQuestions(tx, rows);
}

/** The submissions of the challenge whose submitter and organisation exist; the ids of those stored. */
async function seedSubmissions(tx: Executor, demo: DemoChallenge, at: Clock): Promise<string[]> {
  const solutions = new Map((await listPublishedSolutionsForChoice(tx)).map((s) => [s.slug, s.id]));
  const rows = [];
  for (const s of DEMO_CHALLENGE_SUBMISSIONS.filter((s) => s.challengeId === demo.id)) {
    const submitter = await person(tx, s.submitter);
    const organisationId = s.organisation ? (await getOrganisationBySlug(tx, s.organisation))?.id : null;
    if (!submitter || organisationId === undefined) continue;
    const submittedAt = s.submitted ? at(s.submitted) : null;
    const withdrawnAt = s.withdrawn ? at(s.withdrawn) : null;
    rows.push({
      id: s.id,
      challengeId: demo.id,
      submitterId: submitter.id,
      organisationId,
      teamKey: teamKey({ organisationId, userId: submitter.id }),
      status: s.status,
      title: s.title,
      summary: s.summary,
      description: s.description,
      team: s.team,
      references: s.references,
      costs: s.costs,
      createdAt: at(s.created),
      updatedAt: withdrawnAt ?? submittedAt ?? at(s.created),
      submittedAt,
      withdrawnAt,
      winner: s.award !== undefined,
      awardNote: s.award ?? '',
      solutionId: s.solution ? (solutions.get(s.solution) ?? null) : null,
    });
  }
  return insertDemoSubmissions(tx, rows);
}

/**
 * The demo juror's assignments and reviews through the review engine, as an editor assigns and
 * the juror declares and scores. The engine takes the review phase as open: for the decided
 * challenge these are the reviews written while its jury sat.
 */
async function seedReviews(tx: Executor, challengeId: string, submissionIds: string[]): Promise<void> {
  const [editor, juror] = await Promise.all([findUserByEmail(tx, DEMO_EDITOR_EMAIL), findUserByEmail(tx, DEMO_JUROR_EMAIL)]);
  if (!editor || !juror || juror.siteRole !== 'juror') return;
  const demos = DEMO_CHALLENGE_REVIEWS.filter((r) => submissionIds.includes(r.submissionId));
  if (demos.length === 0) return;
  const key = processKey(challengeId);
  const assigned = await assignJurors(tx, { actor: editor, processKey: key, subjectIds: demos.map((r) => r.submissionId), jurorIds: [juror.id] });
  if (assigned.kind !== 'assigned') return;
  const assignments = new Map((await jurorAssignments(tx, juror.id, key)).map((a) => [a.subjectId, a.id]));
  const criteria = await reviewCriteria(tx, challengeId);
  for (const demo of demos) {
    const assignmentId = assignments.get(demo.submissionId);
    if (!assignmentId || demo.state === 'undeclared') continue;
    await declareConflict(tx, { juror, assignmentId, conflict: false, note: '' });
    const scores = new Map(demo.scores.flatMap(([score, comment], i) => (criteria[i] ? [[criteria[i].id, { score, comment }] as const] : [])));
    await saveReview(tx, {
      juror,
      assignmentId,
      criteria,
      input: { scores, recommendation: demo.recommendation, comment: demo.comment },
      submit: demo.state === 'submitted',
      open: true,
    });
  }
}

/** One challenge with its criteria, questions, submissions and reviews, if it is not there yet. */
async function seedChallenge(tx: Executor, demo: DemoChallenge, c: number, at: Clock): Promise<void> {
  const organisation = await getOrganisationBySlug(tx, demo.organisation);
  if (!organisation) return;
  const author = await person(tx, demo.author);
  const editor = await findUserByEmail(tx, DEMO_EDITOR_EMAIL);
  const t = demo.timeline;
  const isNew = await insertDemoChallenge(tx, {
    id: demo.id,
    slug: demo.slug,
    status: 'published',
    organisationId: organisation.id,
    title: demo.title,
    summary: demo.summary,
    problem: demo.problem,
    context: demo.context,
    affected: demo.affected,
    dataAvailable: demo.dataAvailable,
    constraints: demo.constraints,
    success: demo.success,
    prize: demo.prize,
    eligibility: demo.eligibility,
    fieldsOfAction: demo.fieldsOfAction,
    blindReview: demo.blindReview,
    questionsUntil: at(t.questionsUntil),
    submissionOpensAt: at(t.opens),
    submissionClosesAt: at(t.closes),
    juryUntil: at(t.juryUntil),
    announcementAt: at(t.announcement),
    contact: demo.contact,
    createdBy: author?.id ?? null,
    createdAt: at(t.created),
    updatedAt: at(t.decided ?? t.published),
    sentForReviewAt: at(t.sentForReview),
    approvedBy: editor?.id ?? null,
    publishedAt: at(t.published),
    decidedAt: t.decided ? at(t.decided) : null,
  });
  if (!isNew) return;
  await insertDemoCriteria(
    tx,
    demo.criteria.map((criterion, n) => ({ id: demoCriterionId(c, n + 1), challengeId: demo.id, position: n + 1, ...criterion })),
  );
  await seedQuestions(tx, demo, c, author?.id ?? null, at);
  await seedReviews(tx, demo.id, await seedSubmissions(tx, demo, at));
  await indexChallenge(tx, demo.id);
}

/**
 * The Call for Solutions' demo content (seed-challenges.ts, seed-submissions.ts): three
 * published challenges of model municipalities of seed 001 – the Kreis Schleswig-Flensburg's
 * open for submissions, the Gemeinde Kirchbarkau's with the jury, the Stadt Nortorf's decided
 * with two winners – with their questions, submissions and the demo juror's reviews, in the
 * search. Dates count from today, so the phases hold whenever the demo is first loaded. Runs on
 * every start after the accounts, organisations, network and solutions, one transaction per
 * challenge; once a challenge is there nothing of it is touched again.
 */
export async function seedChallenges(deps: AppDeps): Promise<void> {
  const at = clockAt(new Date());
  for (const [i, demo] of DEMO_CHALLENGES.entries()) {
    await deps.db.transaction((tx) => seedChallenge(tx, demo, i + 1, at));
  }
}
