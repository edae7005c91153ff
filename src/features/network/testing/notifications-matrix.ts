import { SIGNED_IN, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';

/*
 * The network's notifications. The list and the settings belong to whoever is signed in and
 * show only their own; marking as read is harmless for everyone signed in. An empty settings
 * form is refused as bad input (a choice missing, or no submission id). The unsubscribe link
 * needs no login: its signed token is the authority, so a forged one is 404 for everyone,
 * also with a valid CSRF token.
 */
const U = '/netzwerk/abbestellen/:token';
const NOBODY = { anonymous: 404, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 } as const;
/** a token in the right shape whose signature is not ours */
const FORGED = 'Dn4BUAABQACAAAAAAAAAqg.Dn4BUAACQACAAAAAAAAAAQ.bm90LWEtc2lnbmF0dXJlLW9mLXRoaXMtaW5zdGFsbGF0';

export const networkNotificationsRoutes: MatrixRoute[] = [
  { method: 'GET', url: '/netzwerk/benachrichtigungen', expect: SIGNED_IN },
  { method: 'GET', url: '/netzwerk/benachrichtigungen?seite=2', route: '/netzwerk/benachrichtigungen', expect: SIGNED_IN },
  {
    method: 'POST',
    url: '/netzwerk/benachrichtigungen/gelesen',
    expect: { anonymous: 303, member: 303, manager: 303, editor: 303, juror: 303, admin: 303 },
  },
  { method: 'GET', url: '/netzwerk/benachrichtigungen/einstellungen', expect: SIGNED_IN },
  {
    method: 'POST',
    url: '/netzwerk/benachrichtigungen/einstellungen',
    expect: { anonymous: 303, member: 400, manager: 400, editor: 400, juror: 400, admin: 400 },
  },
  { method: 'GET', url: `/netzwerk/abbestellen/${FORGED}`, route: U, expect: NOBODY },
  { method: 'POST', url: `/netzwerk/abbestellen/${FORGED}`, route: U, expect: NOBODY },
  { method: 'GET', url: '/netzwerk/abbestellen/kein-token', route: U, expect: NOBODY },
  { method: 'POST', url: '/netzwerk/abbestellen/kein-token', route: U, expect: NOBODY },
];
