import { randomUUID } from 'node:crypto';
import { PUBLIC, type MatrixRoute } from '../../../platform/testing/authorization-matrix-types.ts';
import { readTables, type ForeignIdMatrix } from '../../../testing/foreign-id-matrix.ts';
import { insertTestOrganisation } from '../../../testing/test-organisation.ts';
import { STEP_PAGES } from '../core/paths.ts';
import { STRATEGY_STEPS, strategies, strategyActors, strategyComments, strategyGoals, strategyParticipation, type StrategyStep } from '../core/tables.ts';

/*
 * The plan's routes (/strategie, the task list, vision and goals, fields of action, actors and
 * participation formats, comments).
 * The demo: manager@ manages gemeinde-suederbrarup, mitglied@ is its plain member; nobody of
 * the matrix belongs to kreis-dithmarschen. Rows that would change something name a goal, actor,
 * format or comment that does not exist, or send a form without its submission id (400, nothing stored).
 */
const NO_ID = '00000000-0000-4000-8000-000000000000';
const W = '/strategie/:org/werkstatt';
const OWN = '/strategie/gemeinde-suederbrarup/werkstatt';
const FOREIGN = '/strategie/kreis-dithmarschen/werkstatt';

/** its managers and members read; everyone else finds nothing */
const READERS = { anonymous: 303, member: 200, manager: 200, editor: 404, juror: 404, admin: 404 } as const;
const NOBODY = { anonymous: 303, member: 404, manager: 404, editor: 404, juror: 404, admin: 404 } as const;
/** its managers change it (with the given answer), its members are refused */
const MANAGERS = (status: number) => ({ anonymous: 303, member: 403, manager: status, editor: 404, juror: 404, admin: 404 }) as const;
/** members and managers comment; an empty comment is 400 */
const COMMENTERS = { anonymous: 303, member: 400, manager: 400, editor: 404, juror: 404, admin: 404 } as const;

const STEPS = ['reifegrad', 'vision-und-ziele', 'handlungsfelder', 'massnahmen', 'beteiligung', 'veroeffentlichen'];

