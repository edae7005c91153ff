import type { MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';
import { readTables, type ForeignIdMatrix } from '../../../testing/foreign-id-matrix.ts';
import { insertTestOrganisation } from '../../../testing/test-organisation.ts';
import { strategies, strategyMeasures, strategyMeasureUpdates } from '../core/tables.ts';
import { DEMO_MEASURES } from '../seed-ids.ts';

/*
 * Step "Maßnahmen" (issue 16) of the demo's Gemeinde Süderbrarup, whose manager and member the
 * matrix signs in as: members read, managers change, nobody else learns the workbench exists.
 * Rows that would change something name a measure that does not exist or one of another
 * organisation (Kreis Dithmarschen's), so that nothing changes: 404 for everyone who gets past the
 * role check, 403 for a member on a change.
 */
const NO_ID = '00000000-0000-4000-8000-000000000000';
const UNKNOWN = '/strategie/gibt-es-nicht';
const W = '/strategie/gemeinde-suederbrarup/werkstatt/massnahmen';
const P = '/strategie/:org/werkstatt/massnahmen';
const DITHMARSCHEN = '/strategie/kreis-dithmarschen/werkstatt/massnahmen';
const READ = { anonymous: 303, member: 200, manager: 200, editor: 404, juror: 404, admin: 404 } as const;
const WRITE_PAGE = { anonymous: 303, member: 403, manager: 200, editor: 404, juror: 404, admin: 404 } as const;
const WRITE = { anonymous: 303, member: 403, manager: 400, editor: 404, juror: 404, admin: 404 } as const;
const MISSING = { anonymous: 303, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 } as const;

export const strategyMeasuresRoutes: MatrixRoute[] = [
  { method: 'GET', url: W, route: P, expect: READ },
  { method: 'GET', url: `${W}/uebersicht`, route: `${P}/uebersicht`, expect: READ },
  { method: 'GET', url: `${W}/neu`, route: `${P}/neu`, expect: WRITE_PAGE },
  { method: 'GET', url: `${W}/neu?loesung=${NO_ID}`, route: `${P}/neu`, expect: WRITE_PAGE },
  // an empty form: the manager's answer is the error summary, nothing is stored
  { method: 'POST', url: `${W}/neu`, route: `${P}/neu`, expect: WRITE },
  { method: 'GET', url: `${W}/${NO_ID}`, route: `${P}/:id`, expect: MISSING },
  { method: 'GET', url: `${W}/kein-id`, route: `${P}/:id`, expect: MISSING },
  { method: 'GET', url: `${W}/${NO_ID}/bearbeiten`, route: `${P}/:id/bearbeiten`, expect: { ...MISSING, member: 403 } },
  { method: 'POST', url: `${W}/${NO_ID}`, route: `${P}/:id`, expect: { ...MISSING, member: 403 } },
  { method: 'POST', url: `${W}/${NO_ID}/fortschritt`, route: `${P}/:id/fortschritt`, expect: { ...MISSING, member: 403 } },
  { method: 'POST', url: `${W}/${NO_ID}/loeschen`, route: `${P}/:id/loeschen`, expect: { ...MISSING, member: 403 } },
  // Süderbrarup's own measure: its members read the fact sheet, its managers open the form
  { method: 'GET', url: `${W}/${DEMO_MEASURES.suederbrarupAppointments}`, route: `${P}/:id`, expect: READ },
  { method: 'GET', url: `${W}/${DEMO_MEASURES.suederbrarupAppointments}/bearbeiten`, route: `${P}/:id/bearbeiten`, expect: WRITE_PAGE },
  // another organisation's measure under Süderbrarup's workbench, and in its own (not theirs)
  { method: 'GET', url: `${W}/${DEMO_MEASURES.dithmarschenVillageApp}`, route: `${P}/:id`, expect: MISSING },
  { method: 'GET', url: `${DITHMARSCHEN}/${DEMO_MEASURES.dithmarschenVillageApp}`, route: `${P}/:id`, expect: MISSING },
  { method: 'GET', url: `${DITHMARSCHEN}/uebersicht`, route: `${P}/uebersicht`, expect: MISSING },
  { method: 'POST', url: `${W}/${DEMO_MEASURES.dithmarschenVillageApp}`, route: `${P}/:id`, expect: { ...MISSING, member: 403 } },
  { method: 'POST', url: `${W}/${DEMO_MEASURES.dithmarschenVillageApp}/fortschritt`, route: `${P}/:id/fortschritt`, expect: { ...MISSING, member: 403 } },
  { method: 'POST', url: `${W}/${DEMO_MEASURES.dithmarschenVillageApp}/loeschen`, route: `${P}/:id/loeschen`, expect: { ...MISSING, member: 403 } },
  { method: 'POST', url: `${DITHMARSCHEN}/${DEMO_MEASURES.dithmarschenVillageApp}/loeschen`, route: `${P}/:id/loeschen`, expect: MISSING },
  // a workbench of an organisation that does not exist
  { method: 'GET', url: `${UNKNOWN}/werkstatt/massnahmen`, route: P, expect: MISSING },
];

/**
 * Another organisation's measure under Süderbrarup's workbench, with a valid form each time: only
 * the lookup of the measure under its own strategy stands between the manager and a change.
 */
const FOREIGN = { anonymous: 303, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 } as const;
const FOREIGN_CHANGE = { ...FOREIGN, member: 403 } as const;
const FACTS = { title: 'Fremde Maßnahme', fundingSource: 'own', priority: 'low', status: 'done' };

export const strategyMeasuresForeignIds: ForeignIdMatrix<{ measure: string }> = {
  async setUp(deps) {
    const organisationId = await insertTestOrganisation(deps.db, 'gemeinde-massnahmen-matrix', 'Gemeinde Boren');
    const [strategy] = await deps.db.insert(strategies).values({ organisationId }).returning();
    const [measure] = await deps.db.insert(strategyMeasures).values({ strategyId: strategy!.id, position: 1, title: 'Boren digital' }).returning();
    return { measure: measure!.id };
  },
  state: (deps) => readTables(deps.db, [strategyMeasures, strategyMeasureUpdates]),
  rows: [
    { method: 'GET', route: `${P}/:id`, what: "another organisation's measure", url: (o) => `${W}/${o.measure}`, expect: FOREIGN },
    { method: 'GET', route: `${P}/:id/bearbeiten`, what: "another organisation's measure", url: (o) => `${W}/${o.measure}/bearbeiten`, expect: FOREIGN_CHANGE },
    { method: 'POST', route: `${P}/:id`, what: "another organisation's measure", url: (o) => `${W}/${o.measure}`, form: () => FACTS, expect: FOREIGN_CHANGE },
    {
      method: 'POST',
      route: `${P}/:id/fortschritt`,
      what: "another organisation's measure",
      url: (o) => `${W}/${o.measure}/fortschritt`,
      form: () => ({ status: 'done', value: '1', note: 'Fertig.' }),
      expect: FOREIGN_CHANGE,
    },
    {
      method: 'POST',
      route: `${P}/:id/loeschen`,
      what: "another organisation's measure",
      url: (o) => `${W}/${o.measure}/loeschen`,
      form: () => ({}),
      expect: FOREIGN_CHANGE,
    },
  ],
};
