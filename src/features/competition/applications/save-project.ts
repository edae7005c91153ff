import type { Executor } from '../../../platform/db/client.ts';
import { lockDraft, type DraftRefusal } from './lock-draft.ts';
import { updateApplicationRow } from './repository.ts';

/** Saves the project's name and short description; either may still be empty (saved as you go). */
export async function saveProject(
  db: Executor,
  options: { applicationId: string; input: { title: string; summary: string }; now: Date },
): Promise<{ kind: 'saved' } | DraftRefusal> {
  return db.transaction(async (tx) => {
    const draft = await lockDraft(tx, options.applicationId, options.now);
    if (draft.kind !== 'ok') return draft;
    await updateApplicationRow(tx, draft.application.id, options.input);
    return { kind: 'saved' };
  });
}
