import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { listFieldsOfAction, type FieldOfAction } from '../../../platform/taxonomy/fields-of-action.ts';
import { getProposedEventStates, type ProposedEventState } from '../../events/editor/proposal-service.ts';
import { getMembershipsOfUser, getOrganisationsByIds } from '../../organisations/service.ts';
import { readProgress } from '../core/progress-repository.ts';
import type { Workbench } from '../core/require-strategy.ts';
import { STRATEGY_STEPS, type StrategyStatus, type StrategyStep } from '../core/tables.ts';
import {
  listActors,
  listComments,
  listGoals,
  listParticipation,
  listPublishedStrategies,
  listStrategiesOf,
  type ActorRow,
  type CommentWithAuthor,
  type GoalRow,
  type ParticipationRow,
} from './repository.ts';
import { stepState, type StepState } from './step-state.ts';

/** One of the person's organisations on /strategie: its workbench and how far its strategy is. */
export interface MyWorkbench {
  slug: string;
  name: string;
  role: 'manager' | 'member';
  /** undefined while nobody has saved anything */
  status: StrategyStatus | undefined;
  updatedAt: Date | undefined;
}

export interface PublishedStrategy {
  slug: string;
  name: string;
  publishedAt: Date | null;
}

export interface StrategyStart {
  mine: MyWorkbench[];
  published: PublishedStrategy[];
}

/** /strategie: the person's organisations (active memberships only) and every published strategy. */
export async function getStrategyStart(db: Executor, viewer: CurrentUser | null): Promise<StrategyStart> {
  const memberships = viewer ? (await getMembershipsOfUser(db, viewer.id)).filter((m) => m.status === 'active') : [];
  const strategies = new Map(
    (
      await listStrategiesOf(
        db,
        memberships.map((m) => m.organisationId),
      )
    ).map((s) => [s.organisationId, s]),
  );
  const mine = memberships.map((m) => ({
    slug: m.slug,
    name: m.name,
    role: m.role === 'manager' ? ('manager' as const) : ('member' as const),
    status: strategies.get(m.organisationId)?.status as StrategyStatus | undefined,
    updatedAt: strategies.get(m.organisationId)?.updatedAt,
  }));
  const publishedRows = await listPublishedStrategies(db);
  const organisations = new Map(
    (
      await getOrganisationsByIds(
        db,
        publishedRows.map((p) => p.organisationId),
      )
    ).map((o) => [o.id, o]),
  );
  const published = publishedRows.flatMap((p) => {
    const organisation = organisations.get(p.organisationId);
    return organisation ? [{ slug: organisation.slug, name: organisation.name, publishedAt: p.publishedAt }] : [];
  });
  return { mine: mine.sort((a, b) => a.name.localeCompare(b.name, 'de')), published };
}

/** The task list: each step with its state. */
export async function getTaskList(db: Executor, workbench: Workbench): Promise<{ step: StrategyStep; state: StepState }[]> {
  const progress = await readProgress(db, workbench.strategy?.id);
  return STRATEGY_STEPS.map((step) => ({ step, state: stepState(step, progress) }));
}

/** A step's comments; none before the strategy's first save. */
export async function getStepComments(db: Executor, workbench: Workbench, step: StrategyStep): Promise<CommentWithAuthor[]> {
  return workbench.strategy ? listComments(db, workbench.strategy.id, step) : [];
}

export async function getGoals(db: Executor, workbench: Workbench): Promise<GoalRow[]> {
  return workbench.strategy ? listGoals(db, workbench.strategy.id) : [];
}

export async function getFieldChoices(db: Executor): Promise<FieldOfAction[]> {
  return listFieldsOfAction(db);
}

export interface ParticipationStep {
  actors: ActorRow[];
  formats: ParticipationRow[];
  /** what became of the events made from formats, by event id */
  events: Map<string, ProposedEventState>;
}

export async function getParticipationStep(db: Executor, workbench: Workbench): Promise<ParticipationStep> {
  if (!workbench.strategy) return { actors: [], formats: [], events: new Map() };
  const formats = await listParticipation(db, workbench.strategy.id);
  const eventIds = formats.flatMap((f) => (f.eventId ? [f.eventId] : []));
  return { actors: await listActors(db, workbench.strategy.id), formats, events: await getProposedEventStates(db, eventIds) };
}
