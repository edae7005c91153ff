import { findUserByEmail } from '../../platform/auth/user-repository.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { DAY_MS } from '../../platform/retention/periods.ts';
import { berlinToUtc, utcToBerlin } from '../../platform/time/berlin-time.ts';
import { listFundedProjectsOf } from '../competition/service.ts';
import { getOrganisationBySlug } from '../organisations/service.ts';
import { listPublishedSolutionsForChoice } from '../solutions/service.ts';
import {
  insertDemoActors,
  insertDemoAnswers,
  insertDemoComments,
  insertDemoDimension,
  insertDemoGoals,
  insertDemoMeasureSolutions,
  insertDemoMeasures,
  insertDemoParticipation,
  insertDemoQuestions,
  insertDemoStrategy,
  insertDemoUpdates,
  listExistingQuestionIds,
} from './demo-repository.ts';
import { findStrategyOf } from './core/repository.ts';
import { readStrategyContent } from './core/content-service.ts';
import { indexPublishedStrategy } from './core/search-document.ts';
import { keepStrategyTexts } from './publishing/text-versions.ts';
import { DEMO_DIMENSIONS } from './seed-dimensions.ts';
import { demoActorId, demoCommentId, demoDimensionId, demoGoalId, demoMeasureId, demoParticipationId, demoQuestionId, demoUpdateId } from './seed-ids.ts';
import { DEMO_STRATEGY_LIST, type DemoMeasure, type DemoStrategy } from './seed-strategies.ts';

/** The demo questions' ids in the order the demo answers list their levels. */
const QUESTION_IDS = DEMO_DIMENSIONS.flatMap((dimension, d) => dimension.questions.map((_, q) => demoQuestionId(d + 1, q + 1)));

interface Clock {
  ago(days: number): Date;
  /** a calendar day some months from the first start, as the date columns take it */
  monthsAhead(months: number): string;
}

async function seedDimensions(tx: Executor): Promise<void> {
  for (const [d, dimension] of DEMO_DIMENSIONS.entries()) {
    const id = demoDimensionId(d + 1);
    const isNew = await insertDemoDimension(tx, {
      id,
      slug: dimension.slug,
      position: d + 1,
      name: dimension.name,
      description: dimension.description,
      knowledgeTags: dimension.knowledgeTags,
    });
    if (!isNew) continue;
    await insertDemoQuestions(
      tx,
      dimension.questions.map((question, q) => ({ id: demoQuestionId(d + 1, q + 1), dimensionId: id, position: q + 1, ...question })),
    );
  }
}

/** What the seed looks up once: the people by address, the published solutions by slug. */
interface Lookups {
  person(email: string | undefined): Promise<string | null>;
  solutions: Map<string, string>;
  questions: Set<string>;
}

async function measureRows(tx: Executor, demo: DemoStrategy, organisationId: string, clock: Clock) {
  // a grant names the organisation's funded project; one without a project in the demo counts as other funding
  const [project] = await listFundedProjectsOf(tx, organisationId);
  const funding = (m: DemoMeasure) =>
    m.fundingSource === 'grant' && project
      ? { fundingSource: 'grant' as const, fundedProjectId: project.id }
      : { fundingSource: m.fundingSource === 'grant' ? ('other' as const) : m.fundingSource, fundedProjectId: null };
  return demo.measures.map((m, i) => {
    const { updates, solutionSlug, startsInMonths, endsInMonths, ...facts } = m;
    const last = updates[updates.length - 1];
    return {
      ...facts,
      ...funding(m),
      id: demoMeasureId(demo.n, i + 1),
      strategyId: demo.id,
      position: i + 1,
      startsOn: clock.monthsAhead(startsInMonths),
      endsOn: clock.monthsAhead(endsInMonths),
      status: last?.status ?? 'planned',
      createdAt: clock.ago(demo.createdDaysAgo - 10),
      updatedAt: clock.ago(last?.daysAgo ?? demo.createdDaysAgo - 10),
    };
  });
}