export const strategyPlanRoutes: MatrixRoute[] = [
  { method: 'GET', url: '/strategie', expect: PUBLIC },
  { method: 'GET', url: OWN, route: W, expect: READERS },
  { method: 'GET', url: FOREIGN, route: W, expect: NOBODY },
  { method: 'GET', url: `${OWN}/vision-und-ziele`, route: `${W}/vision-und-ziele`, expect: READERS },
  { method: 'GET', url: `${FOREIGN}/vision-und-ziele`, route: `${W}/vision-und-ziele`, expect: NOBODY },
  { method: 'POST', url: `${OWN}/vision-und-ziele/vision`, route: `${W}/vision-und-ziele/vision`, expect: MANAGERS(400) },
  { method: 'POST', url: `${FOREIGN}/vision-und-ziele/vision`, route: `${W}/vision-und-ziele/vision`, expect: NOBODY },
  { method: 'POST', url: `${OWN}/vision-und-ziele/ziele`, route: `${W}/vision-und-ziele/ziele`, expect: MANAGERS(400) },
  { method: 'GET', url: `${OWN}/vision-und-ziele/ziele/${NO_ID}`, route: `${W}/vision-und-ziele/ziele/:id`, expect: MANAGERS(404) },
  { method: 'POST', url: `${OWN}/vision-und-ziele/ziele/${NO_ID}`, route: `${W}/vision-und-ziele/ziele/:id`, expect: MANAGERS(404) },
  { method: 'POST', url: `${OWN}/vision-und-ziele/ziele/${NO_ID}/entfernen`, route: `${W}/vision-und-ziele/ziele/:id/entfernen`, expect: MANAGERS(404) },
  { method: 'POST', url: `${OWN}/vision-und-ziele/ziele/${NO_ID}/verschieben`, route: `${W}/vision-und-ziele/ziele/:id/verschieben`, expect: MANAGERS(404) },
  { method: 'GET', url: `${OWN}/handlungsfelder`, route: `${W}/handlungsfelder`, expect: READERS },
  { method: 'POST', url: `${OWN}/handlungsfelder`, route: `${W}/handlungsfelder`, expect: MANAGERS(400) },
  { method: 'POST', url: `${FOREIGN}/handlungsfelder`, route: `${W}/handlungsfelder`, expect: NOBODY },
  { method: 'GET', url: `${OWN}/beteiligung`, route: `${W}/beteiligung`, expect: READERS },
  { method: 'GET', url: `${FOREIGN}/beteiligung`, route: `${W}/beteiligung`, expect: NOBODY },
  { method: 'POST', url: `${OWN}/beteiligung/akteure`, route: `${W}/beteiligung/akteure`, expect: MANAGERS(400) },
  { method: 'POST', url: `${FOREIGN}/beteiligung/akteure`, route: `${W}/beteiligung/akteure`, expect: NOBODY },
  { method: 'GET', url: `${OWN}/beteiligung/akteure/${NO_ID}`, route: `${W}/beteiligung/akteure/:id`, expect: MANAGERS(404) },
  { method: 'POST', url: `${OWN}/beteiligung/akteure/${NO_ID}`, route: `${W}/beteiligung/akteure/:id`, expect: MANAGERS(404) },
  { method: 'POST', url: `${OWN}/beteiligung/akteure/${NO_ID}/entfernen`, route: `${W}/beteiligung/akteure/:id/entfernen`, expect: MANAGERS(404) },
  { method: 'POST', url: `${OWN}/beteiligung/akteure/${NO_ID}/verschieben`, route: `${W}/beteiligung/akteure/:id/verschieben`, expect: MANAGERS(404) },
  { method: 'POST', url: `${OWN}/beteiligung/formate`, route: `${W}/beteiligung/formate`, expect: MANAGERS(400) },
  { method: 'POST', url: `${FOREIGN}/beteiligung/formate`, route: `${W}/beteiligung/formate`, expect: NOBODY },
  { method: 'GET', url: `${OWN}/beteiligung/formate/${NO_ID}`, route: `${W}/beteiligung/formate/:id`, expect: MANAGERS(404) },
  { method: 'POST', url: `${OWN}/beteiligung/formate/${NO_ID}`, route: `${W}/beteiligung/formate/:id`, expect: MANAGERS(404) },
  { method: 'POST', url: `${OWN}/beteiligung/formate/${NO_ID}/entfernen`, route: `${W}/beteiligung/formate/:id/entfernen`, expect: MANAGERS(404) },
  { method: 'GET', url: `${OWN}/beteiligung/formate/${NO_ID}/veranstaltung`, route: `${W}/beteiligung/formate/:id/veranstaltung`, expect: MANAGERS(404) },
  { method: 'POST', url: `${OWN}/beteiligung/formate/${NO_ID}/veranstaltung`, route: `${W}/beteiligung/formate/:id/veranstaltung`, expect: MANAGERS(404) },
  { method: 'GET', url: `${FOREIGN}/beteiligung/formate/${NO_ID}/veranstaltung`, route: `${W}/beteiligung/formate/:id/veranstaltung`, expect: NOBODY },
  ...STEPS.flatMap((step): MatrixRoute[] => [
    { method: 'POST', url: `${OWN}/${step}/kommentare`, route: `${W}/${step}/kommentare`, expect: COMMENTERS },
    { method: 'POST', url: `${OWN}/${step}/kommentare/${NO_ID}/erledigt`, route: `${W}/${step}/kommentare/:id/erledigt`, expect: MANAGERS(404) },
  ]),
  { method: 'POST', url: `${FOREIGN}/vision-und-ziele/kommentare`, route: `${W}/vision-und-ziele/kommentare`, expect: NOBODY },
];

interface ForeignPlan {
  goal: string;
  actor: string;
  format: string;
  comments: Record<StrategyStep, string>;
}

/** Another organisation's goal, actor, format or comment under Süderbrarup's workbench: 404 past the role check. */
const FOREIGN_ENTRY = { ...NOBODY, member: 403 } as const;
const entryRow = (what: string, route: string, url: (ids: ForeignPlan) => string, form?: Record<string, string>) => ({
  method: 'POST' as const,
  route: `${W}/${route}`,
  what,
  url: (ids: ForeignPlan) => `${OWN}/${url(ids)}`,
  // a valid form each time, so that only the lookup under the own strategy stands between the manager and a change
  form: () => ({ ...form, _submission: randomUUID() }),
  expect: FOREIGN_ENTRY,
});

