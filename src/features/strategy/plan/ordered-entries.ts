import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { moveEntry, type Direction } from '../../../platform/editor/move.ts';
import { lockOrCreateStrategy, touchStrategy } from '../core/repository.ts';
import { actorSnapshot, goalSnapshot, strategySubject } from './plan-audit.ts';
import {
  deleteActor,
  deleteGoal,
  findActor,
  findGoal,
  listActors,
  listGoals,
  setActorPosition,
  setGoalPosition,
  type ActorRow,
  type GoalRow,
} from './repository.ts';

/** A hand-ordered list of a strategy: how to read, move and remove its entries, and what the audit keeps of one. */
interface OrderedEntries<Row extends { id: string; position: number }> {
  list(db: Executor, strategyId: string): Promise<Row[]>;
  find(db: Executor, strategyId: string, id: string): Promise<Row | undefined>;
  setPosition(tx: Executor, id: string, position: number): Promise<void>;
  remove(tx: Executor, id: string): Promise<void>;
  snapshot(row: Row): Record<string, unknown>;
}

const goals: OrderedEntries<GoalRow> = { list: listGoals, find: findGoal, setPosition: setGoalPosition, remove: deleteGoal, snapshot: goalSnapshot };
const actors: OrderedEntries<ActorRow> = { list: listActors, find: findActor, setPosition: setActorPosition, remove: deleteActor, snapshot: actorSnapshot };

/** The strategy's goals and its actors: both ordered by hand, each entry found only under its own strategy. */
export type OrderedList = 'goal' | 'actor';

function entriesOf(list: OrderedList): OrderedEntries<{ id: string; position: number }> {
  return list === 'goal' ? goals : actors;
}

/** Moves an entry one place up or down; the strategy's lock keeps two moves from crossing. */
export async function moveStrategyEntry(
  tx: Executor,
  options: { actor: CurrentUser; organisationId: string; list: OrderedList; entryId: string; direction: Direction },
): Promise<'moved' | 'gone'> {
  const { actor, list, entryId } = options;
  const entries = entriesOf(list);
  const strategy = await lockOrCreateStrategy(tx, options.organisationId);
  const moved = await moveEntry(await entries.list(tx, strategy.id), entryId, options.direction, (id, position) => entries.setPosition(tx, id, position));
  if (!moved) return 'gone';
  await touchStrategy(tx, strategy.id);
  await recordAudit(
    tx,
    actor,
    `strategy.${list}.move`,
    strategySubject(strategy.id),
    { id: entryId, position: moved.before },
    { id: entryId, position: moved.after },
  );
  return 'moved';
}

/** Removes an entry; the others keep their order (gaps are closed by the next move). */
export async function removeStrategyEntry(
  tx: Executor,
  options: { actor: CurrentUser; organisationId: string; list: OrderedList; entryId: string },
): Promise<'removed' | 'gone'> {
  const { actor, list } = options;
  const entries = entriesOf(list);
  const strategy = await lockOrCreateStrategy(tx, options.organisationId);
  const found = await entries.find(tx, strategy.id, options.entryId);
  if (!found) return 'gone';
  await entries.remove(tx, found.id);
  await touchStrategy(tx, strategy.id);
  await recordAudit(tx, actor, `strategy.${list}.remove`, strategySubject(strategy.id), entries.snapshot(found));
  return 'removed';
}
