import { FILE_TYPES } from '../../../platform/files/index.ts';
import { EDITORS, SIGNED_IN, type MatrixRole, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';
import { readTables, type ForeignIdMatrix } from '../../../testing/foreign-id-matrix.ts';
import { getOrganisationBySlug } from '../../organisations/service.ts';
import { insertApplication, insertAttachment, insertBudgetItem, insertCoApplicant, updateApplicationRow } from '../applications/repository.ts';
import {
  competitionAnswers,
  competitionApplications,
  competitionAttachments,
  competitionBudgetItems,
  competitionCoApplicants,
} from '../core/application-tables.ts';
import { insertFormSection } from '../core/form-repository.ts';
import { insertCall } from '../core/repository.ts';
import { DEMO_CALLS } from '../seed.ts';
import { DEMO_APPLICATIONS } from '../seed-applications.ts';

/*
 * Applications (issue 13). The demo manager manages the Kreis Schleswig-Flensburg, whose draft
 * is the one application any role may open; the others belong to organisations no matrix role
 * manages, so they are 404 for everyone signed in – not even their existence shows. POSTs go
 * with an empty form (400), or name something that is not there (404), and change nothing.
 */
const OWN = `/wettbewerb/bewerbungen/${DEMO_APPLICATIONS.draft}`;
const FOREIGN = `/wettbewerb/bewerbungen/${DEMO_APPLICATIONS.submitted}`;
const R = '/wettbewerb/bewerbungen/:id';
const NO_ID = '00000000-0000-4000-8000-000000000000';
const ORGANISATION = '7c0a1e00-0000-4000-8000-00000000dead';

const only = (manager: number, others = 404): Record<MatrixRole, number> => ({
  anonymous: 303,
  member: others,
  manager,
  editor: others,
  juror: others,
  admin: others,
});
const nobody = only(404);

const ownPages = ['vorhaben', 'finanzplan', 'partner', 'anlagen', 'pruefen'];

export const competitionApplicationRoutes: MatrixRoute[] = [
  {
    method: 'POST',
    url: '/wettbewerb/digitale-modellkommunen-2027/bewerbung',
    route: '/wettbewerb/:slug/bewerbung',
    expect: { ...SIGNED_IN, member: 400, manager: 400, editor: 400, juror: 400, admin: 400 },
  },
  { method: 'POST', url: '/wettbewerb/gibt-es-nicht/bewerbung', route: '/wettbewerb/:slug/bewerbung', expect: nobody },
  { method: 'GET', url: '/wettbewerb/bewerbungen', expect: SIGNED_IN },
  { method: 'GET', url: OWN, route: R, expect: only(200) },
  { method: 'GET', url: FOREIGN, route: R, expect: nobody },
  { method: 'GET', url: `/wettbewerb/bewerbungen/${NO_ID}`, route: R, expect: nobody },
  { method: 'GET', url: '/wettbewerb/bewerbungen/keine-id', route: R, expect: nobody },
  ...ownPages.flatMap((page): MatrixRoute[] => [
    { method: 'GET', url: `${OWN}/${page}`, route: `${R}/${page}`, expect: only(200) },
    { method: 'GET', url: `${FOREIGN}/${page}`, route: `${R}/${page}`, expect: nobody },
  ]),
  { method: 'GET', url: `${OWN}/abschnitt/${NO_ID}`, route: `${R}/abschnitt/:sectionId`, expect: nobody },
  { method: 'POST', url: `${OWN}/abschnitt/${NO_ID}`, route: `${R}/abschnitt/:sectionId`, expect: nobody },
  { method: 'POST', url: `${OWN}/vorhaben`, route: `${R}/vorhaben`, expect: only(400) },
  { method: 'POST', url: `${FOREIGN}/vorhaben`, route: `${R}/vorhaben`, expect: nobody },
  { method: 'POST', url: `${OWN}/finanzplan`, route: `${R}/finanzplan`, expect: only(400) },
  { method: 'POST', url: `${OWN}/finanzplan/${NO_ID}/entfernen`, route: `${R}/finanzplan/:itemId/entfernen`, expect: nobody },
  { method: 'POST', url: `${FOREIGN}/finanzplan/${NO_ID}/entfernen`, route: `${R}/finanzplan/:itemId/entfernen`, expect: nobody },
  { method: 'POST', url: `${OWN}/partner`, route: `${R}/partner`, expect: only(400) },
  { method: 'POST', url: `${OWN}/partner/${ORGANISATION}/entfernen`, route: `${R}/partner/:organisationId/entfernen`, expect: nobody },
  { method: 'GET', url: `${OWN}/einladung/${ORGANISATION}`, route: `${R}/einladung/:organisationId`, expect: nobody },
  { method: 'POST', url: `${OWN}/einladung/${ORGANISATION}`, route: `${R}/einladung/:organisationId`, expect: nobody },
  { method: 'POST', url: `${OWN}/anlagen`, route: `${R}/anlagen`, expect: only(400) },
  { method: 'GET', url: `${OWN}/anlagen/${NO_ID}`, route: `${R}/anlagen/:itemId`, expect: nobody },
  { method: 'POST', url: `${OWN}/anlagen/${NO_ID}/entfernen`, route: `${R}/anlagen/:itemId/entfernen`, expect: nobody },
  { method: 'POST', url: `${OWN}/absenden`, route: `${R}/absenden`, expect: only(400) },
  { method: 'POST', url: `${FOREIGN}/absenden`, route: `${R}/absenden`, expect: nobody },
  // a draft has no receipt and nothing submitted to show: back to its task list
  { method: 'GET', url: `${OWN}/eingereicht`, route: `${R}/eingereicht`, expect: only(303) },
  { method: 'GET', url: `${OWN}/angaben`, route: `${R}/angaben`, expect: only(303) },
  { method: 'GET', url: `${OWN}/eingangsbestaetigung.pdf`, route: `${R}/eingangsbestaetigung.pdf`, expect: nobody },
  { method: 'GET', url: `${FOREIGN}/eingangsbestaetigung.pdf`, route: `${R}/eingangsbestaetigung.pdf`, expect: nobody },
  // a draft cannot be withdrawn: back to its task list, or the task list again with the reason
  { method: 'GET', url: `${OWN}/zurueckziehen`, route: `${R}/zurueckziehen`, expect: only(303) },
  { method: 'GET', url: `${FOREIGN}/zurueckziehen`, route: `${R}/zurueckziehen`, expect: nobody },
  { method: 'POST', url: `${OWN}/zurueckziehen`, route: `${R}/zurueckziehen`, expect: only(409) },
  { method: 'POST', url: `${FOREIGN}/zurueckziehen`, route: `${R}/zurueckziehen`, expect: nobody },
  { method: 'POST', url: `${OWN}/rueckfrage`, route: `${R}/rueckfrage`, expect: only(400) },

  { method: 'GET', url: `/verwaltung/wettbewerb/${DEMO_CALLS.round2027}/bewerbungen`, route: '/verwaltung/wettbewerb/:id/bewerbungen', expect: EDITORS },
  {
    method: 'GET',
    url: `/verwaltung/wettbewerb/${DEMO_CALLS.round2027}/bewerbungen.csv`,
    route: '/verwaltung/wettbewerb/:id/bewerbungen.csv',
    expect: EDITORS,
  },
  {
    method: 'GET',
    url: `/verwaltung/wettbewerb/${DEMO_CALLS.round2027}/bewerbungen.xlsx`,
    route: '/verwaltung/wettbewerb/:id/bewerbungen.xlsx',
    expect: EDITORS,
  },
  {
    method: 'GET',
    url: `/verwaltung/wettbewerb/${DEMO_CALLS.round2027}/bewerbungen/${DEMO_APPLICATIONS.submitted}`,
    route: '/verwaltung/wettbewerb/:id/bewerbungen/:applicationId',
    expect: EDITORS,
  },
  {
    method: 'POST',
    url: `/verwaltung/wettbewerb/${DEMO_CALLS.round2027}/bewerbungen/${DEMO_APPLICATIONS.submitted}`,
    route: '/verwaltung/wettbewerb/:id/bewerbungen/:applicationId',
    expect: { ...EDITORS, editor: 400, admin: 400 },
  },
  // a draft is the applicant's own, and an application belongs to one call only
  {
    method: 'GET',
    url: `/verwaltung/wettbewerb/${DEMO_CALLS.round2027}/bewerbungen/${DEMO_APPLICATIONS.draft}`,
    route: '/verwaltung/wettbewerb/:id/bewerbungen/:applicationId',
    expect: { ...EDITORS, editor: 404, admin: 404 },
  },
  {
    method: 'GET',
    url: `/verwaltung/wettbewerb/${DEMO_CALLS.round2020}/bewerbungen/${DEMO_APPLICATIONS.submitted}`,
    route: '/verwaltung/wettbewerb/:id/bewerbungen/:applicationId',
    expect: { ...EDITORS, editor: 404, admin: 404 },
  },
];

interface OtherApplication {
  callId: string;
  section: string;
  application: string;
  item: string;
  partner: string;
  attachment: string;
}

/*
 * Another call with a section, and a submitted application to it with a cost item, an invited
 * partner and an attachment. Their real ids are put into the demo manager's own draft's
 * addresses (and the open demo call's screening pages): each must be found under its own
 * application or call, or answer 404 and change nothing.
 */
export const competitionApplicationForeignIds: ForeignIdMatrix<OtherApplication> = {
  async setUp(deps) {
    const call = await insertCall(deps.db, {
      slug: 'digitale-haefen-2099',
      title: 'Digitale Häfen 2099',
      summary: 'Ein zweiter Aufruf, dessen Bewerbungen nicht unter dem Demo-Aufruf erreichbar sein dürfen.',
      description: 'Gefördert werden digitale Hafenprojekte.',
      eligibleTypes: ['stadt'],
      agsPrefix: null,
      populationMin: null,
      populationMax: null,
      jointApplications: true,
      opensAt: new Date('2026-11-01T08:00:00Z'),
      closesAt: new Date('2099-03-31T21:59:00Z'),
      maxAmountCents: 5_000_000,
      totalBudgetCents: 50_000_000,
      ownSharePercent: 10,
      fundingStart: '2099-07-01',
      fundingEnd: '2100-06-30',
      blindReview: false,
      fieldsOfAction: [],
      contact: '',
      createdBy: null,
    });
    const section = await insertFormSection(deps.db, { callId: call.id, position: 1, title: 'Der Hafen', intro: '' });
    const luebeck = (await getOrganisationBySlug(deps.db, 'hansestadt-luebeck'))!;
    const flensburg = (await getOrganisationBySlug(deps.db, 'stadt-flensburg'))!;
    const application = (await insertApplication(deps.db, { callId: call.id, organisationId: luebeck.id, organisationName: luebeck.name, createdBy: null }))!;
    const item = await insertBudgetItem(deps.db, {
      applicationId: application.id,
      category: 'services',
      year: 2099,
      description: 'Beratung',
      amountCents: 100_000,
    });
    await insertCoApplicant(deps.db, { applicationId: application.id, organisationId: flensburg.id, organisationName: flensburg.name, part: 'Hafenamt' });
    const file = await deps.files.put(Buffer.from('%PDF-1.4\n%%EOF\n'), {
      originalName: 'angebot.pdf',
      createdBy: null,
      allowedTypes: [FILE_TYPES.pdf],
      maxBytes: 1024,
    });
    const attachment = await insertAttachment(deps.db, { applicationId: application.id, kind: 'costEstimate', fileId: file.id });
    await updateApplicationRow(deps.db, application.id, { status: 'submitted', reference: 'WB-2099-0001', submittedAt: new Date() });
    return { callId: call.id, section: section.id, application: application.id, item: item.id, partner: flensburg.id, attachment: attachment.id };
  },
  state: (deps) => readTables(deps.db, [competitionApplications, competitionAnswers, competitionBudgetItems, competitionCoApplicants, competitionAttachments]),
  rows: [
    { method: 'GET', route: `${R}/abschnitt/:sectionId`, what: "another call's section", url: (o) => `${OWN}/abschnitt/${o.section}`, expect: nobody },
    {
      method: 'POST',
      route: `${R}/abschnitt/:sectionId`,
      what: "another call's section",
      url: (o) => `${OWN}/abschnitt/${o.section}`,
      form: () => ({}),
      expect: nobody,
    },
    {
      method: 'POST',
      route: `${R}/finanzplan/:itemId/entfernen`,
      what: "another application's cost item",
      url: (o) => `${OWN}/finanzplan/${o.item}/entfernen`,
      expect: nobody,
    },
    {
      method: 'POST',
      route: `${R}/partner/:organisationId/entfernen`,
      what: "another application's partner",
      url: (o) => `${OWN}/partner/${o.partner}/entfernen`,
      expect: nobody,
    },
    {
      method: 'GET',
      route: `${R}/einladung/:organisationId`,
      what: "another application's invitation",
      url: (o) => `${OWN}/einladung/${o.partner}`,
      expect: nobody,
    },
    {
      method: 'POST',
      route: `${R}/einladung/:organisationId`,
      what: "another application's invitation",
      url: (o) => `${OWN}/einladung/${o.partner}`,
      form: () => ({ answer: 'confirmed' }),
      expect: nobody,
    },
    { method: 'GET', route: `${R}/anlagen/:itemId`, what: "another application's attachment", url: (o) => `${OWN}/anlagen/${o.attachment}`, expect: nobody },
    {
      method: 'POST',
      route: `${R}/anlagen/:itemId/entfernen`,
      what: "another application's attachment",
      url: (o) => `${OWN}/anlagen/${o.attachment}/entfernen`,
      expect: nobody,
    },
    {
      method: 'GET',
      route: '/verwaltung/wettbewerb/:id/bewerbungen/:applicationId',
      what: "another call's application",
      url: (o) => `/verwaltung/wettbewerb/${DEMO_CALLS.round2027}/bewerbungen/${o.application}`,
      expect: { ...EDITORS, editor: 404, admin: 404 },
    },
    {
      method: 'POST',
      route: '/verwaltung/wettbewerb/:id/bewerbungen/:applicationId',
      what: "another call's application",
      url: (o) => `/verwaltung/wettbewerb/${DEMO_CALLS.round2027}/bewerbungen/${o.application}`,
      form: () => ({ outcome: 'eligible', note: '' }),
      expect: { ...EDITORS, editor: 404, admin: 404 },
    },
  ],
};
