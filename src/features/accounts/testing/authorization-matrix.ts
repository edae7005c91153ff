import { PUBLIC, SIGNED_IN, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';

// Login and sign-up send signed-in people on to their account.
// Open forms: an empty submission is answered with the form and its error summary.
const INVALID_FOR_ALL = { anonymous: 400, member: 400, manager: 400, editor: 400, juror: 400, admin: 400 } as const;

const ANONYMOUS_ONLY = { anonymous: 200, member: 303, manager: 303, editor: 303, juror: 303, admin: 303 } as const;

export const accountRoutes: MatrixRoute[] = [
  { method: 'GET', url: '/registrieren', expect: ANONYMOUS_ONLY },
  { method: 'GET', url: '/anmelden', expect: ANONYMOUS_ONLY },
  { method: 'GET', url: '/passwort-vergessen', expect: PUBLIC },
  {
    method: 'GET',
    url: '/registrieren/bestaetigen?token=ungueltig-ungueltig-ungueltig',
    route: '/registrieren/bestaetigen',
    expect: { anonymous: 400, member: 400, manager: 400, editor: 400, juror: 400, admin: 400 },
  },
  {
    method: 'GET',
    url: '/passwort-zuruecksetzen?token=ungueltig-ungueltig-ungueltig',
    route: '/passwort-zuruecksetzen',
    expect: { anonymous: 400, member: 400, manager: 400, editor: 400, juror: 400, admin: 400 },
  },
  {
    method: 'GET',
    url: '/konto/email/bestaetigen?token=ungueltig-ungueltig-ungueltig',
    route: '/konto/email/bestaetigen',
    expect: { anonymous: 400, member: 400, manager: 400, editor: 400, juror: 400, admin: 400 },
  },
  // the mailed deletion link of an account without a password: the link, not the session, is the proof
  {
    method: 'GET',
    url: '/konto/loeschen/bestaetigen?token=ungueltig-ungueltig-ungueltig',
    route: '/konto/loeschen/bestaetigen',
    expect: INVALID_FOR_ALL,
  },
  { method: 'GET', url: '/konto', expect: SIGNED_IN },
  { method: 'GET', url: '/konto/profil', expect: SIGNED_IN },
  { method: 'GET', url: '/konto/passwort', expect: SIGNED_IN },
  { method: 'GET', url: '/konto/email', expect: SIGNED_IN },
  { method: 'GET', url: '/konto/daten', expect: SIGNED_IN },
  { method: 'GET', url: '/konto/loeschen', expect: SIGNED_IN },
  { method: 'POST', url: '/registrieren', expect: INVALID_FOR_ALL },
  { method: 'POST', url: '/anmelden', expect: INVALID_FOR_ALL },
  { method: 'POST', url: '/passwort-vergessen', expect: INVALID_FOR_ALL },
  { method: 'POST', url: '/passwort-zuruecksetzen', expect: INVALID_FOR_ALL },
  // A confirmation without a usable link answers with the readable "invalid link" page.
  { method: 'POST', url: '/registrieren/bestaetigen', expect: INVALID_FOR_ALL },
  { method: 'POST', url: '/konto/email/bestaetigen', expect: INVALID_FOR_ALL },
  { method: 'POST', url: '/konto/loeschen/bestaetigen', expect: INVALID_FOR_ALL },
  { method: 'POST', url: '/konto/passwort', expect: { anonymous: 303, member: 400, manager: 400, editor: 400, juror: 400, admin: 400 } },
  { method: 'POST', url: '/konto/email', expect: { anonymous: 303, member: 400, manager: 400, editor: 400, juror: 400, admin: 400 } },
  { method: 'POST', url: '/konto/profil', expect: { anonymous: 303, member: 400, manager: 400, editor: 400, juror: 400, admin: 400 } },
  { method: 'POST', url: '/konto/loeschen', expect: { anonymous: 303, member: 400, manager: 400, editor: 400, juror: 400, admin: 400 } },
];
