import type { Feature } from '../../platform/deps.ts';
import { LINK_MINUTES, LOGIN_MINUTES } from './lifetimes.ts';
import { ssoLoginMethod } from './login-method.tsx';
import { ssoPersonalData } from './personal-data.ts';
import { deleteExpiredPending } from './repository.ts';
import { ssoRetention } from './retention-entries.ts';
import { ssoRoutes } from './routes.ts';

/**
 * Single sign-on with OpenID Connect beside passwords (OIDC_ISSUER …): the login at the
 * provider, linking to existing accounts, new accounts, roles from a claim. The login button,
 * the account page's section and the logout at the provider are handed to the accounts feature
 * as a `LoginMethod` (login-method.tsx). Without OIDC_ISSUER every route answers 404.
 */
export const ssoFeature: Feature = {
  name: 'sso',
  routes: ssoRoutes,
  loginMethod: ssoLoginMethod,
  personalData: ssoPersonalData,
  retention: ssoRetention,
  sweep: async (deps, now) => {
    await deleteExpiredPending(deps.db, new Date(now.getTime() - LOGIN_MINUTES * 60_000), new Date(now.getTime() - LINK_MINUTES * 60_000));
  },
};
