import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { insertMembership } from '../src/features/organisations/repository.ts';
import { DEMO_SOLUTION_LIST, DEMO_SOLUTIONS } from '../src/features/solutions/seed-solutions.ts';
import { publicStrategyPath, STRATEGY_PATH, workbenchPath } from '../src/features/strategy/core/paths.ts';
import type { StrategyStep } from '../src/features/strategy/core/tables.ts';
import { workbenchPdfPath } from '../src/features/strategy/publishing/paths.ts';
import { DEMO_DIMENSIONS } from '../src/features/strategy/seed-dimensions.ts';
import { messagesFor } from '../src/platform/i18n/index.ts';
import { fieldName, listFieldsOfAction } from '../src/platform/taxonomy/fields-of-action.ts';
import { utcToBerlin } from '../src/platform/time/berlin-time.ts';
import { createTestUser } from '../src/testing/harness.ts';
import { insertTestOrganisation } from '../src/testing/test-organisation.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { logIn } from './support/login.ts';
import { browserTest } from './support/test.ts';

const run = promisify(execFile);

const de = messagesFor('de');
const s = de.strategy;
const a = de.strategyAssessment;
const p = de.strategyPlan;
const ms = de.strategyMeasures;
const pub = de.strategyPublishing;

// A Gemeinde the demo gives no strategy: the mayor starts from nothing.
const ORG = { slug: 'gemeinde-testdorf-strategie', name: 'Gemeinde Testdorf' };
const MAYOR = { email: 'buergermeisterin@testdorf.example', displayName: 'Inke Hansen' };
const VISION = 'Bis 2030 erledigen alle Menschen in Testdorf ihre Behördengänge online und finden Hilfe im Dorfgemeinschaftshaus.';
const GOAL = 'Alle häufigen Anträge bis 2028 online';
const ACTOR = { name: 'Gemeindevertretung', involvement: 'Beschließt die Strategie und berät die Maßnahmen.' };
// A published demo solution, taken over as a measure ("Nachnutzen").
const SOLUTION = DEMO_SOLUTION_LIST.find((x) => x.id === DEMO_SOLUTIONS.councilInformation)!;
const DIMENSION = DEMO_DIMENSIONS[0]!;
const WORKSHOP = { format: 'Bürgerwerkstatt Digitales Dorf', description: 'Ein Abend im Dorfgemeinschaftshaus: Was soll digital werden?' };
const ev = de.events.editor;

/** The task list's row of one step, with its state beside its name. */
function taskRow(page: Page, step: StrategyStep) {
  return page.getByRole('listitem').filter({ has: page.getByRole('link', { name: s.steps[step], exact: true }) });
}

/** The step's link in the workbench's step navigation. */
async function openStep(page: Page, step: StrategyStep, number: number): Promise<void> {
  await page
    .getByRole('navigation', { name: s.stepsLabel })
    .getByRole('link', { name: `${number}. ${s.steps[step]}` })
    .click();
  await page.getByRole('heading', { level: 1, name: step === 'assessment' ? a.title : step === 'publish' ? pub.title : s.steps[step] }).waitFor();
  assert.equal(new URL(page.url()).pathname, workbenchPath(ORG.slug, step));
}

async function errorSummary(page: Page, message: string): Promise<void> {
  await page.getByRole('alert', { name: de.common.errorSummaryTitle }).getByText(message).waitFor();
}

