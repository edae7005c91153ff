import type { LoginMethod } from '../../platform/deps.ts';
import { ssoAccountSummary } from './account-service.ts';
import { providerLogoutUrl } from './logout-service.ts';
import { SsoAccountSection, SsoLoginButton } from './views/fragments.tsx';

/** Single sign-on's parts of the accounts feature's pages: the button, the account section, the logout at the provider. */
export const ssoLoginMethod: LoginMethod = {
  loginOption(deps, ctx, next) {
    const providerName = deps.config.oidc?.providerName;
    return providerName ? <SsoLoginButton ctx={ctx} providerName={providerName} next={next} /> : null;
  },
  async accountSection(deps, ctx, userId) {
    const summary = await ssoAccountSummary(deps, userId);
    return summary ? <SsoAccountSection ctx={ctx} summary={summary} /> : null;
  },
  logoutRedirect: providerLogoutUrl,
};
