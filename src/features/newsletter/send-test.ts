import { recordAudit, type AuditActor } from '../../platform/audit/record.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { queueMail } from '../../platform/mail/queue.ts';
import type { MailSite } from '../../platform/mail/site.ts';
import { newsletterMail } from './mails.ts';
import { NEWSLETTER_PATH } from './paths.ts';
import type { NewsletterRow } from './repository.ts';

/**
 * "Testversand an mich": the newsletter as subscribers will get it, to the editor's own
 * account address and to nobody else, whatever the form sent. Runs in the transaction of the
 * form submission, so that a double click sends one test.
 */
export async function sendTestNewsletter(
  tx: Executor,
  options: { site: MailSite; actor: AuditActor; newsletter: NewsletterRow; locale: Locale },
): Promise<void> {
  const { site } = options;
  const mail = newsletterMail(site, options.newsletter, {
    email: options.actor.email,
    locale: options.locale,
    unsubscribe: `${site.baseUrl}${NEWSLETTER_PATH}`,
    test: true,
  });
  await queueMail(tx, mail);
  await recordAudit(tx, options.actor, 'newsletter.test', { type: 'newsletter', id: options.newsletter.id });
}
