import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { MailSite } from '../../../platform/mail/site.ts';
import { proposeEvent, type EventProposalInput } from '../../events/editor/proposal-service.ts';
import { lockOrCreateStrategy, touchStrategy } from '../core/repository.ts';
import { participationSnapshot, strategySubject } from './plan-audit.ts';
import { findParticipation, updateParticipation } from './repository.ts';

export interface ProposeFormatEventOptions {
  actor: CurrentUser;
  organisation: { id: string; name: string };
  participationId: string;
  input: EventProposalInput;
  site: MailSite;
}

/**
 * Turns a participation format into a draft event of the calendar, which the editors review
 * and publish, and keeps the event with the format. The strategy's lock makes a second
 * proposal for the same format, from another tab, find the first one ('exists').
 */
export async function proposeFormatEvent(tx: Executor, options: ProposeFormatEventOptions): Promise<'proposed' | 'exists' | 'gone' | 'unknownField'> {
  const strategy = await lockOrCreateStrategy(tx, options.organisation.id);
  const before = await findParticipation(tx, strategy.id, options.participationId);
  if (!before) return 'gone';
  if (before.eventId) return 'exists';
  const outcome = await proposeEvent(tx, { actor: options.actor, input: options.input, proposer: options.organisation.name, site: options.site });
  if (outcome.kind !== 'proposed') return outcome.kind;
  const after = await updateParticipation(tx, before.id, { eventId: outcome.eventId });
  await recordAudit(
    tx,
    options.actor,
    'strategy.participation.event',
    strategySubject(strategy.id),
    participationSnapshot(before),
    participationSnapshot(after),
  );
  await touchStrategy(tx, strategy.id);
  return 'proposed';
}
