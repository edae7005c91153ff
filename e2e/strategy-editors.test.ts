import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { DIMENSIONS_EDITOR_PATH, workbenchPath } from '../src/features/strategy/core/paths.ts';
import { DEMO_DIMENSIONS } from '../src/features/strategy/seed-dimensions.ts';
import { DEMO_STRATEGIES } from '../src/features/strategy/seed-ids.ts';
import { messagesFor } from '../src/platform/i18n/index.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { logInAs } from './support/login.ts';
import { browserTest } from './support/test.ts';

const de = messagesFor('de');
const a = de.strategyAssessment;
const e = a.editor;
const p = de.strategyPlan;
const pub = de.strategyPublishing;

const DIMENSION = DEMO_DIMENSIONS[0]!;
const QUESTION = DIMENSION.questions[0]!;
const SLUG = DEMO_STRATEGIES.suederbrarup.slug;

/** A link or button's name with the hidden words that say which entry it is about ("Bearbeiten: Frage"). */
function about(label: string, entry: string): RegExp {
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${literal(label)}\\s*:\\s*${literal(entry)}$`);
}

async function errorSummary(page: Page, message: string): Promise<void> {
  await page.getByRole('alert', { name: de.common.errorSummaryTitle }).getByText(message).waitFor();
}

/**
 * Adds a question to the first demo dimension: first with a single level, which is refused with
 * the error summary and the typed words kept, then with three. `axe` is false where the page
 * runs without JavaScript, since axe runs as a script in the page.
 */
async function addQuestion(page: Page, text: string, { axe }: { axe: boolean }): Promise<void> {
  await page.goto(DIMENSIONS_EDITOR_PATH);
  await page.getByRole('link', { name: about(e.newQuestion, DIMENSION.name) }).click();
  await page.getByRole('heading', { level: 1, name: e.newQuestionIn(DIMENSION.name) }).waitFor();
  if (axe) await expectNoAxeViolations(page);

  await page.getByLabel(e.text, { exact: true }).fill(text);
  await page.getByLabel(e.levels, { exact: true }).fill('Nur eine Stufe');
  await page.getByRole('button', { name: a.save }).click();
  await errorSummary(page, a.validation.levelsCount);
  assert.equal(await page.getByLabel(e.text, { exact: true }).inputValue(), text, 'the question is kept');
  assert.equal(await page.getByLabel(e.levels, { exact: true }).inputValue(), 'Nur eine Stufe', 'the levels are kept');
  if (axe) await expectNoAxeViolations(page);

  await page.getByLabel(e.levels, { exact: true }).fill('Noch nicht begonnen\nIn Arbeit\nUmgesetzt');
  await page.getByRole('button', { name: a.save }).click();
  await page.getByText(e.notices.questionCreated).waitFor();
  assert.equal(new URL(page.url()).pathname, DIMENSIONS_EDITOR_PATH);
  await page.getByText(`${text} (${e.levelsCount(3)})`).waitFor();
  if (axe) await expectNoAxeViolations(page);
}

browserTest('an editor opens the maturity check, a dimension and a question, and adds a question after an error', async (_t, { newPage }) => {
  const page = await newPage();
  await logInAs(page, 'redaktion');
  await page.goto(DIMENSIONS_EDITOR_PATH);
  await page.getByRole('heading', { level: 1, name: e.title }).waitFor();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: about(e.edit, DIMENSION.name) }).click();
  await page.getByRole('heading', { level: 1, name: e.editDimension }).waitFor();
  assert.equal(await page.getByLabel(e.name, { exact: true }).inputValue(), DIMENSION.name);
  await expectNoAxeViolations(page);

  await page.goto(DIMENSIONS_EDITOR_PATH);
  await page.getByRole('link', { name: about(e.edit, QUESTION.text) }).click();
  await page.getByRole('heading', { level: 1, name: e.editQuestion }).waitFor();
  assert.equal(await page.getByLabel(e.text, { exact: true }).inputValue(), QUESTION.text);
  await expectNoAxeViolations(page);

  await addQuestion(page, 'Gibt es eine Ansprechperson für Open Data?', { axe: true });

  // The same form in a browser without JavaScript: the server alone shows the error and keeps the input.
  const plain = await newPage({ javaScriptEnabled: false });
  await logInAs(plain, 'redaktion');
  await addQuestion(plain, 'Werden Sitzungen der Gemeindevertretung im Netz übertragen?', { axe: false });
});

browserTest("a manager keeps two versions, compares them, and reads a step's open and resolved comments", async (_t, { newPage }) => {
  const page = await newPage();
  await logInAs(page, 'manager');
  const saveVersion = async () => {
    await page.goto(workbenchPath(SLUG, 'publish'));
    await page.getByRole('button', { name: pub.actions.saveVersion }).click();
    await page.getByText(pub.notices.versionSaved).waitFor();
  };

  // Süderbrarup's draft has no version yet: one now, one after a new vision.
  await saveVersion();
  const vision = 'Süderbrarup bleibt ein Ort, an dem man gut lebt: Anträge, Arzttermine und Mitfahrten gehen digital oder im Dorftreff.';
  await page.goto(workbenchPath(SLUG, 'vision'));
  await page.getByLabel(p.vision.visionLabel, { exact: true }).fill(vision);
  await page.getByRole('button', { name: p.vision.saveVision }).click();
  await page.getByText(p.notices.saved).waitFor();
  await saveVersion();

  await page.getByRole('link', { name: pub.versions.title }).click();
  await page.getByRole('heading', { level: 1, name: pub.versions.title }).waitFor();
  await page.getByRole('heading', { level: 2, name: de.versions.compareTitle(1, 2) }).waitFor();
  await page.getByText(vision).first().waitFor();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: de.versions.compare }).first().click();
  await page.getByRole('heading', { level: 2, name: de.versions.compareTitle(1, 2) }).waitFor();
  assert.equal(new URL(page.url()).search, '?von=1&bis=2');
  await expectNoAxeViolations(page);

  // The vision step has the demo's resolved comment; the manager adds an open one.
  const comment = 'Bitte den Dorfladen in der Vision nennen, bevor wir veröffentlichen.';
  await page.goto(workbenchPath(SLUG, 'vision'));
  await page.getByLabel(p.comments.label, { exact: true }).fill(comment);
  await page.getByRole('button', { name: p.comments.send }).click();
  await page.getByText(p.notices.commented).waitFor();
  await page.getByText(comment).waitFor();
  await page
    .getByRole('button', { name: new RegExp(`^${p.comments.resolve}`) })
    .first()
    .waitFor();
  await page.getByText(p.comments.resolvedTitle(1)).click();
  await page.getByText('Im Leitbild fehlt mir der Dorfladen').waitFor();
  await expectNoAxeViolations(page);
});
