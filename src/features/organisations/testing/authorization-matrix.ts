import { PUBLIC, SIGNED_IN, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';

/*
 * "manager" is the demo manager of Gemeinde Süderbrarup and "member" its demo member;
 * Stadt Heide is an organisation none of them manages. POSTs are sent with an empty form,
 * so they either fail validation or change nothing; ids are of records that do not exist.
 */
const ORG = '/netzwerk/organisationen/gemeinde-suederbrarup';
const OTHER_ORG = '/netzwerk/organisationen/stadt-heide';
const NO_ID = '00000000-0000-4000-8000-000000000000';

/** Managers of this organisation and administrators. */
const MANAGERS = { anonymous: 303, member: 403, manager: 200, editor: 403, juror: 403, admin: 200 } as const;
const ADMIN_ONLY_HERE = { anonymous: 303, member: 403, manager: 403, editor: 403, juror: 403, admin: 200 } as const;
const forManagers = (status: number) => ({ ...MANAGERS, manager: status, admin: status });
const EVERYONE_404 = { anonymous: 404, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 } as const;
const SIGNED_IN_404 = { ...EVERYONE_404, anonymous: 303 } as const;
const ALL_REDIRECTED = { anonymous: 303, member: 303, manager: 303, editor: 303, juror: 303, admin: 303 } as const;
const SIGNED_IN_INVALID = { anonymous: 303, member: 400, manager: 400, editor: 400, juror: 400, admin: 400 } as const;

export const organisationRoutes: MatrixRoute[] = [
  { method: 'GET', url: '/netzwerk/organisationen', expect: PUBLIC },
  { method: 'GET', url: '/netzwerk/organisationen?suche=heide&typ=stadt&seite=1', route: '/netzwerk/organisationen', expect: PUBLIC },
  { method: 'GET', url: '/netzwerk/organisationen/neu', expect: SIGNED_IN },
  { method: 'POST', url: '/netzwerk/organisationen/neu', expect: SIGNED_IN_INVALID },
  { method: 'GET', url: ORG, route: '/netzwerk/organisationen/:slug', expect: PUBLIC },
  { method: 'GET', url: '/netzwerk/organisationen/gibt-es-nicht', route: '/netzwerk/organisationen/:slug', expect: EVERYONE_404 },
  { method: 'GET', url: `${ORG}/bearbeiten`, route: '/netzwerk/organisationen/:slug/bearbeiten', expect: MANAGERS },
  { method: 'GET', url: `${OTHER_ORG}/bearbeiten`, route: '/netzwerk/organisationen/:slug/bearbeiten', expect: ADMIN_ONLY_HERE },
  { method: 'POST', url: `${ORG}/bearbeiten`, route: '/netzwerk/organisationen/:slug/bearbeiten', expect: forManagers(400) },
  { method: 'POST', url: `${OTHER_ORG}/bearbeiten`, route: '/netzwerk/organisationen/:slug/bearbeiten', expect: { ...ADMIN_ONLY_HERE, admin: 400 } },
  // Everyone signed in asks to join Stadt Heide and then withdraws again: no lasting change.
  { method: 'POST', url: `${OTHER_ORG}/beitreten`, route: '/netzwerk/organisationen/:slug/beitreten', expect: ALL_REDIRECTED },
  { method: 'POST', url: `${OTHER_ORG}/verlassen`, route: '/netzwerk/organisationen/:slug/verlassen', expect: ALL_REDIRECTED },
  { method: 'GET', url: `${ORG}/mitglieder`, route: '/netzwerk/organisationen/:slug/mitglieder', expect: MANAGERS },
  { method: 'GET', url: `${OTHER_ORG}/mitglieder`, route: '/netzwerk/organisationen/:slug/mitglieder', expect: ADMIN_ONLY_HERE },
  { method: 'POST', url: `${ORG}/mitglieder/${NO_ID}/annehmen`, route: '/netzwerk/organisationen/:slug/mitglieder/:userId/annehmen', expect: forManagers(404) },
  { method: 'POST', url: `${ORG}/mitglieder/${NO_ID}/ablehnen`, route: '/netzwerk/organisationen/:slug/mitglieder/:userId/ablehnen', expect: forManagers(303) },
  { method: 'POST', url: `${ORG}/mitglieder/${NO_ID}/rolle`, route: '/netzwerk/organisationen/:slug/mitglieder/:userId/rolle', expect: forManagers(400) },
  {
    method: 'POST',
    url: `${ORG}/mitglieder/${NO_ID}/entfernen`,
    route: '/netzwerk/organisationen/:slug/mitglieder/:userId/entfernen',
    expect: forManagers(303),
  },
  { method: 'POST', url: `${ORG}/einladungen`, route: '/netzwerk/organisationen/:slug/einladungen', expect: forManagers(400) },
  {
    method: 'POST',
    url: `${ORG}/einladungen/${NO_ID}/zuruecknehmen`,
    route: '/netzwerk/organisationen/:slug/einladungen/:id/zuruecknehmen',
    expect: forManagers(303),
  },
  { method: 'GET', url: '/konto/organisationen', expect: SIGNED_IN },
  { method: 'GET', url: '/konto/einladungen', expect: SIGNED_IN },
  { method: 'POST', url: `/konto/einladungen/${NO_ID}/annehmen`, route: '/konto/einladungen/:id/annehmen', expect: SIGNED_IN_404 },
  { method: 'POST', url: `/konto/einladungen/${NO_ID}/ablehnen`, route: '/konto/einladungen/:id/ablehnen', expect: ALL_REDIRECTED },
];
