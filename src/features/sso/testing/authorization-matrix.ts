import type { MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';

const GONE = { anonymous: 404, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 } as const;

/**
 * The matrix runs without OIDC_ISSUER, so every route of single sign-on answers 404 to
 * everyone; the unlink form asks for a login first. The flow with a provider, including who may
 * confirm a link and unlink only their own identity, is tested in sso.test.ts against a real one.
 */
export const ssoRoutes: MatrixRoute[] = [
  { method: 'POST', url: '/anmelden/sso', expect: GONE },
  { method: 'GET', url: '/anmelden/sso/rueckkehr?state=x&code=y', route: '/anmelden/sso/rueckkehr', expect: GONE },
  { method: 'GET', url: '/anmelden/sso/verknuepfen', expect: GONE },
  { method: 'POST', url: '/anmelden/sso/verknuepfen', expect: GONE },
  { method: 'POST', url: '/anmelden/sso/verknuepfen/email', expect: GONE },
  { method: 'GET', url: '/anmelden/sso/verknuepfen/bestaetigen?token=x', route: '/anmelden/sso/verknuepfen/bestaetigen', expect: GONE },
  { method: 'POST', url: '/anmelden/sso/verknuepfen/bestaetigen', expect: GONE },
  { method: 'GET', url: '/anmelden/sso/konto-anlegen', expect: GONE },
  { method: 'POST', url: '/anmelden/sso/konto-anlegen', expect: GONE },
  { method: 'POST', url: '/konto/sso/loesen', expect: { ...GONE, anonymous: 303 } },
];
