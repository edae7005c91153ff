import type { Executor } from '../../platform/db/client.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { messagesFor, type Locale } from '../../platform/i18n/index.ts';
import { composeMail } from '../../platform/mail/compose.tsx';
import { queueMail } from '../../platform/mail/queue.ts';

/** The mail that lets the owner of an account without a password confirm the link to the provider's identity. */
export async function queueLinkMail(
  deps: AppDeps,
  tx: Executor,
  options: { to: { email: string; displayName: string; locale: Locale }; link: string; issuer: string },
): Promise<void> {
  const m = messagesFor(options.to.locale).sso.mail;
  const site = (await deps.settings.get(tx)).siteName;
  const provider = deps.config.oidc?.providerName ?? options.issuer;
  const mail = composeMail({
    subject: m.subject(provider),
    paragraphs: m.body(options.to.displayName, provider),
    action: { label: m.action, url: `${deps.config.baseUrl}${options.link}` },
    footer: m.footer(site),
    locale: options.to.locale,
  });
  await queueMail(tx, { to: options.to.email, ...mail });
}
