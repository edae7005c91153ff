import type { ActorRow, GoalRow, ParticipationRow } from './repository.ts';

/** The audit log's subject of everything done in an organisation's strategy. */
export const strategySubject = (strategyId: string) => ({ type: 'strategy_plan', id: strategyId });

/** What the audit log keeps of a goal, an actor and a format: enough to tell what changed. */
export const goalSnapshot = (goal: GoalRow) => ({ id: goal.id, position: goal.position, title: goal.title, description: goal.description });
export const actorSnapshot = (actor: ActorRow) => ({ id: actor.id, position: actor.position, name: actor.name, involvement: actor.involvement });
export const participationSnapshot = (row: ParticipationRow) => ({
  id: row.id,
  format: row.format,
  description: row.description,
  startsAt: row.startsAt?.toISOString() ?? null,
  eventId: row.eventId,
});
