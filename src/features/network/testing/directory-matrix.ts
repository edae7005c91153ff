import { updateUser } from '../../../platform/auth/user-repository.ts';
import { PUBLIC, SIGNED_IN, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';
import { readTables, type ForeignIdMatrix } from '../../../testing/foreign-id-matrix.ts';
import { networkProfiles } from '../core/tables.ts';
import { createProfiledPerson, givePicture } from './directory-fixtures.ts';

/*
 * The directory of people and the person's own profile. A listed person's profile and picture
 * are public; anything else of a person answers 404 to everyone. Forms are sent empty (400 for
 * the person signed in), the picture form as a plain form (400). Removing one's own picture is
 * always allowed and removes nothing when there is none.
 */
const NO_ID = '00000000-0000-4000-8000-000000000000';
const NOBODY = { anonymous: 404, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 } as const;
const OWN_FORM = { anonymous: 303, member: 400, manager: 400, editor: 400, juror: 400, admin: 400 } as const;
const OWN_ACTION = { anonymous: 303, member: 303, manager: 303, editor: 303, juror: 303, admin: 303 } as const;
const PERSON = '/netzwerk/personen/:userId';
const PICTURE = `${PERSON}/bild/:fileId`;

export const networkDirectoryRoutes: MatrixRoute[] = [
  { method: 'GET', url: '/netzwerk/personen', expect: PUBLIC },
  { method: 'GET', url: '/netzwerk/personen?sektor=verwaltung&art=gemeinde&thema=open%20data&seite=2', route: '/netzwerk/personen', expect: PUBLIC },
  { method: 'GET', url: `/netzwerk/personen/${NO_ID}`, route: PERSON, expect: NOBODY },
  { method: 'GET', url: '/netzwerk/personen/kein-id', route: PERSON, expect: NOBODY },
  { method: 'GET', url: `/netzwerk/personen/${NO_ID}/bild/${NO_ID}`, route: PICTURE, expect: NOBODY },
  { method: 'GET', url: '/netzwerk/mein-profil', expect: SIGNED_IN },
  { method: 'POST', url: '/netzwerk/mein-profil', expect: OWN_FORM },
  { method: 'GET', url: '/netzwerk/mein-profil/bild', expect: SIGNED_IN },
  { method: 'POST', url: '/netzwerk/mein-profil/bild', expect: OWN_FORM },
  { method: 'POST', url: '/netzwerk/mein-profil/bild/entfernen', expect: OWN_ACTION },
];

interface People {
  listed: string;
  listedFile: string;
  unlisted: string;
  unlistedFile: string;
  disabled: string;
}

export const networkDirectoryForeignIds: ForeignIdMatrix<People> = {
  async setUp(deps) {
    const listed = await createProfiledPerson(deps, { displayName: 'Matrix Gelistet' });
    const unlisted = await createProfiledPerson(deps, { displayName: 'Matrix Ungelistet', profile: { listed: false } });
    const disabled = await createProfiledPerson(deps, { displayName: 'Matrix Gesperrt' });
    const [listedFile] = await givePicture(deps, listed);
    const [unlistedFile] = await givePicture(deps, unlisted, '#aa3366');
    await updateUser(deps.db, disabled.id, { disabledAt: new Date() });
    return { listed: listed.id, listedFile: listedFile!, unlisted: unlisted.id, unlistedFile: unlistedFile!, disabled: disabled.id };
  },
  state: (deps) => readTables(deps.db, [networkProfiles]),
  rows: [
    { method: 'GET', route: PERSON, what: 'a listed person', url: (p) => `/netzwerk/personen/${p.listed}`, expect: PUBLIC },
    { method: 'GET', route: PERSON, what: 'a person not listed', url: (p) => `/netzwerk/personen/${p.unlisted}`, expect: NOBODY },
    { method: 'GET', route: PERSON, what: 'a listed person whose account is disabled', url: (p) => `/netzwerk/personen/${p.disabled}`, expect: NOBODY },
    { method: 'GET', route: PICTURE, what: "a listed person's picture", url: (p) => `/netzwerk/personen/${p.listed}/bild/${p.listedFile}`, expect: PUBLIC },
    {
      method: 'GET',
      route: PICTURE,
      what: "an unlisted person's picture under a listed person",
      url: (p) => `/netzwerk/personen/${p.listed}/bild/${p.unlistedFile}`,
      expect: NOBODY,
    },
    {
      method: 'GET',
      route: PICTURE,
      what: "an unlisted person's picture",
      url: (p) => `/netzwerk/personen/${p.unlisted}/bild/${p.unlistedFile}`,
      expect: NOBODY,
    },
  ],
};
