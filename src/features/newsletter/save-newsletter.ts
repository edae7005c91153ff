import { recordAudit } from '../../platform/audit/record.ts';
import type { AuditActor } from '../../platform/audit/record.ts';
import type { Executor } from '../../platform/db/client.ts';
import { insertNewsletter, lockNewsletter, updateDraft } from './repository.ts';
import type { NewsletterInput } from './schema.ts';

export type SaveNewsletterOutcome = { kind: 'saved'; id: string } | { kind: 'notFound' } | { kind: 'notDraft' };

type Content = Pick<NewsletterInput, 'subject' | 'body'>;

/** A new draft; runs in the transaction of the form submission. */
export async function createNewsletter(tx: Executor, options: { actor: AuditActor; input: Content; now: Date }): Promise<SaveNewsletterOutcome> {
  const row = await insertNewsletter(tx, { subject: options.input.subject, body: options.input.body, createdBy: options.actor.id, now: options.now });
  await recordAudit(tx, options.actor, 'newsletter.create', { type: 'newsletter', id: row.id }, undefined, { newsletterSubject: row.subject, body: row.body });
  return { kind: 'saved', id: row.id };
}

/** Changes a draft; a newsletter whose sending has begun is read-only. */
export async function updateNewsletter(
  tx: Executor,
  options: { actor: AuditActor; newsletterId: string; input: Content; now: Date },
): Promise<SaveNewsletterOutcome> {
  const before = await lockNewsletter(tx, options.newsletterId);
  if (!before) return { kind: 'notFound' };
  if (before.status !== 'draft') return { kind: 'notDraft' };
  await updateDraft(tx, before.id, { subject: options.input.subject, body: options.input.body, now: options.now });
  await recordAudit(
    tx,
    options.actor,
    'newsletter.update',
    { type: 'newsletter', id: before.id },
    { newsletterSubject: before.subject, body: before.body },
    { newsletterSubject: options.input.subject, body: options.input.body },
  );
  return { kind: 'saved', id: before.id };
}