async function seedStrategy(tx: Executor, demo: DemoStrategy, lookups: Lookups, clock: Clock): Promise<void> {
  const organisation = await getOrganisationBySlug(tx, demo.slug);
  if (!organisation) return;
  const isNew = await insertDemoStrategy(tx, {
    id: demo.id,
    organisationId: organisation.id,
    status: demo.status,
    vision: demo.vision,
    fieldsOfAction: demo.fieldsOfAction,
    publishedAt: demo.publishedDaysAgo === undefined ? null : clock.ago(demo.publishedDaysAgo),
    createdAt: clock.ago(demo.createdDaysAgo),
    updatedAt: clock.ago(demo.publishedDaysAgo ?? Math.max(demo.createdDaysAgo - 30, 1)),
  });
  if (!isNew) return;
  const answeredBy = await lookups.person(demo.answeredBy);
  await insertDemoAnswers(
    tx,
    demo.answers.flatMap((level, i) => {
      const questionId = QUESTION_IDS[i]!;
      return lookups.questions.has(questionId) ? [{ strategyId: demo.id, questionId, level, answeredBy, answeredAt: clock.ago(demo.createdDaysAgo - 1) }] : [];
    }),
  );
  await insertDemoGoals(
    tx,
    demo.goals.map((goal, i) => ({ id: demoGoalId(demo.n, i + 1), strategyId: demo.id, position: i + 1, ...goal })),
  );
  await insertDemoMeasures(tx, await measureRows(tx, demo, organisation.id, clock));
  await insertDemoMeasureSolutions(
    tx,
    demo.measures.flatMap((m, i) => {
      const solutionId = m.solutionSlug === undefined ? undefined : lookups.solutions.get(m.solutionSlug);
      return solutionId ? [{ measureId: demoMeasureId(demo.n, i + 1), solutionId }] : [];
    }),
  );
  await insertDemoUpdates(
    tx,
    demo.measures.flatMap((m, i) =>
      m.updates.map((u, k) => ({
        id: demoUpdateId(demo.n, (i + 1) * 100 + k + 1),
        measureId: demoMeasureId(demo.n, i + 1),
        status: u.status,
        value: u.value,
        note: u.note,
        createdAt: clock.ago(u.daysAgo),
      })),
    ),
  );
  await insertDemoActors(
    tx,
    demo.actors.map((actor, i) => ({ id: demoActorId(demo.n, i + 1), strategyId: demo.id, position: i + 1, ...actor })),
  );
  await insertDemoParticipation(
    tx,
    demo.participation.map((p, i) => ({
      id: demoParticipationId(demo.n, i + 1),
      strategyId: demo.id,
      position: i + 1,
      format: p.format,
      description: p.description,
      // an evening in the village, at 19:00 Berlin time
      startsAt: p.inDays === null ? null : berlinToUtc(utcToBerlin(clock.ago(-p.inDays)).date, '19:00'),
    })),
  );
  const comments = [];
  for (const [i, c] of demo.comments.entries()) {
    const authorId = await lookups.person(c.author);
    // the comments are the demo accounts' words: without the account there is no comment
    if (!authorId) continue;
    comments.push({
      id: demoCommentId(demo.n, i + 1),
      strategyId: demo.id,
      step: c.step,
      authorId,
      body: c.body,
      createdAt: clock.ago(c.daysAgo),
      resolvedAt: c.resolvedBy ? clock.ago(c.daysAgo - 2) : null,
      resolvedBy: await lookups.person(c.resolvedBy),
    });
  }
  await insertDemoComments(tx, comments);
  if (demo.status === 'published') await showPublished(tx, organisation);
}

/** A published demo strategy is found by the search and has its first version, as one published by hand. */
async function showPublished(tx: Executor, organisation: { id: string; name: string; slug: string }): Promise<void> {
  const strategy = await findStrategyOf(tx, organisation.id);
  const content = await readStrategyContent(tx, { organisation, strategy, locale: 'de' });
  if (!content.strategy) return;
  const published = { ...content, strategy: content.strategy };
  await indexPublishedStrategy(tx, published);
  await keepStrategyTexts(tx, published, null);
}

/**
 * The workbench's demo content (seed-dimensions.ts, seed-strategies.ts): the four dimensions of
 * the maturity check, Süderbrarup's draft with its measures planned, Dithmarschen's published
 * strategy with months of progress, Eutin just started, and the answers of other municipalities
 * for the peer comparison. Runs after the accounts, organisations, competition and solutions in
 * one transaction; a strategy or dimension already there is left alone, so what people changed
 * stays changed. Dates count from the first start, so a fresh demo looks current.
 */
export async function seedStrategies(deps: AppDeps): Promise<void> {
  const now = new Date();
  const clock: Clock = {
    ago: (days) => new Date(now.getTime() - Math.round(days * DAY_MS)),
    monthsAhead: (months) => {
      const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, 1));
      return day.toISOString().slice(0, 10);
    },
  };
  await deps.db.transaction(async (tx) => {
    await seedDimensions(tx);
    const people = new Map<string, string | null>();
    const lookups: Lookups = {
      person: async (email) => {
        if (!email) return null;
        if (!people.has(email)) people.set(email, (await findUserByEmail(tx, email))?.id ?? null);
        return people.get(email) ?? null;
      },
      solutions: new Map((await listPublishedSolutionsForChoice(tx)).map((s) => [s.slug, s.id])),
      questions: await listExistingQuestionIds(tx, QUESTION_IDS),
    };
    for (const demo of DEMO_STRATEGY_LIST) await seedStrategy(tx, demo, lookups, clock);
  });
}
