import { FILE_TYPES } from '../../../platform/files/index.ts';
import { EDITORS, SIGNED_IN, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';
import { readTables, type ForeignIdMatrix } from '../../../testing/foreign-id-matrix.ts';
import { insertSolution } from '../core/repository.ts';
import { solutionDocuments, solutions } from '../core/tables.ts';
import { insertSolutionDocument } from '../profiles/repository.ts';
import { DEMO_SOLUTIONS } from '../seed.ts';

/*
 * Writing a solution profile. The demo manager manages the Kreis Schleswig-Flensburg, whose
 * demo solution "Rufbus on demand" is in review, and the Gemeinde Süderbrarup, whose
 * "Online-Terminvergabe" is a draft; the demo member belongs to the Gemeinde without managing
 * it. Everyone but the owners' managers gets 404, as for a solution that does not exist.
 * Forms are sent empty (400 where the person may send them), uploads as plain forms (400),
 * and removals name nothing that exists, so the matrix changes nothing.
 */
const OWN = DEMO_SOLUTIONS.onDemandBus;
const DRAFT = DEMO_SOLUTIONS.appointments;
const NO_ID = '00000000-0000-4000-8000-000000000000';
const E = '/loesungen/bearbeiten/:id';
const owners = (status: number) => ({ anonymous: 303, member: 404, manager: status, editor: 404, juror: 404, admin: 404 });
const NOBODY = owners(404);
const forEditors = (status: number) => ({ ...EDITORS, editor: status, admin: status });

export const solutionProfileRoutes: MatrixRoute[] = [
  { method: 'GET', url: '/loesungen/meine', expect: SIGNED_IN },
  { method: 'GET', url: '/loesungen/neu', expect: { anonymous: 303, member: 403, manager: 200, editor: 403, juror: 403, admin: 403 } },
  { method: 'POST', url: '/loesungen/neu', expect: { anonymous: 303, member: 403, manager: 400, editor: 403, juror: 403, admin: 403 } },
  { method: 'GET', url: `/loesungen/bearbeiten/${OWN}`, route: E, expect: owners(200) },
  { method: 'GET', url: `/loesungen/bearbeiten/${DRAFT}`, route: E, expect: owners(200) },
  { method: 'GET', url: `/loesungen/bearbeiten/${NO_ID}`, route: E, expect: NOBODY },
  { method: 'GET', url: '/loesungen/bearbeiten/keine-id', route: E, expect: NOBODY },
  { method: 'POST', url: `/loesungen/bearbeiten/${OWN}`, route: E, expect: owners(400) },
  { method: 'POST', url: `/loesungen/bearbeiten/${NO_ID}/einreichen`, route: `${E}/einreichen`, expect: NOBODY },
  { method: 'GET', url: `/loesungen/bearbeiten/${OWN}/dokumente`, route: `${E}/dokumente`, expect: owners(200) },
  { method: 'POST', url: `/loesungen/bearbeiten/${OWN}/dokumente`, route: `${E}/dokumente`, expect: owners(400) },
  { method: 'GET', url: `/loesungen/bearbeiten/${OWN}/dokumente/${NO_ID}`, route: `${E}/dokumente/:documentId`, expect: NOBODY },
  {
    method: 'POST',
    url: `/loesungen/bearbeiten/${OWN}/dokumente/${NO_ID}/verschieben`,
    route: `${E}/dokumente/:documentId/verschieben`,
    expect: NOBODY,
  },
  {
    method: 'POST',
    url: `/loesungen/bearbeiten/${OWN}/dokumente/${NO_ID}/entfernen`,
    route: `${E}/dokumente/:documentId/entfernen`,
    expect: NOBODY,
  },
  { method: 'GET', url: `/loesungen/bearbeiten/${OWN}/bild`, route: `${E}/bild`, expect: owners(200) },
  { method: 'POST', url: `/loesungen/bearbeiten/${OWN}/bild`, route: `${E}/bild`, expect: owners(400) },
  { method: 'POST', url: `/loesungen/bearbeiten/${NO_ID}/bild/entfernen`, route: `${E}/bild/entfernen`, expect: NOBODY },
  { method: 'GET', url: `/loesungen/bearbeiten/${OWN}/bild/${NO_ID}`, route: `${E}/bild/:fileId`, expect: NOBODY },
  { method: 'GET', url: `/loesungen/bearbeiten/${OWN}/versionen`, route: `${E}/versionen`, expect: { ...owners(200), editor: 200, admin: 200 } },
  { method: 'GET', url: `/loesungen/bearbeiten/${OWN}/versionen?von=99`, route: `${E}/versionen`, expect: owners(404) },
  { method: 'GET', url: `/loesungen/bearbeiten/${NO_ID}/versionen`, route: `${E}/versionen`, expect: NOBODY },
  { method: 'POST', url: `/loesungen/bearbeiten/${OWN}/wiederherstellen`, route: `${E}/wiederherstellen`, expect: owners(400) },
  { method: 'POST', url: `/loesungen/bearbeiten/${NO_ID}/wiederherstellen`, route: `${E}/wiederherstellen`, expect: NOBODY },
  { method: 'GET', url: '/verwaltung/loesungen', expect: EDITORS },
  { method: 'GET', url: `/verwaltung/loesungen/${OWN}`, route: '/verwaltung/loesungen/:id', expect: EDITORS },
  { method: 'GET', url: `/verwaltung/loesungen/${NO_ID}`, route: '/verwaltung/loesungen/:id', expect: forEditors(404) },
  { method: 'POST', url: `/verwaltung/loesungen/${OWN}`, route: '/verwaltung/loesungen/:id', expect: forEditors(400) },
];

interface OtherSolution {
  /** a draft of an organisation none of the demo accounts manages, and its document */
  draft: string;
  document: string;
}

/*
 * A draft of another organisation, by its guessed id, and its document under the demo
 * manager's own solution: both answer 404 to everyone, editors included where the address is
 * the owners'. Editors download a draft's document from their review page only under its own solution.
 */
export const solutionProfileForeignIds: ForeignIdMatrix<OtherSolution> = {
  async setUp(deps) {
    const draft = await insertSolution(deps.db, {
      slug: 'entwurf-einer-anderen-organisation',
      ownerOrganisationId: '7c0a1e00-0000-4000-8099-000000000001',
      title: 'Entwurf einer anderen Organisation',
      summary: 'Noch nicht veröffentlicht.',
      problem: '',
      approach: '',
      maturity: 'idea',
    });
    const bytes = Buffer.from('%PDF-1.4\n% Entwurf\n%%EOF\n');
    const file = await deps.files.put(bytes, { originalName: 'entwurf.pdf', createdBy: null, allowedTypes: [FILE_TYPES.pdf], maxBytes: bytes.length });
    const document = await insertSolutionDocument(deps.db, { solutionId: draft.id, position: 1, title: 'Entwurf', fileId: file.id });
    return { draft: draft.id, document: document!.id };
  },
  state: (deps) => readTables(deps.db, [solutions, solutionDocuments]),
  rows: [
    { method: 'GET', route: E, what: "another organisation's draft", url: (o) => `/loesungen/bearbeiten/${o.draft}`, expect: NOBODY },
    {
      method: 'POST',
      route: E,
      what: "another organisation's draft",
      url: (o) => `/loesungen/bearbeiten/${o.draft}`,
      form: () => ({ title: 'Übernommen', summary: 'Übernommen', maturity: 'idea' }),
      expect: NOBODY,
    },
    {
      method: 'POST',
      route: `${E}/einreichen`,
      what: "another organisation's draft",
      url: (o) => `/loesungen/bearbeiten/${o.draft}/einreichen`,
      expect: NOBODY,
    },
    {
      method: 'GET',
      route: `${E}/versionen`,
      what: "another organisation's draft",
      url: (o) => `/loesungen/bearbeiten/${o.draft}/versionen`,
      expect: { ...NOBODY, editor: 200, admin: 200 },
    },
    {
      method: 'POST',
      route: `${E}/wiederherstellen`,
      what: "another organisation's draft",
      url: (o) => `/loesungen/bearbeiten/${o.draft}/wiederherstellen`,
      form: () => ({ version: '1' }),
      expect: NOBODY,
    },
    {
      method: 'GET',
      route: `${E}/dokumente/:documentId`,
      what: "another solution's document",
      url: (o) => `/loesungen/bearbeiten/${OWN}/dokumente/${o.document}`,
      expect: NOBODY,
    },
    {
      method: 'GET',
      route: `${E}/dokumente/:documentId`,
      what: "a draft's document under its own solution",
      url: (o) => `/loesungen/bearbeiten/${o.draft}/dokumente/${o.document}`,
      expect: { ...NOBODY, editor: 200, admin: 200 },
    },
    {
      method: 'POST',
      route: `${E}/dokumente/:documentId/verschieben`,
      what: "another solution's document",
      url: (o) => `/loesungen/bearbeiten/${OWN}/dokumente/${o.document}/verschieben`,
      form: () => ({ direction: 'hoch' }),
      expect: NOBODY,
    },
    {
      method: 'POST',
      route: `${E}/dokumente/:documentId/entfernen`,
      what: "another solution's document",
      url: (o) => `/loesungen/bearbeiten/${OWN}/dokumente/${o.document}/entfernen`,
      expect: NOBODY,
    },
    {
      method: 'GET',
      route: `${E}/bild/:fileId`,
      what: "a file that is not the solution's picture",
      url: (o) => `/loesungen/bearbeiten/${o.draft}/bild/${o.document}`,
      expect: { ...NOBODY, editor: 404, admin: 404 },
    },
  ],
};