browserTest(
  'a mayor assesses their municipality, writes vision and goal, chooses fields, takes over a solution as a measure, names an actor, downloads the PDF and publishes the strategy',
  async (_t, { newPage, server }) => {
    const db = server.runtime.deps.db;
    const organisationId = await insertTestOrganisation(db, ORG.slug, ORG.name);
    const mayor = await createTestUser(server.runtime.deps, MAYOR);
    assert.ok(await insertMembership(db, { organisationId, userId: mayor.id, role: 'manager', status: 'active', decidedAt: new Date() }));
    const [firstField, secondField] = await listFieldsOfAction(db);
    assert.ok(firstField && secondField, 'the platform has fields of action');
    const nextYear = Number(utcToBerlin(new Date()).date.slice(0, 4)) + 1;

    // 1. First visit: the start page lists the mayor's workbench, not yet begun.
    const page = await newPage();
    await logIn(page, mayor.email, mayor.password);
    await page.goto(STRATEGY_PATH);
    await page.getByRole('heading', { level: 1, name: s.nav }).waitFor();
    const mine = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: s.workbench.title(ORG.name) }) });
    await mine.getByText(p.start.notStarted).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: s.workbench.title(ORG.name) }).click();
    await page.getByRole('heading', { level: 1, name: s.workbench.title(ORG.name) }).waitFor();
    assert.equal(new URL(page.url()).pathname, workbenchPath(ORG.slug));
    for (const step of ['assessment', 'vision', 'measures', 'publish'] as const) {
      await taskRow(page, step).getByText(p.tasks.states.notStarted).waitFor();
    }
    await expectNoAxeViolations(page);

    // The first dimension of the maturity check, every question answered.
    await page.getByRole('link', { name: s.steps.assessment, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: a.title }).waitFor();
    await expectNoAxeViolations(page);
    const section = page.getByRole('region', { name: DIMENSION.name });
    for (const question of DIMENSION.questions) {
      await section.getByRole('group', { name: question.text }).getByRole('radio', { name: question.levels[2], exact: true }).check();
    }
    await section.getByRole('button', { name: a.saveDimension(DIMENSION.name) }).click();
    await page.getByText(a.saved(DIMENSION.name)).waitFor();
    const saved = page.getByRole('region', { name: DIMENSION.name });
    await saved.getByText(a.savedTag, { exact: true }).waitFor();
    await saved.getByText(a.answeredOf(DIMENSION.questions.length, DIMENSION.questions.length)).waitFor();
    assert.ok(
      await saved
        .getByRole('group', { name: DIMENSION.questions[0]!.text })
        .getByRole('radio', { name: DIMENSION.questions[0]!.levels[2], exact: true })
        .isChecked(),
    );
    await expectNoAxeViolations(page);
    // A dimension left open is no error ("Keine Angabe" is an answer of its own): nothing to refuse there.

    // Vision and goals: an empty goal is refused, then the vision and a goal are saved.
    await openStep(page, 'vision', 2);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: p.vision.addGoal }).click();
    await errorSummary(page, p.validation.goalTitleRequired);
    await expectNoAxeViolations(page);
    await page.getByLabel(p.vision.visionLabel, { exact: true }).fill(VISION);
    await page.getByRole('button', { name: p.vision.saveVision }).click();
    await page.getByText(p.notices.saved).waitFor();
    assert.equal(await page.getByLabel(p.vision.visionLabel, { exact: true }).inputValue(), VISION);
    await page.getByLabel(p.vision.goalTitle, { exact: true }).fill(GOAL);
    await page.getByRole('button', { name: p.vision.addGoal }).click();
    await page.getByText(p.notices.added).waitFor();
    await page.getByRole('heading', { level: 3, name: GOAL }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('banner').getByRole('button', { name: de.common.nav.logout }).click();
    await page.getByText(de.accounts.logout.done).waitFor();

    // 2. Second visit, in a new browser: the task list shows what was begun and what is done.
    const again = await newPage();
    await logIn(again, mayor.email, mayor.password);
    await again.goto(workbenchPath(ORG.slug));
    await taskRow(again, 'assessment').getByText(p.tasks.states.started).waitFor();
    await taskRow(again, 'vision').getByText(p.tasks.states.complete).waitFor();
    await taskRow(again, 'fields').getByText(p.tasks.states.notStarted).waitFor();
    await expectNoAxeViolations(again);

    // Two fields of action.
    await again.getByRole('link', { name: s.steps.fields, exact: true }).click();
    await again.getByRole('heading', { level: 1, name: s.steps.fields }).waitFor();
    await expectNoAxeViolations(again);
    const fields = again.getByRole('group', { name: p.fields.label });
    await fields.getByRole('checkbox', { name: fieldName(firstField, 'de'), exact: true }).check();
    await fields.getByRole('checkbox', { name: fieldName(secondField, 'de'), exact: true }).check();
    await again.getByRole('button', { name: p.fields.save }).click();
    await again.getByText(p.notices.saved).waitFor();
    assert.ok(await again.getByRole('checkbox', { name: fieldName(secondField, 'de'), exact: true }).isChecked());
    await expectNoAxeViolations(again);

    // A measure taken over from a published solution: the form comes filled in and linked.
    await openStep(again, 'measures', 4);
    await again.getByText(ms.list.empty).waitFor();
    await expectNoAxeViolations(again);
    await again.goto(`${workbenchPath(ORG.slug, 'measures', 'neu')}?loesung=${SOLUTION.id}`);
    await again.getByRole('heading', { level: 1, name: ms.form.createTitle }).waitFor();
    await again.getByText(ms.form.fromSolution(SOLUTION.title)).waitFor();
    assert.equal(await again.getByLabel(ms.form.title, { exact: true }).inputValue(), SOLUTION.title);
    assert.ok(await again.getByRole('group', { name: ms.form.solutionIds }).getByRole('checkbox', { name: SOLUTION.title, exact: true }).isChecked());
    await expectNoAxeViolations(again);
    // an end date in the past is refused, the form keeps what was entered (optional fields' labels end in "(optional)")
    await again.getByLabel(ms.form.leadUnit).fill('Amt Süderbrarup, Fachbereich Zentrale Dienste');
    await again.getByLabel(ms.form.endsOn).fill('2020-06-30');
    await again.getByRole('button', { name: ms.form.create }).click();
    await errorSummary(again, ms.validation.endInPast);
    assert.equal(await again.getByLabel(ms.form.title, { exact: true }).inputValue(), SOLUTION.title, 'the input is kept');
    assert.ok(await again.getByRole('checkbox', { name: SOLUTION.title, exact: true }).isChecked(), 'the solution stays linked');
    await expectNoAxeViolations(again);
    await again.getByLabel(ms.form.startsOn).fill(`${nextYear}-03-01`);
    await again.getByLabel(ms.form.endsOn).fill(`${nextYear}-12-31`);
    await again.getByRole('button', { name: ms.form.create }).click();
    await again.getByText(ms.notices.created).waitFor();
    await again.getByRole('heading', { level: 1, name: SOLUTION.title }).waitFor();
    // the fact sheet links the solution it was taken from
    const reused = again.getByRole('main').getByRole('link', { name: SOLUTION.title, exact: true });
    await reused.waitFor();
    assert.equal(await reused.getAttribute('href'), `/loesungen/${SOLUTION.slug}`);
    await expectNoAxeViolations(again);

    // One actor.
    await openStep(again, 'participation', 5);
    await expectNoAxeViolations(again);
    await again.getByLabel(p.participation.actorName, { exact: true }).fill(ACTOR.name);
    await again.getByLabel(p.participation.involvement).fill(ACTOR.involvement);
    await again.getByRole('button', { name: p.participation.addActor }).click();
    await again.getByText(p.notices.added).waitFor();
    await again.getByRole('heading', { level: 3, name: ACTOR.name }).waitFor();
    await expectNoAxeViolations(again);

    // A citizens' workshop, proposed to the editors as an event of the calendar.
    await again.getByLabel(p.participation.format, { exact: true }).fill(WORKSHOP.format);
    await again.getByLabel(p.participation.description).fill(WORKSHOP.description);
    await again.getByLabel(p.participation.date).fill(`${nextYear}-03-18`);
    await again.getByLabel(p.participation.time).fill('18:30');
    await again.getByRole('button', { name: p.participation.addFormat }).click();
    await again.getByText(p.notices.added).waitFor();
    await again.getByRole('link', { name: p.participation.proposeLink }).click();
    await again.getByRole('heading', { level: 1, name: `${p.participation.proposeTitle}: ${WORKSHOP.format}` }).waitFor();
    assert.equal(await again.getByLabel(ev.form.title, { exact: true }).inputValue(), WORKSHOP.format);
    await expectNoAxeViolations(again);
    await again.getByRole('button', { name: p.participation.proposeSubmit }).click();
    await errorSummary(again, de.events.validation.summaryRequired);
    await expectNoAxeViolations(again);
    await again.getByLabel(ev.form.summary, { exact: true }).fill('Ideen sammeln für die Digitalstrategie von Testdorf.');
    await again.getByLabel(ev.date.placeName, { exact: true }).fill('Dorfgemeinschaftshaus Testdorf');
    await again.getByLabel(ev.date.street, { exact: true }).fill('Dorfstraße 1');
    await again.getByLabel(ev.date.postcode, { exact: true }).fill('24392');
    await again.getByLabel(ev.date.town, { exact: true }).fill('Testdorf');
    await again.getByLabel(ev.date.endTime, { exact: true }).fill('21:00');
    await again.getByLabel(ev.date.deadlineDay, { exact: true }).fill(`${nextYear}-03-16`);
    await again.getByLabel(ev.date.seats, { exact: true }).fill('40');
    await again.getByRole('button', { name: p.participation.proposeSubmit }).click();
    await again.getByText(p.notices.proposed).waitFor();
    await again.getByText(p.participation.eventDraft).waitFor();
    await expectNoAxeViolations(again);

    // 3. Review: the PDF holds the vision and the measure, and its first page renders.
    await openStep(again, 'publish', 6);
    await expectNoAxeViolations(again);
    const pdfLink = again.getByRole('link', { name: pub.exports.pdf });
    assert.equal(await pdfLink.getAttribute('href'), workbenchPdfPath(ORG.slug));
    const response = await again.request.get(workbenchPdfPath(ORG.slug));
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'] ?? '', /^application\/pdf/);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dk-strategy-pdf-'));
    try {
      const pdf = path.join(dir, 'strategie.pdf');
      await fs.writeFile(pdf, await response.body());
      const { stdout } = await run('pdftotext', [pdf, '-']);
      // lines wrap where the page ends: compare the words, not the line breaks
      const text = stdout.replace(/\s+/g, ' ');
      assert.ok(text.includes(VISION), 'the PDF holds the vision');
      assert.ok(text.includes(SOLUTION.title), "the PDF holds the measure's title");
      await run('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(dir, 'page')]);
      const png = await fs.stat(path.join(dir, 'page.png'));
      assert.ok(png.size > 5_000, `the first page renders to an image with content (${png.size} bytes)`);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }

    // Publishing, with its confirmation.
    await again.getByRole('button', { name: pub.actions.publish }).click();
    await again.getByText(pub.notices.published).waitFor();
    await again.getByText(s.statuses.published, { exact: true }).first().waitFor();
    await again.getByRole('link', { name: pub.actions.publicPage }).waitFor();
    await expectNoAxeViolations(again);

    // Anyone, without logging in, reads the strategy with the measure on the timeline.
    const citizen = await newPage();
    await citizen.goto(publicStrategyPath(ORG.slug));
    await citizen.getByRole('heading', { level: 1, name: pub.public.title(ORG.name) }).waitFor();
    await citizen.getByText(VISION).waitFor();
    await citizen.getByRole('region', { name: pub.sections.goals }).getByRole('listitem').filter({ hasText: GOAL }).waitFor();
    const period = citizen.getByRole('listitem').filter({ has: citizen.getByRole('heading', { level: 3, name: pub.public.halfYear(1, nextYear) }) });
    await period.getByRole('heading', { level: 4, name: SOLUTION.title }).waitFor();
    await expectNoAxeViolations(citizen);
  },
);
