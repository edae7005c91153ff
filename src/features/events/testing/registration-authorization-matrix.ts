import { PUBLIC, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';
import { DEMO_EVENTS } from '../seed.ts';

/*
 * Registration needs no account: everyone gets the same answers. An empty form is a 400;
 * a made-up reference or link secret is a 404, never a hint that a registration exists.
 */
const KICK_OFF = DEMO_EVENTS.kickOff;
const FORM = `/veranstaltungen/${KICK_OFF.slug}/termine/${KICK_OFF.dates.luebeck}/anmeldung`;
const FORM_ROUTE = '/veranstaltungen/:slug/termine/:dateId/anmeldung';
const EVERYONE = (status: number) => ({ anonymous: status, member: status, manager: status, editor: status, juror: status, admin: status });

export const registrationRoutes: MatrixRoute[] = [
  { method: 'GET', url: FORM, route: FORM_ROUTE, expect: PUBLIC },
  { method: 'POST', url: FORM, route: FORM_ROUTE, expect: EVERYONE(400) },
  { method: 'POST', url: `${FORM}/bestaetigen`, route: `${FORM_ROUTE}/bestaetigen`, expect: EVERYONE(400) },
  { method: 'GET', url: '/anmeldung/DK-2222-22?token=x', route: '/anmeldung/:reference', expect: EVERYONE(404) },
  { method: 'POST', url: '/anmeldung/DK-2222-22?token=x', route: '/anmeldung/:reference', expect: EVERYONE(404) },
  { method: 'GET', url: '/anmeldung/DK-2222-22/angebot?token=x', route: '/anmeldung/:reference/angebot', expect: EVERYONE(404) },
  { method: 'POST', url: '/anmeldung/DK-2222-22/angebot?token=x', route: '/anmeldung/:reference/angebot', expect: EVERYONE(404) },
  { method: 'GET', url: '/anmeldung/DK-2222-22/bestaetigen?token=x', route: '/anmeldung/:reference/bestaetigen', expect: EVERYONE(404) },
  { method: 'POST', url: '/anmeldung/DK-2222-22/bestaetigen?token=x', route: '/anmeldung/:reference/bestaetigen', expect: EVERYONE(404) },
  // Linking to an account needs one; then the link's secret decides, as above.
  { method: 'POST', url: '/anmeldung/DK-2222-22/konto?token=x', route: '/anmeldung/:reference/konto', expect: { ...EVERYONE(404), anonymous: 303 } },
];
