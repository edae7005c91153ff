import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import type { EventRow, WorldCafeQuestionRow } from '../core/event-repository.ts';
import { updateQuestionResult } from './repository.ts';

export interface PublishResultOptions {
  actor: CurrentUser;
  event: EventRow;
  question: WorldCafeQuestionRow;
  result: string;
  now: Date;
}

export interface UnpublishResultOptions {
  actor: CurrentUser;
  question: WorldCafeQuestionRow;
}

/** Publishes the result of a question (or a new version of it) for everyone to read. */
export async function publishResult(deps: Pick<AppDeps, 'db'>, options: PublishResultOptions): Promise<'published'> {
  const { actor, event, question, result, now } = options;
  await deps.db.transaction(async (tx) => {
    await updateQuestionResult(tx, question.id, { result, resultPublishedAt: now });
    await recordAudit(
      tx,
      actor,
      'event.worldCafe.publish',
      { type: 'event_world_cafe_question', id: question.id },
      { result: question.result, publishedAt: question.resultPublishedAt },
      { result, publishedAt: now, eventId: event.id },
    );
  });
  return 'published';
}

/** Takes the result off the event page; the text stays for the editor to rework. */
export async function unpublishResult(deps: Pick<AppDeps, 'db'>, options: UnpublishResultOptions): Promise<'unpublished' | 'unchanged'> {
  const { actor, question } = options;
  if (!question.resultPublishedAt) return 'unchanged';
  await deps.db.transaction(async (tx) => {
    await updateQuestionResult(tx, question.id, { resultPublishedAt: null });
    await recordAudit(
      tx,
      actor,
      'event.worldCafe.unpublish',
      { type: 'event_world_cafe_question', id: question.id },
      { publishedAt: question.resultPublishedAt },
      { publishedAt: null },
    );
  });
  return 'unpublished';
}
