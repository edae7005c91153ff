import type { Executor } from '../../../platform/db/client.ts';
import { eventPath } from '../core/paths.ts';
import { findEventsByIds } from '../core/event-repository.ts';

export { eventProposalForm, type EventProposalInput } from '../core/schema.ts';
export { proposeEvent, type ProposeEventOutcome } from './propose-event.ts';
export { EventProposalFields, proposalValues, type ProposalStart } from './views/proposal-fields.tsx';

/** What someone who proposed an event sees of it: its title, whether it is public yet, and where. */
export interface ProposedEventState {
  title: string;
  published: boolean;
  /** the public page, once published */
  path: string | undefined;
}

/**
 * Proposals are made by other features (a municipality's strategy) that keep the event's id;
 * this is how they learn what became of it. An id with no event left is missing from the map.
 */
export async function getProposedEventStates(db: Executor, ids: string[]): Promise<Map<string, ProposedEventState>> {
  const events = ids.length ? await findEventsByIds(db, ids) : [];
  return new Map(
    events.map((e) => [e.id, { title: e.title, published: e.status === 'published', path: e.status === 'published' ? eventPath(e.slug) : undefined }]),
  );
}