export const strategyPlanForeignIds: ForeignIdMatrix<ForeignPlan> = {
  async setUp(deps) {
    const organisationId = await insertTestOrganisation(deps.db, 'gemeinde-plan-matrix', 'Gemeinde Boren-Lindaunis');
    const [strategy] = await deps.db.insert(strategies).values({ organisationId }).returning();
    const strategyId = strategy!.id;
    const [goal] = await deps.db.insert(strategyGoals).values({ strategyId, position: 1, title: 'Fremdes Ziel' }).returning();
    const [actor] = await deps.db.insert(strategyActors).values({ strategyId, position: 1, name: 'Fremder Akteur' }).returning();
    const [format] = await deps.db.insert(strategyParticipation).values({ strategyId, position: 1, format: 'Fremde Werkstatt' }).returning();
    const comments = {} as Record<StrategyStep, string>;
    for (const step of STRATEGY_STEPS) {
      const [comment] = await deps.db.insert(strategyComments).values({ strategyId, step, body: 'Fremder Kommentar' }).returning();
      comments[step] = comment!.id;
    }
    return { goal: goal!.id, actor: actor!.id, format: format!.id, comments };
  },
  state: (deps) => readTables(deps.db, [strategies, strategyGoals, strategyActors, strategyParticipation, strategyComments]),
  rows: [
    {
      method: 'GET',
      route: `${W}/vision-und-ziele/ziele/:id`,
      what: "another organisation's goal",
      url: (o) => `${OWN}/vision-und-ziele/ziele/${o.goal}`,
      expect: FOREIGN_ENTRY,
    },
    entryRow("another organisation's goal", 'vision-und-ziele/ziele/:id', (o) => `vision-und-ziele/ziele/${o.goal}`, { title: 'Übernommen' }),
    entryRow("another organisation's goal", 'vision-und-ziele/ziele/:id/entfernen', (o) => `vision-und-ziele/ziele/${o.goal}/entfernen`),
    entryRow("another organisation's goal", 'vision-und-ziele/ziele/:id/verschieben', (o) => `vision-und-ziele/ziele/${o.goal}/verschieben`, {
      direction: 'hoch',
    }),
    {
      method: 'GET',
      route: `${W}/beteiligung/akteure/:id`,
      what: "another organisation's actor",
      url: (o) => `${OWN}/beteiligung/akteure/${o.actor}`,
      expect: FOREIGN_ENTRY,
    },
    entryRow("another organisation's actor", 'beteiligung/akteure/:id', (o) => `beteiligung/akteure/${o.actor}`, { name: 'Übernommen' }),
    entryRow("another organisation's actor", 'beteiligung/akteure/:id/entfernen', (o) => `beteiligung/akteure/${o.actor}/entfernen`),
    entryRow("another organisation's actor", 'beteiligung/akteure/:id/verschieben', (o) => `beteiligung/akteure/${o.actor}/verschieben`, { direction: 'hoch' }),
    {
      method: 'GET',
      route: `${W}/beteiligung/formate/:id`,
      what: "another organisation's format",
      url: (o) => `${OWN}/beteiligung/formate/${o.format}`,
      expect: FOREIGN_ENTRY,
    },
    entryRow("another organisation's format", 'beteiligung/formate/:id', (o) => `beteiligung/formate/${o.format}`, { format: 'Übernommen' }),
    entryRow("another organisation's format", 'beteiligung/formate/:id/entfernen', (o) => `beteiligung/formate/${o.format}/entfernen`),
    {
      method: 'GET',
      route: `${W}/beteiligung/formate/:id/veranstaltung`,
      what: "another organisation's format",
      url: (o) => `${OWN}/beteiligung/formate/${o.format}/veranstaltung`,
      expect: FOREIGN_ENTRY,
    },
    entryRow("another organisation's format", 'beteiligung/formate/:id/veranstaltung', (o) => `beteiligung/formate/${o.format}/veranstaltung`, {
      title: 'Übernommen',
    }),
    ...STRATEGY_STEPS.map((step) =>
      entryRow(
        "another organisation's comment",
        `${STEP_PAGES[step]}/kommentare/:id/erledigt`,
        (o) => `${STEP_PAGES[step]}/kommentare/${o.comments[step]}/erledigt`,
      ),
    ),
  ],
};
