import { EDITORS, type MatrixRole, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';
import { utcToBerlin } from '../../../platform/time/berlin-time.ts';
import { ALLOWED, readTables, type ForeignIdMatrix } from '../../../testing/foreign-id-matrix.ts';
import { getOrganisationBySlug } from '../../organisations/service.ts';
import { competitionMilestones, competitionPayments, competitionProjects } from '../core/tables.ts';
import { insertProject } from '../core/project-repository.ts';
import { insertMilestone, insertPayment } from '../projects/workspace/repository.ts';
import { DEMO_CALLS } from '../seed.ts';
import { DEMO_WORKSPACE } from '../seed-project-records.ts';

/*
 * The funded projects' workspaces. The matrix's manager manages the Kreis Schleswig-Flensburg,
 * whose first-round project (completed) is the workspace every role tries: its managers and the
 * editors see it, anyone else gets 404. Its forms for milestones and payment requests lead back
 * to the overview while the project is completed; POSTs go with an empty form (400) or name a
 * milestone or payment request that does not exist (404), and change nothing.
 */
const OWN = `/wettbewerb/projekte/${DEMO_WORKSPACE}`;
const R = '/wettbewerb/projekte/:id';
const NO_ID = '00000000-0000-4000-8000-000000000000';

const roles = (manager: number, editors: number): Record<MatrixRole, number> => ({
  anonymous: 303,
  member: 404,
  manager,
  editor: editors,
  juror: 404,
  admin: editors,
});
const both = (status: number) => roles(status, status);
const managers = (status: number) => roles(status, 404);
const editors = (status: number) => roles(404, status);
const nobody = both(404);

export const competitionProjectWorkspaceRoutes: MatrixRoute[] = [
  { method: 'GET', url: OWN, route: R, expect: both(200) },
  { method: 'GET', url: `/wettbewerb/projekte/${NO_ID}`, route: R, expect: nobody },
  { method: 'GET', url: '/wettbewerb/projekte/keine-id', route: R, expect: nobody },
  { method: 'GET', url: `${OWN}/meilensteine`, route: `${R}/meilensteine`, expect: managers(303) },
  { method: 'POST', url: `${OWN}/meilensteine`, route: `${R}/meilensteine`, expect: managers(400) },
  { method: 'GET', url: `${OWN}/meilensteine/${NO_ID}/erreicht`, route: `${R}/meilensteine/:milestoneId/erreicht`, expect: nobody },
  { method: 'POST', url: `${OWN}/meilensteine/${NO_ID}/erreicht`, route: `${R}/meilensteine/:milestoneId/erreicht`, expect: nobody },
  { method: 'POST', url: `${OWN}/meilensteine/${NO_ID}/entfernen`, route: `${R}/meilensteine/:milestoneId/entfernen`, expect: nobody },
  { method: 'GET', url: `${OWN}/mittelabruf`, route: `${R}/mittelabruf`, expect: managers(303) },
  { method: 'POST', url: `${OWN}/mittelabruf`, route: `${R}/mittelabruf`, expect: managers(400) },
  { method: 'GET', url: `${OWN}/mittelabrufe/${NO_ID}`, route: `${R}/mittelabrufe/:paymentId`, expect: nobody },
  { method: 'POST', url: `${OWN}/mittelabrufe/${NO_ID}`, route: `${R}/mittelabrufe/:paymentId`, expect: nobody },
  { method: 'POST', url: `${OWN}/status`, route: `${R}/status`, expect: editors(400) },
  { method: 'GET', url: '/verwaltung/wettbewerb/projekte', expect: EDITORS },
];

interface OtherProject {
  project: string;
  milestone: string;
  payment: string;
}

const today = () => utcToBerlin(new Date()).date;

/*
 * A running project of the Hansestadt Lübeck, which no matrix role manages, with a milestone and
 * a payment request. The demo manager gets 404 on its workspace and every form of it; its
 * milestone and payment request are not found under the Kreis's own project either, not even by
 * the editors. Steps the editors may take on any project are theirs to take (ALLOWED).
 */
export const competitionProjectWorkspaceForeignIds: ForeignIdMatrix<OtherProject> = {
  async setUp(deps) {
    const luebeck = (await getOrganisationBySlug(deps.db, 'hansestadt-luebeck'))!;
    const project = await insertProject(deps.db, {
      callId: DEMO_CALLS.round2020,
      slug: 'digitaler-hafen-luebeck-matrix',
      municipality: 'Hansestadt Lübeck',
      organisationId: luebeck.id,
      title: 'Digitaler Hafen',
      summary: 'Ein Vorhaben, dessen Arbeitsbereich nur die Verwalter der Hansestadt sehen dürfen.',
      description: 'Liegeplätze und Hafengebühren online.',
      amountCents: 5_000_000,
      status: 'running',
      startsOn: '2026-01-01',
      endsOn: '2027-12-31',
    });
    const milestone = await insertMilestone(deps.db, { projectId: project.id, title: 'Hafenkonzept abgestimmt', dueOn: '2026-06-30' });
    const payment = await insertPayment(deps.db, { projectId: project.id, amountCents: 1_000_000, purpose: 'Beratung', requestedBy: null });
    return { project: project.id, milestone: milestone.id, payment: payment.id };
  },
  state: (deps) => readTables(deps.db, [competitionProjects, competitionMilestones, competitionPayments]),
  rows: [
    { method: 'GET', route: R, what: "another organisation's project", url: (o) => `/wettbewerb/projekte/${o.project}`, expect: editors(200) },
    {
      method: 'POST',
      route: `${R}/meilensteine`,
      what: "another organisation's project",
      url: (o) => `/wettbewerb/projekte/${o.project}/meilensteine`,
      form: () => ({ title: 'Fremder Meilenstein', dueOn: '2026-09-30' }),
      expect: nobody,
    },
    {
      method: 'GET',
      route: `${R}/meilensteine/:milestoneId/erreicht`,
      what: "another organisation's milestone",
      url: (o) => `/wettbewerb/projekte/${o.project}/meilensteine/${o.milestone}/erreicht`,
      expect: nobody,
    },
    {
      method: 'POST',
      route: `${R}/meilensteine/:milestoneId/erreicht`,
      what: "another organisation's milestone",
      url: (o) => `/wettbewerb/projekte/${o.project}/meilensteine/${o.milestone}/erreicht`,
      form: () => ({ reachedOn: today() }),
      expect: nobody,
    },
    {
      method: 'POST',
      route: `${R}/meilensteine/:milestoneId/entfernen`,
      what: "another organisation's milestone",
      url: (o) => `/wettbewerb/projekte/${o.project}/meilensteine/${o.milestone}/entfernen`,
      expect: nobody,
    },
    {
      method: 'POST',
      route: `${R}/mittelabruf`,
      what: "another organisation's project",
      url: (o) => `/wettbewerb/projekte/${o.project}/mittelabruf`,
      form: () => ({ amount: '100', purpose: 'Fremder Abruf' }),
      expect: nobody,
    },
    {
      method: 'POST',
      route: `${R}/mittelabrufe/:paymentId`,
      what: "another organisation's payment request",
      url: (o) => `/wettbewerb/projekte/${o.project}/mittelabrufe/${o.payment}`,
      form: () => ({ status: 'approved', note: '' }),
      expect: { ...nobody, editor: ALLOWED, admin: ALLOWED },
    },
    {
      method: 'POST',
      route: `${R}/status`,
      what: "another organisation's project",
      url: (o) => `/wettbewerb/projekte/${o.project}/status`,
      form: () => ({ status: 'completed' }),
      expect: { ...nobody, editor: ALLOWED, admin: ALLOWED },
    },
    {
      method: 'GET',
      route: `${R}/meilensteine/:milestoneId/erreicht`,
      what: "another project's milestone",
      url: (o) => `${OWN}/meilensteine/${o.milestone}/erreicht`,
      expect: nobody,
    },
    {
      method: 'POST',
      route: `${R}/meilensteine/:milestoneId/erreicht`,
      what: "another project's milestone",
      url: (o) => `${OWN}/meilensteine/${o.milestone}/erreicht`,
      form: () => ({ reachedOn: today() }),
      expect: nobody,
    },
    {
      method: 'POST',
      route: `${R}/meilensteine/:milestoneId/entfernen`,
      what: "another project's milestone",
      url: (o) => `${OWN}/meilensteine/${o.milestone}/entfernen`,
      expect: nobody,
    },
    {
      method: 'GET',
      route: `${R}/mittelabrufe/:paymentId`,
      what: "another project's payment request",
      url: (o) => `${OWN}/mittelabrufe/${o.payment}`,
      expect: nobody,
    },
    {
      method: 'POST',
      route: `${R}/mittelabrufe/:paymentId`,
      what: "another project's payment request",
      url: (o) => `${OWN}/mittelabrufe/${o.payment}`,
      form: () => ({ status: 'approved', note: '' }),
      expect: nobody,
    },
  ],
};
