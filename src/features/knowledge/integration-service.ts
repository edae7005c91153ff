import type { TokenActor } from '../../platform/audit/record.ts';
import type { Executor } from '../../platform/db/client.ts';
import { createItem } from './edit-item.ts';
import { editorItemPath } from './paths.ts';
import { AUDIENCES, type Audience } from './tables.ts';

export { AUDIENCES, type Audience };

/** A news item as an integration (a newsroom) sends it through the API. */
export interface ApiNewsInput {
  title: string;
  summary: string;
  /** Markdown, as the editors write it */
  body: string;
  fieldsOfAction: string[];
  audiences: Audience[];
  tags: string[];
}

export type CreateNewsFromApiOutcome = { kind: 'created'; itemId: string; editorPath: string } | { kind: 'unknownField' };

/**
 * News are knowledge items of the type `news` (shown under /aktuelles and in its feed). What an
 * integration sends is a draft, as every new item is: editors review and publish it in their
 * workflow. Runs in the caller's transaction (the once-per-request one).
 */
export async function createNewsFromApi(tx: Executor, options: { actor: TokenActor; input: ApiNewsInput }): Promise<CreateNewsFromApiOutcome> {
  const { actor, input } = options;
  const outcome = await createItem(tx, {
    actor,
    input: { type: 'news', step: null, videoUrl: null, language: undefined, publishAt: null, ...input },
  });
  if (outcome.kind === 'created') return { kind: 'created', itemId: outcome.item.id, editorPath: editorItemPath(outcome.item.id) };
  // a new item without files cannot lose them, and its address is the first free one
  if (outcome.kind === 'unknownField') return outcome;
  throw new Error(`news from the API refused unexpectedly: ${outcome.kind}`);
}
