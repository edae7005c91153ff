import { FILE_TYPES } from '../../../platform/files/index.ts';
import { EDITORS, PUBLIC, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';
import { readTables, type ForeignIdMatrix } from '../../../testing/foreign-id-matrix.ts';
import { competitionCallDocuments } from '../core/form-tables.ts';
import { insertCall } from '../core/repository.ts';
import { insertCallDocument } from '../documents/repository.ts';
import { DEMO_CALLS } from '../seed.ts';
import { demoDocumentIds } from '../seed-documents.ts';

/*
 * The documents of a call: the editors' list names the open demo call, the downloads its demo
 * documents (seed-documents.ts). The upload is sent as a plain form, which is no upload (400);
 * removing and moving name a document that does not exist (404), so the matrix changes nothing.
 */
const CALL = `/verwaltung/wettbewerb/${DEMO_CALLS.round2027}`;
const R = '/verwaltung/wettbewerb/:id/unterlagen';
const D = '/wettbewerb/:slug/unterlagen/:documentId';
const SLUG = 'digitale-modellkommunen-2027';
const NO_ID = '00000000-0000-4000-8000-000000000000';
const forEditors = (status: number) => ({ ...EDITORS, editor: status, admin: status });
const NOBODY = { anonymous: 404, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 } as const;
const OPEN = demoDocumentIds(DEMO_CALLS.round2027);

export const competitionDocumentRoutes: MatrixRoute[] = [
  { method: 'GET', url: `${CALL}/unterlagen`, route: R, expect: EDITORS },
  { method: 'POST', url: `${CALL}/unterlagen`, route: R, expect: forEditors(400) },
  { method: 'GET', url: `/verwaltung/wettbewerb/${NO_ID}/unterlagen`, route: R, expect: forEditors(404) },
  { method: 'POST', url: `${CALL}/unterlagen/${NO_ID}/entfernen`, route: `${R}/:documentId/entfernen`, expect: forEditors(404) },
  { method: 'POST', url: `${CALL}/unterlagen/${NO_ID}/verschieben`, route: `${R}/:documentId/verschieben`, expect: forEditors(404) },
  { method: 'GET', url: `/wettbewerb/${SLUG}/unterlagen/${OPEN.callText.document}`, route: D, expect: PUBLIC },
  { method: 'GET', url: `/wettbewerb/${SLUG}/unterlagen/${NO_ID}`, route: D, expect: NOBODY },
  { method: 'GET', url: `/wettbewerb/${SLUG}/unterlagen/keine-id`, route: D, expect: NOBODY },
];

interface OtherDocuments {
  /** a document of the 2020 demo call */
  otherCall: string;
  /** a draft call's slug and its document */
  draftSlug: string;
  draft: string;
}

/*
 * A document of the other demo call on the open call's addresses, and a draft call's document,
 * which only editors download (they open it from their list).
 */
export const competitionDocumentForeignIds: ForeignIdMatrix<OtherDocuments> = {
  async setUp(deps) {
    const draft = await insertCall(deps.db, {
      slug: 'unterlagen-im-entwurf',
      title: 'Aufruf im Entwurf',
      summary: 'Noch nicht veröffentlicht.',
      description: 'Noch nicht veröffentlicht.',
      eligibleTypes: ['gemeinde'],
      agsPrefix: null,
      populationMin: null,
      populationMax: null,
      jointApplications: false,
      opensAt: new Date('2099-01-01T08:00:00Z'),
      closesAt: new Date('2099-02-26T22:59:00Z'),
      maxAmountCents: 1_000_000,
      totalBudgetCents: 10_000_000,
      ownSharePercent: 10,
      fundingStart: '2099-07-01',
      fundingEnd: '2100-06-30',
      blindReview: false,
      fieldsOfAction: [],
      contact: '',
      createdBy: null,
    });
    const bytes = Buffer.from('%PDF-1.4\n% Entwurf\n%%EOF\n');
    const file = await deps.files.put(bytes, { originalName: 'entwurf.pdf', createdBy: null, allowedTypes: [FILE_TYPES.pdf], maxBytes: bytes.length });
    const document = await insertCallDocument(deps.db, { callId: draft.id, position: 1, title: 'Entwurf', fileId: file.id });
    return { otherCall: demoDocumentIds(DEMO_CALLS.round2020).callText.document, draftSlug: draft.slug, draft: document!.id };
  },
  state: (deps) => readTables(deps.db, [competitionCallDocuments]),
  rows: [
    { method: 'GET', route: D, what: "another call's document", url: (o) => `/wettbewerb/${SLUG}/unterlagen/${o.otherCall}`, expect: NOBODY },
    {
      method: 'GET',
      route: D,
      what: "a draft call's document",
      url: (o) => `/wettbewerb/${o.draftSlug}/unterlagen/${o.draft}`,
      expect: { ...NOBODY, editor: 200, admin: 200 },
    },
    {
      method: 'POST',
      route: `${R}/:documentId/entfernen`,
      what: "another call's document",
      url: (o) => `${CALL}/unterlagen/${o.otherCall}/entfernen`,
      expect: forEditors(404),
    },
    {
      method: 'POST',
      route: `${R}/:documentId/verschieben`,
      what: "another call's document",
      url: (o) => `${CALL}/unterlagen/${o.otherCall}/verschieben`,
      form: () => ({ direction: 'runter' }),
      expect: forEditors(404),
    },
  ],
};
