import type { AppDeps } from '../deps.ts';

/** The installation's address and name, for the links and the signature of mails. */
export interface MailSite {
  baseUrl: string;
  siteName: string;
}

/** Read when a mail is written, so that a renamed site signs its next mail with the new name. */
export async function mailSite(deps: Pick<AppDeps, 'config' | 'settings'>): Promise<MailSite> {
  return { baseUrl: deps.config.baseUrl, siteName: (await deps.settings.get()).siteName };
}
