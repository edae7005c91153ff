import { PUBLIC, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';
import { FILE_TYPES } from '../../../platform/files/index.ts';
import { readTables, type ForeignIdMatrix } from '../../../testing/foreign-id-matrix.ts';
import { createTestEvent } from '../../events/testing/registration-fixtures.ts';
import { networkGroupEvents, networkGroupFiles } from '../core/tables.ts';
import { DEMO_GROUPS } from '../seed-ids.ts';
import { insertGroupEvent, insertGroupFile } from '../shelf/repository.ts';
import { insertTestGroup } from './group-fixtures.ts';

/*
 * A group's file shelf and events. The demo's manager@ owns the public model municipalities'
 * group and is a member of the hidden steering group; mitglied@ is a member of the
 * members-only providers' group only. The static rows name a file and an event that do not
 * exist, so nothing changes; the rows with real ids of another group follow below.
 */
const NO_ID = '00000000-0000-4000-8000-000000000000';
const OPEN = `/netzwerk/gruppen/${DEMO_GROUPS.modelMunicipalities.slug}`;
const MEMBERS = `/netzwerk/gruppen/${DEMO_GROUPS.providers.slug}`;
const HIDDEN = `/netzwerk/gruppen/${DEMO_GROUPS.steering.slug}`;
const G = '/netzwerk/gruppen/:slug';

/** a members-only group's pages: its members read them, everyone else is refused */
const MEMBERS_READ = { anonymous: 403, member: 200, manager: 403, editor: 403, juror: 403, admin: 403 } as const;
/** a hidden group's pages exist only for its members (manager@) */
const HIDDEN_READ = { anonymous: 404, member: 404, manager: 200, editor: 404, juror: 404, admin: 404 } as const;
/** what only the open group's owner (manager@) may send; an empty form is refused as bad input */
const OWNER_SENDS = { anonymous: 303, member: 403, manager: 400, editor: 403, juror: 403, admin: 403 } as const;
/** a moderator's action on a file or event the open group does not have */
const OWNER_MISSES = { anonymous: 303, member: 403, manager: 404, editor: 403, juror: 403, admin: 403 } as const;
const NOBODY = { anonymous: 404, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 } as const;
const NOBODY_SIGNED_IN = { anonymous: 303, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 } as const;

export const networkShelfRoutes: MatrixRoute[] = [
  { method: 'GET', url: `${OPEN}/dateien`, route: `${G}/dateien`, expect: PUBLIC },
  { method: 'GET', url: `${MEMBERS}/dateien`, route: `${G}/dateien`, expect: MEMBERS_READ },
  { method: 'GET', url: `${HIDDEN}/dateien`, route: `${G}/dateien`, expect: HIDDEN_READ },
  // members upload; the matrix's form is not multipart, so even the owner's is refused
  { method: 'POST', url: `${OPEN}/dateien`, route: `${G}/dateien`, expect: OWNER_SENDS },
  { method: 'POST', url: `${HIDDEN}/dateien`, route: `${G}/dateien`, expect: { ...NOBODY_SIGNED_IN, manager: 400 } },
  { method: 'GET', url: `${OPEN}/dateien/${NO_ID}`, route: `${G}/dateien/:fileId`, expect: NOBODY },
  { method: 'GET', url: `${OPEN}/dateien/keine-id`, route: `${G}/dateien/:fileId`, expect: NOBODY },
  { method: 'GET', url: `${HIDDEN}/dateien/${NO_ID}`, route: `${G}/dateien/:fileId`, expect: NOBODY },
  { method: 'POST', url: `${OPEN}/dateien/${NO_ID}/loeschen`, route: `${G}/dateien/:fileId/loeschen`, expect: NOBODY_SIGNED_IN },
  {
    method: 'POST',
    url: `${MEMBERS}/dateien/${NO_ID}/loeschen`,
    route: `${G}/dateien/:fileId/loeschen`,
    expect: { ...MEMBERS_READ, anonymous: 303, member: 404 },
  },
  { method: 'POST', url: `${OPEN}/dateien/${NO_ID}/verschieben`, route: `${G}/dateien/:fileId/verschieben`, expect: OWNER_MISSES },
  { method: 'GET', url: `${OPEN}/veranstaltungen`, route: `${G}/veranstaltungen`, expect: PUBLIC },
  { method: 'GET', url: `${MEMBERS}/veranstaltungen`, route: `${G}/veranstaltungen`, expect: MEMBERS_READ },
  { method: 'GET', url: `${HIDDEN}/veranstaltungen`, route: `${G}/veranstaltungen`, expect: HIDDEN_READ },
  { method: 'POST', url: `${OPEN}/veranstaltungen`, route: `${G}/veranstaltungen`, expect: OWNER_SENDS },
  // manager@ is a plain member of the hidden group
  { method: 'POST', url: `${HIDDEN}/veranstaltungen`, route: `${G}/veranstaltungen`, expect: { ...NOBODY_SIGNED_IN, manager: 403 } },
  { method: 'POST', url: `${OPEN}/veranstaltungen/${NO_ID}/entfernen`, route: `${G}/veranstaltungen/:eventId/entfernen`, expect: OWNER_MISSES },
  { method: 'POST', url: `${OPEN}/veranstaltungen/keine-id/entfernen`, route: `${G}/veranstaltungen/:eventId/entfernen`, expect: OWNER_MISSES },
];

interface Shelf {
  /** a file and a marked event of a public group no demo account belongs to */
  foreignFile: string;
  foreignEvent: string;
  foreignSlug: string;
}

const PDF = Buffer.from('%PDF-1.4\n% Protokoll einer fremden Gruppe\ntrailer << >>\n%%EOF\n');

export const networkShelfForeignIds: ForeignIdMatrix<Shelf> = {
  async setUp(deps) {
    const foreignSlug = 'fremde-gruppe-regal-matrix';
    const groupId = (await insertTestGroup(deps, { slug: foreignSlug, visibility: 'public' })).id;
    const file = await deps.files.put(PDF, { originalName: 'protokoll.pdf', createdBy: null, allowedTypes: [FILE_TYPES.pdf], maxBytes: PDF.length });
    const entry = await insertGroupFile(deps.db, { groupId, fileId: file.id, title: 'Protokoll', position: 1, uploadedBy: null });
    const event = await createTestEvent(deps.db, { slug: 'fremde-gruppe-regal-matrix', questions: false, worldCafe: false, dates: { d: {} } });
    await insertGroupEvent(deps.db, { groupId, eventId: event.id, addedBy: null });
    return { foreignFile: entry!.id, foreignEvent: event.id, foreignSlug };
  },
  state: (deps) => readTables(deps.db, [networkGroupFiles, networkGroupEvents]),
  rows: [
    {
      method: 'GET',
      route: `${G}/dateien/:fileId`,
      what: "another group's file under the open demo group",
      url: (s) => `${OPEN}/dateien/${s.foreignFile}`,
      expect: NOBODY,
    },
    {
      method: 'POST',
      route: `${G}/dateien/:fileId/loeschen`,
      what: "another group's file under the open demo group its owner moderates",
      url: (s) => `${OPEN}/dateien/${s.foreignFile}/loeschen`,
      expect: NOBODY_SIGNED_IN,
    },
    {
      method: 'POST',
      route: `${G}/dateien/:fileId/loeschen`,
      what: 'a file of a group the visitor is not in, under its own address',
      url: (s) => `/netzwerk/gruppen/${s.foreignSlug}/dateien/${s.foreignFile}/loeschen`,
      expect: { anonymous: 303, member: 403, manager: 403, editor: 403, juror: 403, admin: 403 },
    },
    {
      method: 'POST',
      route: `${G}/dateien/:fileId/verschieben`,
      what: "another group's file under the open demo group its owner moderates",
      url: (s) => `${OPEN}/dateien/${s.foreignFile}/verschieben`,
      form: () => ({ direction: 'hoch' }),
      expect: OWNER_MISSES,
    },
    {
      method: 'POST',
      route: `${G}/veranstaltungen/:eventId/entfernen`,
      what: 'an event marked by another group, under the open demo group its owner moderates',
      url: (s) => `${OPEN}/veranstaltungen/${s.foreignEvent}/entfernen`,
      expect: OWNER_MISSES,
    },
    {
      method: 'POST',
      route: `${G}/veranstaltungen/:eventId/entfernen`,
      what: 'an event of a group the visitor does not moderate, under its own address',
      url: (s) => `/netzwerk/gruppen/${s.foreignSlug}/veranstaltungen/${s.foreignEvent}/entfernen`,
      expect: { anonymous: 303, member: 403, manager: 403, editor: 403, juror: 403, admin: 403 },
    },
  ],
};
