import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { listActiveUsersWithRoles } from '../../../platform/auth/user-repository.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { messagesFor } from '../../../platform/i18n/index.ts';
import { composeMail } from '../../../platform/mail/compose.tsx';
import { queueMail } from '../../../platform/mail/queue.ts';
import type { MailSite } from '../../../platform/mail/site.ts';
import { editorEventPath } from '../core/paths.ts';
import type { EventProposalInput } from '../core/schema.ts';
import { addDate } from './edit-dates.ts';
import { createEvent } from './edit-event.ts';

export interface ProposeEventOptions {
  actor: CurrentUser;
  input: EventProposalInput;
  /** who proposes it, named in the editors' mail, e.g. "Gemeinde Süderbrarup" */
  proposer: string;
  site: MailSite;
}

export type ProposeEventOutcome = { kind: 'proposed'; eventId: string } | { kind: 'unknownField' };

/**
 * A draft event with its first date, proposed by someone who is not an editor (a municipality,
 * from its digital strategy). Only editors publish events, so each of them is told by mail, in
 * their language, in the caller's transaction: the draft and the mails exist together or not at
 * all.
 */
export async function proposeEvent(tx: Executor, options: ProposeEventOptions): Promise<ProposeEventOutcome> {
  const { actor, input, proposer, site } = options;
  const created = await createEvent(tx, { actor, input: input.event });
  if (created.kind !== 'created') return created;
  const event = created.event;
  await addDate(tx, { actor, eventId: event.id, input: input.date });
  for (const editor of await listActiveUsersWithRoles(tx, ['editor', 'admin'])) {
    const m = messagesFor(editor.locale).events.editor.proposal.mail;
    const mail = composeMail({
      subject: m.subject(proposer, event.title),
      paragraphs: [m.body(proposer, event.title)],
      action: { label: m.action, url: `${site.baseUrl}${editorEventPath(event.id)}` },
      footer: m.footer(site.siteName),
      locale: editor.locale,
    });
    await queueMail(tx, { to: editor.email, ...mail }, `event-proposal:${event.id}:${editor.id}`);
  }
  return { kind: 'proposed', eventId: event.id };
}
