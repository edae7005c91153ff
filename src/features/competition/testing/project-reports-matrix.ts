import { FILE_TYPES } from '../../../platform/files/index.ts';
import { createTestUser } from '../../../testing/harness.ts';
import { PUBLIC, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';
import { ALLOWED, readTables, type ForeignIdMatrix } from '../../../testing/foreign-id-matrix.ts';
import { insertMembership, insertOrganisation } from '../../organisations/repository.ts';
import { competitionReportFiles, competitionReports } from '../core/project-tables.ts';
import { insertProject } from '../core/project-repository.ts';
import { insertReport, insertReportFile } from '../projects/reports/repository.ts';
import { DEMO_CALLS } from '../seed.ts';
import { DEMO_PROJECT_REPORTS } from '../seed-project-reports.ts';

/*
 * A funded project's reports. The demo project of Kreis Schleswig-Flensburg is managed by the
 * matrix's manager; its workspace is theirs and the editors', 404 for everyone else signed in.
 * POSTs name a report that does not exist or send an empty form, so nothing changes.
 */
const { project: PROJECT, slug: SLUG, final: FINAL, interim: INTERIM, finalAttachment: ATTACHMENT } = DEMO_PROJECT_REPORTS;
const NO_ID = '00000000-0000-4000-8000-000000000000';
const W = '/wettbewerb/projekte/:id/berichte';
const R = `${W}/:reportId`;
const P = '/wettbewerb/modellkommunen/:slug/berichte/:reportId';
const at = (path = '') => `/wettbewerb/projekte/${PROJECT}/berichte${path}`;
const shown = (path: string) => `/wettbewerb/modellkommunen/${SLUG}/berichte/${path}`;

const WORKSPACE = { anonymous: 303, member: 404, manager: 200, editor: 200, juror: 404, admin: 200 } as const;
const forEditors = (status: number) => ({ anonymous: 303, member: 404, manager: 404, editor: status, juror: 404, admin: status });
const NOBODY = { anonymous: 303, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 } as const;
const NOWHERE = { anonymous: 404, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 } as const;

export const competitionProjectReportRoutes: MatrixRoute[] = [
  { method: 'GET', url: at(), route: W, expect: WORKSPACE },
  { method: 'GET', url: `/wettbewerb/projekte/${NO_ID}/berichte`, route: W, expect: NOBODY },
  { method: 'POST', url: at(), route: W, expect: forEditors(400) },
  { method: 'GET', url: at(`/${FINAL}`), route: R, expect: WORKSPACE },
  { method: 'GET', url: at(`/${NO_ID}`), route: R, expect: NOBODY },
  { method: 'POST', url: at(`/${NO_ID}`), route: R, expect: NOBODY },
  { method: 'POST', url: at(`/${NO_ID}/status`), route: `${R}/status`, expect: NOBODY },
  { method: 'POST', url: at(`/${NO_ID}/entfernen`), route: `${R}/entfernen`, expect: NOBODY },
  { method: 'POST', url: at(`/${NO_ID}/anlagen`), route: `${R}/anlagen`, expect: NOBODY },
  { method: 'GET', url: at(`/${FINAL}/anlagen/${ATTACHMENT}`), route: `${R}/anlagen/:fileId`, expect: WORKSPACE },
  { method: 'GET', url: at(`/${FINAL}/anlagen/${NO_ID}`), route: `${R}/anlagen/:fileId`, expect: NOBODY },
  { method: 'POST', url: at(`/${NO_ID}/anlagen/${NO_ID}/entfernen`), route: `${R}/anlagen/:fileId/entfernen`, expect: NOBODY },
  { method: 'GET', url: shown(FINAL), route: P, expect: PUBLIC },
  { method: 'GET', url: shown(INTERIM), route: P, expect: NOWHERE },
  { method: 'GET', url: shown(`${FINAL}/anlagen/${ATTACHMENT}`), route: `${P}/anlagen/:fileId`, expect: PUBLIC },
  { method: 'GET', url: shown(`${INTERIM}/anlagen/${ATTACHMENT}`), route: `${P}/anlagen/:fileId`, expect: NOWHERE },
];

interface OtherProject {
  project: string;
  due: string;
  dueFile: string;
  published: string;
  publishedFile: string;
}

/** Editors may act on every project: where they would change something legitimately, they are not tried. */
const OTHER_PROJECT = { anonymous: 303, member: 404, manager: 404, editor: ALLOWED, juror: 404, admin: ALLOWED } as const;

/*
 * Another organisation's project with a report being written and a published one, each with a
 * file: the matrix's manager, who manages Schleswig-Flensburg, gets 404 on all of it, and its
 * reports and files are 404 under the Schleswig-Flensburg project and on its public pages.
 */
export const competitionProjectReportForeignIds: ForeignIdMatrix<OtherProject> = {
  async setUp(deps) {
    const organisation = (await insertOrganisation(deps.db, {
      slug: 'amt-hohner-harde-matrix',
      name: 'Amt Hohner Harde',
      type: 'amt',
      ags: null,
      amtsschluessel: null,
      ars: null,
      street: null,
      postcode: null,
      town: 'Hohn',
      website: null,
      description: null,
      population: null,
    }))!;
    const manager = await createTestUser(deps, { displayName: 'Jens Jacobsen' });
    await insertMembership(deps.db, { organisationId: organisation.id, userId: manager.id, role: 'manager', status: 'active' });
    const project = await insertProject(deps.db, {
      callId: DEMO_CALLS.round2020,
      slug: 'dorfladen-hohner-harde-matrix',
      municipality: 'Amt Hohner Harde',
      organisationId: organisation.id,
      title: 'Der digitale Dorfladen',
      summary: 'Ein Dorfladen, der rund um die Uhr offen hat.',
      description: 'Ein Dorfladen mit digitalem Zugang.',
      amountCents: 5_000_000,
      startsOn: '2020-09-01',
      endsOn: '2022-08-31',
    });
    const due = await insertReport(deps.db, { projectId: project.id, title: 'Zwischenbericht 2021', dueOn: '2021-09-30', body: 'Ein Entwurf.' });
    const published = await insertReport(deps.db, {
      projectId: project.id,
      title: 'Abschlussbericht',
      dueOn: '2022-11-30',
      status: 'accepted',
      body: 'Der Dorfladen ist eröffnet.',
      submittedAt: new Date('2022-11-20T08:00:00Z'),
      acceptedAt: new Date('2022-11-25T08:00:00Z'),
      publishedAt: new Date('2022-11-28T08:00:00Z'),
    });
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
    const put = (name: string) => deps.files.put(pdf, { originalName: name, createdBy: null, allowedTypes: [FILE_TYPES.pdf], maxBytes: pdf.length });
    const dueFile = await put('entwurf.pdf');
    const publishedFile = await put('eroeffnung.pdf');
    await insertReportFile(deps.db, { id: '7c0a1e00-0000-4000-8fff-000000000001', reportId: due.id, title: 'Entwurf', fileId: dueFile.id });
    await insertReportFile(deps.db, { id: '7c0a1e00-0000-4000-8fff-000000000002', reportId: published.id, title: 'Eröffnung', fileId: publishedFile.id });
    return {
      project: project.id,
      due: due.id,
      dueFile: '7c0a1e00-0000-4000-8fff-000000000001',
      published: published.id,
      publishedFile: '7c0a1e00-0000-4000-8fff-000000000002',
    };
  },
  state: (deps) => readTables(deps.db, [competitionReports, competitionReportFiles]),
  rows: [
    { method: 'GET', route: W, what: "another organisation's project", url: (o) => `/wettbewerb/projekte/${o.project}/berichte`, expect: OTHER_PROJECT },
    {
      method: 'POST',
      route: W,
      what: "another organisation's project",
      url: (o) => `/wettbewerb/projekte/${o.project}/berichte`,
      form: () => ({ title: 'Sachbericht', dueOn: '2030-01-31' }),
      expect: OTHER_PROJECT,
    },
    {
      method: 'GET',
      route: R,
      what: "another organisation's report",
      url: (o) => `/wettbewerb/projekte/${o.project}/berichte/${o.due}`,
      expect: OTHER_PROJECT,
    },
    {
      method: 'POST',
      route: R,
      what: "another organisation's report",
      url: (o) => `/wettbewerb/projekte/${o.project}/berichte/${o.due}`,
      form: () => ({ body: 'Ein anderer Text.', action: 'save' }),
      expect: NOBODY,
    },
    { method: 'GET', route: R, what: "another project's report", url: (o) => at(`/${o.due}`), expect: NOBODY },
    {
      method: 'POST',
      route: R,
      what: "another project's report",
      url: (o) => at(`/${o.due}`),
      form: () => ({ body: 'Ein anderer Text.', action: 'save' }),
      expect: NOBODY,
    },
    {
      method: 'POST',
      route: `${R}/status`,
      what: "another project's report",
      url: (o) => at(`/${o.published}/status`),
      form: () => ({ transition: 'unpublish' }),
      expect: NOBODY,
    },
    {
      method: 'POST',
      route: `${R}/status`,
      what: "another organisation's report",
      url: (o) => `/wettbewerb/projekte/${o.project}/berichte/${o.published}/status`,
      form: () => ({ transition: 'unpublish' }),
      expect: OTHER_PROJECT,
    },
    { method: 'POST', route: `${R}/entfernen`, what: "another project's report", url: (o) => at(`/${o.due}/entfernen`), expect: NOBODY },
    { method: 'POST', route: `${R}/anlagen`, what: "another project's report", url: (o) => at(`/${o.due}/anlagen`), expect: NOBODY },
    {
      method: 'POST',
      route: `${R}/anlagen`,
      what: "another organisation's report",
      url: (o) => `/wettbewerb/projekte/${o.project}/berichte/${o.due}/anlagen`,
      expect: NOBODY,
    },
    { method: 'GET', route: `${R}/anlagen/:fileId`, what: "another project's report", url: (o) => at(`/${o.due}/anlagen/${o.dueFile}`), expect: NOBODY },
    { method: 'GET', route: `${R}/anlagen/:fileId`, what: "another report's file", url: (o) => at(`/${FINAL}/anlagen/${o.publishedFile}`), expect: NOBODY },
    {
      method: 'GET',
      route: `${R}/anlagen/:fileId`,
      what: "another organisation's file",
      url: (o) => `/wettbewerb/projekte/${o.project}/berichte/${o.due}/anlagen/${o.dueFile}`,
      expect: OTHER_PROJECT,
    },
    {
      method: 'POST',
      route: `${R}/anlagen/:fileId/entfernen`,
      what: "another organisation's file",
      url: (o) => `/wettbewerb/projekte/${o.project}/berichte/${o.due}/anlagen/${o.dueFile}/entfernen`,
      expect: NOBODY,
    },
    {
      method: 'POST',
      route: `${R}/anlagen/:fileId/entfernen`,
      what: "another project's report",
      url: (o) => at(`/${o.due}/anlagen/${o.dueFile}/entfernen`),
      expect: NOBODY,
    },
    { method: 'GET', route: P, what: "another project's published report", url: (o) => shown(o.published), expect: NOWHERE },
    { method: 'GET', route: `${P}/anlagen/:fileId`, what: "another report's file", url: (o) => shown(`${FINAL}/anlagen/${o.publishedFile}`), expect: NOWHERE },
    {
      method: 'GET',
      route: `${P}/anlagen/:fileId`,
      what: "another project's published report",
      url: (o) => shown(`${o.published}/anlagen/${o.publishedFile}`),
      expect: NOWHERE,
    },
  ],
};
