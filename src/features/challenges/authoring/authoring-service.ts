import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { hasPermission } from '../../../platform/auth/policy.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { type FieldOfAction, listFieldsOfAction } from '../../../platform/taxonomy/fields-of-action.ts';
import {
  getManagedOrganisations,
  getOrganisationById,
  getOrganisationChoices,
  getOrganisationsByIds,
  type OrganisationType,
} from '../../organisations/service.ts';
import { challengePhase, type ChallengePhase } from '../core/rules.ts';
import { type ChallengeRow, type CriterionRow, listCriteria } from '../core/repository.ts';
import { type MissingItem, missingItems } from './checklist.ts';
import { listAllChallenges, listChallengesOfOrganisations } from './repository.ts';

/** The kinds of organisation that post challenges: the municipalities and their associations. */
export const MUNICIPAL_TYPES: readonly OrganisationType[] = ['gemeinde', 'amt', 'stadt', 'kreis', 'region'];

export interface OrganisationChoice {
  id: string;
  name: string;
}

export const isEditor = (user: CurrentUser): boolean => hasPermission(user, 'content:edit');

/**
 * The organisations the person may post a challenge for: the municipal ones they manage, or
 * for editors every municipal organisation.
 */
export async function getPostingChoices(db: Executor, user: CurrentUser): Promise<OrganisationChoice[]> {
  if (isEditor(user)) return (await getOrganisationChoices(db, MUNICIPAL_TYPES)).map(({ id, name }) => ({ id, name }));
  return (await getManagedOrganisations(db, user.id)).filter((o) => MUNICIPAL_TYPES.includes(o.type)).map(({ id, name }) => ({ id, name }));
}

/**
 * What the challenge form offers: whose it may be and the fields of action. An existing
 * challenge keeps its organisation among the choices, even one an editor posted for an
 * organisation its editor does not manage.
 */
export async function getFormChoices(
  db: Executor,
  user: CurrentUser,
  current?: Pick<ChallengeRow, 'organisationId'>,
): Promise<{ organisations: OrganisationChoice[]; fields: FieldOfAction[] }> {
  const organisations = await getPostingChoices(db, user);
  if (current && !organisations.some((o) => o.id === current.organisationId)) {
    const own = await getOrganisationById(db, current.organisationId);
    if (own) organisations.unshift({ id: own.id, name: own.name });
  }
  return { organisations, fields: await listFieldsOfAction(db) };
}

export interface ListedChallenge {
  challenge: ChallengeRow;
  organisation: string;
  phase: ChallengePhase;
}

async function withNames(db: Executor, rows: ChallengeRow[], now: Date): Promise<ListedChallenge[]> {
  const names = new Map((await getOrganisationsByIds(db, [...new Set(rows.map((r) => r.organisationId))])).map((o) => [o.id, o.name]));
  return rows.map((challenge) => ({ challenge, organisation: names.get(challenge.organisationId) ?? '', phase: challengePhase(challenge, now) }));
}

/** The owners' list: the challenges of every organisation the person manages, and whether they may post. */
export async function getOwnerList(db: Executor, user: CurrentUser, now = new Date()): Promise<{ challenges: ListedChallenge[]; mayPost: boolean }> {
  const managed = await getManagedOrganisations(db, user.id);
  const rows = await listChallengesOfOrganisations(
    db,
    managed.map((o) => o.id),
  );
  return { challenges: await withNames(db, rows, now), mayPost: (await getPostingChoices(db, user)).length > 0 };
}

// What the editors have to do first: approve, then the open calls, the jury, the decided, the drafts last.
const EDITOR_ORDER: Record<ChallengePhase, number> = { in_review: 0, open: 1, upcoming: 2, jury: 3, decided: 4, draft: 5 };

/** Every challenge for the editors: the ones awaiting approval first, then the published by phase, then the drafts. */
export async function getEditorList(db: Executor, now = new Date()): Promise<ListedChallenge[]> {
  const listed = await withNames(db, await listAllChallenges(db), now);
  return listed.sort((a, b) => EDITOR_ORDER[a.phase] - EDITOR_ORDER[b.phase]);
}

export interface ChallengeOverview {
  challenge: ChallengeRow;
  organisation: string;
  phase: ChallengePhase;
  criteria: CriterionRow[];
  missing: MissingItem[];
  fields: FieldOfAction[];
}

/** One challenge with what its overview shows: organisation, criteria, what is missing before it can be sent. */
export async function getChallengeOverview(db: Executor, challenge: ChallengeRow, now = new Date()): Promise<ChallengeOverview> {
  const criteria = await listCriteria(db, challenge.id);
  const [listed] = await withNames(db, [challenge], now);
  return {
    challenge,
    organisation: listed?.organisation ?? '',
    phase: challengePhase(challenge, now),
    criteria,
    missing: missingItems(challenge, criteria.length, now),
    fields: await listFieldsOfAction(db),
  };
}
