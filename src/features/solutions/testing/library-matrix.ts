import { FILE_TYPES } from '../../../platform/files/index.ts';
import { PUBLIC, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';
import { readTables, type ForeignIdMatrix } from '../../../testing/foreign-id-matrix.ts';
import { solutionDocuments } from '../core/tables.ts';
import { insertDemoDocument } from './library-documents.ts';
import { DEMO_SOLUTIONS } from '../seed.ts';

/*
 * The public library (issue 14): the list with its filters, a published demo solution's page
 * and the 404 of the draft and the one in review (seed-solutions.ts). The demo has no
 * documents and no pictures, so those addresses name ones that do not exist here; the
 * foreign-id rows below make real ones.
 */
const NOBODY = { anonymous: 404, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 } as const;
const NO_ID = '00000000-0000-4000-8000-000000000000';
const S = '/loesungen/:slug';
const D = `${S}/dokumente/:documentId`;
const P = `${S}/bild/:fileId`;
const PUBLISHED = '/loesungen/digitales-ratsinformationssystem';

export const solutionLibraryRoutes: MatrixRoute[] = [
  { method: 'GET', url: '/loesungen', expect: PUBLIC },
  {
    method: 'GET',
    url: '/loesungen?q=Parkplatz&handlungsfeld=mobilitaet&groesse=10000-50000&reife=pilot&opensource=ja&kosten=bis-10000&sortierung=neueste&seite=2',
    route: '/loesungen',
    expect: PUBLIC,
  },
  { method: 'GET', url: PUBLISHED, route: S, expect: PUBLIC },
  { method: 'GET', url: '/loesungen/online-terminvergabe', route: S, expect: NOBODY },
  { method: 'GET', url: '/loesungen/rufbus-on-demand', route: S, expect: NOBODY },
  { method: 'GET', url: '/loesungen/Kein_Name', route: S, expect: NOBODY },
  { method: 'GET', url: `${PUBLISHED}/dokumente/${NO_ID}`, route: D, expect: NOBODY },
  { method: 'GET', url: `${PUBLISHED}/dokumente/keine-id`, route: D, expect: NOBODY },
  { method: 'GET', url: `${PUBLISHED}/bild/${NO_ID}`, route: P, expect: NOBODY },
];

interface LibraryDocuments {
  /** a document of the published council information system */
  published: string;
  publishedFile: string;
  /** a document of the draft "Online-Terminvergabe" */
  draft: string;
}

/** Documents of other solutions, and a draft's, on a published solution's addresses: never found. */
export const solutionLibraryForeignIds: ForeignIdMatrix<LibraryDocuments> = {
  async setUp(deps) {
    const put = (name: string) => {
      const bytes = Buffer.from(`%PDF-1.4\n% ${name}\n%%EOF\n`);
      return deps.files.put(bytes, { originalName: `${name}.pdf`, createdBy: null, allowedTypes: [FILE_TYPES.pdf], maxBytes: bytes.length });
    };
    const publishedFile = await put('leistungsverzeichnis');
    const published = await insertDemoDocument(deps.db, {
      solutionId: DEMO_SOLUTIONS.councilInformation,
      title: 'Leistungsverzeichnis',
      fileId: publishedFile.id,
    });
    const draft = await insertDemoDocument(deps.db, { solutionId: DEMO_SOLUTIONS.appointments, title: 'Entwurf', fileId: (await put('entwurf')).id });
    return { published, publishedFile: publishedFile.id, draft };
  },
  state: (deps) => readTables(deps.db, [solutionDocuments]),
  rows: [
    { method: 'GET', route: D, what: 'its own document', url: (o) => `${PUBLISHED}/dokumente/${o.published}`, expect: PUBLIC },
    { method: 'GET', route: D, what: "another solution's document", url: (o) => `/loesungen/open-data-portal/dokumente/${o.published}`, expect: NOBODY },
    { method: 'GET', route: D, what: "a draft's document", url: (o) => `/loesungen/online-terminvergabe/dokumente/${o.draft}`, expect: NOBODY },
    { method: 'GET', route: D, what: "a draft's document on a published solution", url: (o) => `${PUBLISHED}/dokumente/${o.draft}`, expect: NOBODY },
    { method: 'GET', route: P, what: 'a file that is no picture of the solution', url: (o) => `${PUBLISHED}/bild/${o.publishedFile}`, expect: NOBODY },
  ],
};
