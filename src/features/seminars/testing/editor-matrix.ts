import { EDITORS, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';
import { readTables, type ForeignIdMatrix } from '../../../testing/foreign-id-matrix.ts';
import { seminarMaterials, seminarModules, seminarSeries, seminarSessions } from '../core/tables.ts';
import { demoSessionId, MODULE_IDS, SERIES_ID } from '../seed-ids.ts';
import { insertEditorTestGuide, insertOtherTestSeries } from './editor-fixtures.ts';

/*
 * The editors' routes (/verwaltung/reihen …), content:edit only. Rows that would change something
 * send an empty form (400, nothing stored) or name a series, module, session or material that
 * does not exist (404), so that the demo series stays as it is for the other rows.
 */
const NO_ID = '00000000-0000-4000-8000-000000000000';
const R = '/verwaltung/reihen';
const S = `${R}/:id`;
const M = `${S}/module/:moduleId`;
const SERIES = `${R}/${SERIES_ID}`;
const MODULE = `${SERIES}/module/${MODULE_IDS[0]}`;
const SESSION = demoSessionId(0, 1);

/** editors and administrators get `status`; everyone else is refused */
const EDITORS_WITH = (status: number) => ({ ...EDITORS, editor: status, admin: status }) as const;

export const seminarsEditorRoutes: MatrixRoute[] = [
  { method: 'GET', url: R, expect: EDITORS },
  { method: 'GET', url: `${R}/neu`, expect: EDITORS },
  { method: 'POST', url: `${R}/neu`, expect: EDITORS_WITH(400) },
  { method: 'GET', url: SERIES, route: S, expect: EDITORS },
  { method: 'GET', url: `${SERIES}/bearbeiten`, route: `${S}/bearbeiten`, expect: EDITORS },
  { method: 'POST', url: `${SERIES}/bearbeiten`, route: `${S}/bearbeiten`, expect: EDITORS_WITH(400) },
  { method: 'POST', url: `${R}/${NO_ID}/veroeffentlichen`, route: `${S}/veroeffentlichen`, expect: EDITORS_WITH(404) },
  { method: 'POST', url: `${R}/${NO_ID}/zurueckziehen`, route: `${S}/zurueckziehen`, expect: EDITORS_WITH(404) },
  { method: 'GET', url: `${SERIES}/module/neu`, route: `${S}/module/neu`, expect: EDITORS },
  { method: 'POST', url: `${SERIES}/module/neu`, route: `${S}/module/neu`, expect: EDITORS_WITH(400) },
  { method: 'GET', url: MODULE, route: M, expect: EDITORS },
  { method: 'POST', url: MODULE, route: M, expect: EDITORS_WITH(400) },
  { method: 'POST', url: `${SERIES}/module/${NO_ID}/entfernen`, route: `${M}/entfernen`, expect: EDITORS_WITH(404) },
  { method: 'POST', url: `${MODULE}/verschieben`, route: `${M}/verschieben`, expect: EDITORS_WITH(400) },
  { method: 'GET', url: `${MODULE}/termine`, route: `${M}/termine`, expect: EDITORS },
  { method: 'POST', url: `${MODULE}/termine`, route: `${M}/termine`, expect: EDITORS_WITH(400) },
  { method: 'GET', url: `${MODULE}/termine/${SESSION}`, route: `${M}/termine/:sessionId`, expect: EDITORS },
  { method: 'POST', url: `${MODULE}/termine/${SESSION}`, route: `${M}/termine/:sessionId`, expect: EDITORS_WITH(400) },
  { method: 'POST', url: `${MODULE}/termine/${NO_ID}/entfernen`, route: `${M}/termine/:sessionId/entfernen`, expect: EDITORS_WITH(404) },
  { method: 'GET', url: `${MODULE}/materialien`, route: `${M}/materialien`, expect: EDITORS },
  { method: 'POST', url: `${MODULE}/materialien`, route: `${M}/materialien`, expect: EDITORS_WITH(400) },
  { method: 'POST', url: `${MODULE}/materialien/${NO_ID}/entfernen`, route: `${M}/materialien/:itemId/entfernen`, expect: EDITORS_WITH(404) },
];

interface ForeignSeries {
  moduleId: string;
  sessionId: string;
  guideId: string;
}

/** A module of another series (with a session and a material), addressed below the demo series: 404 for the editors too. */
const FOREIGN = { ...EDITORS_WITH(404) } as const;
const SESSION_FORM = { day: '2030-05-01', startTime: '10:00', endTime: '12:00', format: 'online', venue: '', town: '' };
const MODULE_FORM = { title: 'Übernommen', description: '', programme: '', homeworkStep: '', homework: '' };

export const seminarsEditorForeignIds: ForeignIdMatrix<ForeignSeries> = {
  async setUp(deps) {
    const { moduleId } = await insertOtherTestSeries(deps.db);
    const guideId = await insertEditorTestGuide(deps.db, 'Fremder Leitfaden');
    const [session] = await deps.db
      .insert(seminarSessions)
      .values({ moduleId, startsAt: new Date('2030-05-01T08:00:00Z'), endsAt: new Date('2030-05-01T10:00:00Z'), online: true })
      .returning();
    await deps.db.insert(seminarMaterials).values({ moduleId, knowledgeItemId: guideId, position: 1 });
    return { moduleId, sessionId: session!.id, guideId };
  },
  state: (deps) => readTables(deps.db, [seminarSeries, seminarModules, seminarSessions, seminarMaterials]),
  rows: [
    { method: 'GET', route: M, what: "another series' module", url: (f) => `${SERIES}/module/${f.moduleId}`, expect: FOREIGN },
    { method: 'POST', route: M, what: "another series' module", url: (f) => `${SERIES}/module/${f.moduleId}`, form: () => MODULE_FORM, expect: FOREIGN },
    { method: 'POST', route: `${M}/entfernen`, what: "another series' module", url: (f) => `${SERIES}/module/${f.moduleId}/entfernen`, expect: FOREIGN },
    {
      method: 'POST',
      route: `${M}/verschieben`,
      what: "another series' module",
      url: (f) => `${SERIES}/module/${f.moduleId}/verschieben`,
      form: () => ({ direction: 'hoch' }),
      expect: FOREIGN,
    },
    { method: 'GET', route: `${M}/termine`, what: "another series' module", url: (f) => `${SERIES}/module/${f.moduleId}/termine`, expect: FOREIGN },
    {
      method: 'POST',
      route: `${M}/termine`,
      what: "another series' module",
      url: (f) => `${SERIES}/module/${f.moduleId}/termine`,
      form: () => SESSION_FORM,
      expect: FOREIGN,
    },
    { method: 'GET', route: `${M}/termine/:sessionId`, what: "another module's session", url: (f) => `${MODULE}/termine/${f.sessionId}`, expect: FOREIGN },
    {
      method: 'POST',
      route: `${M}/termine/:sessionId`,
      what: "another module's session",
      url: (f) => `${MODULE}/termine/${f.sessionId}`,
      form: () => SESSION_FORM,
      expect: FOREIGN,
    },
    {
      method: 'POST',
      route: `${M}/termine/:sessionId/entfernen`,
      what: "another module's session",
      url: (f) => `${MODULE}/termine/${f.sessionId}/entfernen`,
      expect: FOREIGN,
    },
    { method: 'GET', route: `${M}/materialien`, what: "another series' module", url: (f) => `${SERIES}/module/${f.moduleId}/materialien`, expect: FOREIGN },
    {
      method: 'POST',
      route: `${M}/materialien`,
      what: "another series' module",
      url: (f) => `${SERIES}/module/${f.moduleId}/materialien`,
      form: (f) => ({ knowledgeItemId: f.guideId }),
      expect: FOREIGN,
    },
    {
      method: 'POST',
      route: `${M}/materialien/:itemId/entfernen`,
      what: "another module's material",
      url: (f) => `${MODULE}/materialien/${f.guideId}/entfernen`,
      expect: FOREIGN,
    },
  ],
};
