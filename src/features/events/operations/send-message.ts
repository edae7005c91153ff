import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { messagesFor } from '../../../platform/i18n/index.ts';
import { composeMail } from '../../../platform/mail/compose.tsx';
import { queueMail } from '../../../platform/mail/queue.ts';
import { insertMessage, listMessageRecipients } from './repository.ts';
import { dateLabel, type DateOfEvent } from './service.ts';
import { addressee } from '../registration/format.ts';

function paragraphs(body: string): string[] {
  return body
    .replace(/\r\n/g, '\n')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
}

export interface SendDateMessageOptions extends DateOfEvent {
  actor: CurrentUser;
  subject: string;
  body: string;
}

/**
 * Sends an editor's message to everyone with a seat (confirmed or offered) in the caller's
 * transaction: the message row and one queued e-mail per person, or nothing at all.
 * The dedupe key per message and registration means a retry never mails anyone twice.
 */
export async function sendDateMessage(tx: Tx, options: SendDateMessageOptions): Promise<{ messageId: string; recipients: number }> {
  const { event, date, actor, subject, body } = options;
  // Registrations do not record a language; the programme writes to its participants in German.
  const t = messagesFor('de');
  const m = t.eventOperations.messages.mail;
  const recipients = await listMessageRecipients(tx, date.id);
  const message = await insertMessage(tx, { dateId: date.id, subject, body, recipientCount: recipients.length, sentBy: actor.id });
  for (const registration of recipients) {
    const mail = composeMail({
      subject,
      paragraphs: [
        m.greeting(addressee(t, registration)),
        m.about(event.title, dateLabel(date, 'de', t)),
        ...paragraphs(body),
        m.reference(registration.reference),
      ],
      footer: m.footer(event.organiser),
    });
    await queueMail(tx, { to: registration.email, ...mail }, `event-message:${message.id}:${registration.id}`);
  }
  await recordAudit(tx, actor, 'event.message.send', { type: 'event_message', id: message.id }, undefined, {
    dateId: date.id,
    subject,
    recipients: recipients.length,
  });
  return { messageId: message.id, recipients: recipients.length };
}
