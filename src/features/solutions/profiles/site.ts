import type { AppDeps } from '../../../platform/deps.ts';
import type { MailSite } from './mails.ts';

/** The installation's address and name, for the links and signature of mails. */
export async function mailSite(deps: AppDeps): Promise<MailSite> {
  return { baseUrl: deps.config.baseUrl, siteName: (await deps.settings.get()).siteName };
}
