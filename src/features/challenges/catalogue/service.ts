import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { hasPermission } from '../../../platform/auth/policy.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { listFieldsOfAction, type FieldOfAction } from '../../../platform/taxonomy/fields-of-action.ts';
import { getManagedOrganisations, getOrganisationsByIds, organisationPath } from '../../organisations/service.ts';
import { publishedSolutionPaths } from '../../solutions/service.ts';
import { listCriteria, type ChallengeRow, type CriterionRow } from '../core/repository.ts';
import { ownsChallenge } from '../core/require-challenge.ts';
import { challengePhase, questionsOpen, type ChallengePhase, type ListState } from '../core/rules.ts';
import { nextDate, type NextDate } from './next-date.ts';
import {
  countAnsweredQuestions,
  countPublishedChallenges,
  listPublishedChallenges,
  listRecentlyPublishedChallenges,
  listWinners,
  type ListFilter,
  type WinnerRow,
} from './repository.ts';

export const PAGE_SIZE = 20;

/** The posting organisation as the public pages name and link it. */
export interface OrganisationRef {
  name: string;
  /** its public profile */
  href: string;
}

/** The organisations of these ids by id, read in one call. */
async function organisationsById(db: Executor, ids: (string | null)[]): Promise<Map<string, OrganisationRef>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const rows = wanted.length === 0 ? [] : await getOrganisationsByIds(db, wanted);
  return new Map(rows.map((o) => [o.id, { name: o.name, href: organisationPath(o.slug) }]));
}

export interface ListedChallenge {
  challenge: ChallengeRow;
  phase: ChallengePhase;
  organisation: OrganisationRef | undefined;
  next: NextDate | undefined;
}

export interface ChallengeList {
  entries: ListedChallenge[];
  total: number;
  page: number;
  pages: number;
  /** the filters as applied: a field of action that does not exist is dropped */
  filter: ListFilter;
  fields: FieldOfAction[];
  /** the viewer manages an organisation (or edits): a way to their own challenges */
  poster: boolean;
  editor: boolean;
}

/** One page of the published challenges under the filters, for this viewer. */
export async function getChallengeList(
  db: Executor,
  options: { state: ListState | undefined; field: string | undefined; page: number; user: CurrentUser | null; now: Date },
): Promise<ChallengeList> {
  const { now, user } = options;
  const fields = await listFieldsOfAction(db);
  const filter: ListFilter = { state: options.state, field: fields.some((f) => f.slug === options.field) ? options.field : undefined };
  const total = await countPublishedChallenges(db, filter, now);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(options.page, pages);
  const rows = await listPublishedChallenges(db, { filter, now, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const organisations = await organisationsById(
    db,
    rows.map((c) => c.organisationId),
  );
  const editor = hasPermission(user, 'content:edit');
  return {
    entries: rows.map((challenge) => ({
      challenge,
      phase: challengePhase(challenge, now),
      organisation: organisations.get(challenge.organisationId),
      next: nextDate(challenge, now),
    })),
    total,
    page,
    pages,
    filter,
    fields,
    poster: editor || (user !== null && (await getManagedOrganisations(db, user.id)).length > 0),
    editor,
  };
}

export interface PublicWinner {
  winner: WinnerRow;
  /** the team's organisation; undefined for a person on their own */
  organisation: OrganisationRef | undefined;
  /** the winner's profile in the solution library, once it is published there */
  solutionHref: string | undefined;
}

export interface ChallengePage {
  challenge: ChallengeRow;
  phase: ChallengePhase;
  organisation: OrganisationRef | undefined;
  criteria: CriterionRow[];
  fields: FieldOfAction[];
  answeredQuestions: number;
  questionsOpen: boolean;
  /** the winners, once the challenge is decided */
  winners: PublicWinner[];
  owner: boolean;
  editor: boolean;
}

/** Everything a challenge's page shows to this viewer, at this moment. */
export async function getChallengePage(db: Executor, options: { challenge: ChallengeRow; user: CurrentUser | null; now: Date }): Promise<ChallengePage> {
  const { challenge, user, now } = options;
  const phase = challengePhase(challenge, now);
  const winners = phase === 'decided' ? await listWinners(db, challenge.id) : [];
  const organisations = await organisationsById(db, [challenge.organisationId, ...winners.map((w) => w.organisationId)]);
  const allFields = await listFieldsOfAction(db);
  const solutions = await publishedSolutionPaths(
    db,
    winners.flatMap((w) => (w.solutionId ? [w.solutionId] : [])),
  );
  return {
    challenge,
    phase,
    organisation: organisations.get(challenge.organisationId),
    criteria: await listCriteria(db, challenge.id),
    fields: allFields.filter((f) => challenge.fieldsOfAction.includes(f.slug)),
    answeredQuestions: await countAnsweredQuestions(db, challenge.id),
    questionsOpen: questionsOpen(challenge, now),
    winners: winners.map((winner) => ({
      winner,
      organisation: winner.organisationId ? organisations.get(winner.organisationId) : undefined,
      solutionHref: winner.solutionId ? solutions.get(winner.solutionId) : undefined,
    })),
    owner: await ownsChallenge(db, user, challenge),
    editor: hasPermission(user, 'content:edit'),
  };
}

export interface FeedEntry {
  challenge: ChallengeRow;
  organisation: OrganisationRef | undefined;
}

/** The newest published challenges with their organisations, for the feed. */
export async function getFeedEntries(db: Executor, limit: number): Promise<FeedEntry[]> {
  const rows = await listRecentlyPublishedChallenges(db, limit);
  const organisations = await organisationsById(
    db,
    rows.map((c) => c.organisationId),
  );
  return rows.map((challenge) => ({ challenge, organisation: organisations.get(challenge.organisationId) }));
}
