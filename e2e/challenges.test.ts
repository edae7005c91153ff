import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  CHALLENGES_PATH,
  challengePath,
  EDITOR_PATH,
  editorChallengePath,
  JURY_PATH,
  OWNER_PATH,
  questionsPath,
  startSubmissionPath,
  submissionPath,
} from '../src/features/challenges/core/paths.ts';
import { DEMO_CHALLENGES } from '../src/features/challenges/seed-challenges.ts';
import { DEMO_STARTUP_EMAIL, DEMO_SUBMISSIONS, JURY_CHALLENGE, OPEN_CHALLENGE } from '../src/features/challenges/seed-ids.ts';
import { DEMO_CHALLENGE_SUBMISSIONS } from '../src/features/challenges/seed-submissions.ts';
import { editSolutionPath } from '../src/features/solutions/service.ts';
import { formatDateTime } from '../src/platform/i18n/dates.ts';
import { messagesFor } from '../src/platform/i18n/index.ts';
import { renderPdf } from '../src/platform/pdf/render-pdf.ts';
import { berlinToUtc, shiftBerlinDays, utcToBerlin } from '../src/platform/time/berlin-time.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { demoEmail, logInAs } from './support/login.ts';
import { waitForMail } from './support/outbox.ts';
import { browserTest } from './support/test.ts';

const de = messagesFor('de');
const t = de.challenges;
const a = de.challengesAuthoring;
const c = de.challengesCatalogue;
const q = de.challengesQuestions;
const s = de.challengesSubmissions;
const j = de.challengesJury;
const r = de.review;

const SHOTS = '/tmp/shots-challenges';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

function demoChallenge(id: string) {
  const challenge = DEMO_CHALLENGES.find((d) => d.id === id);
  assert.ok(challenge, `demo challenge ${id}`);
  return challenge;
}
function demoSubmission(id: string) {
  const submission = DEMO_CHALLENGE_SUBMISSIONS.find((d) => d.id === id);
  assert.ok(submission, `demo submission ${id}`);
  return submission;
}

const open = demoChallenge(OPEN_CHALLENGE.id);
const jury = demoChallenge(JURY_CHALLENGE.id);
const juryStartup = demoSubmission(DEMO_SUBMISSIONS.juryStartup);
const decidedWinner = demoSubmission(DEMO_SUBMISSIONS.decidedStartupWinner);

// The municipality's new challenge: the search finds it by the first word of its title.
const NEW = {
  organisation: 'Kreis Schleswig-Flensburg',
  title: 'Schulwegsicherheit im Kreis: Gefahrenstellen gemeinsam melden und beheben',
  searchWord: 'Schulwegsicherheit',
  summary: 'Eltern, Schulen und Straßenverkehrsbehörde sollen gefährliche Stellen auf Schulwegen an einem Ort melden und ihre Behebung verfolgen können.',
  texts: {
    problem: 'Gefahrenstellen auf Schulwegen werden per Telefon, E-Mail und in Elternabenden gemeldet und gehen unterwegs verloren.',
    context: 'Die Verkehrsschau findet einmal im Jahr statt; die Meldungen der Schulen liegen in verschiedenen Ordnern.',
    affected: 'Rund 9.000 Grundschulkinder in 60 Grundschulen des Kreises und ihre Eltern.',
    dataAvailable: 'Schulstandorte und Schulbezirke als Shapefile, die Unfallstatistik der Polizei der letzten fünf Jahre.',
    constraints: 'Keine Daten über einzelne Kinder; Betrieb in einem deutschen Rechenzentrum; barrierefrei nach BITV 2.0.',
    success: 'Jede Meldung hat nach einem Jahr eine Antwort, und die Zahl der gemeldeten Gefahrenstellen ohne Bearbeitung sinkt.',
  },
  prize: 'Pilotierung an zehn Grundschulen mit 20.000 Euro',
  contact: 'Straßenverkehrsbehörde des Kreises, schulweg@kreis-sl-fl.example',
  field: 'Mobilität',
  criteria: [
    { title: 'Nutzen für Kinder und Eltern', description: 'Wie schnell und einfach wird eine Gefahrenstelle gemeldet?', weight: '3' },
    { title: 'Aufwand für die Verwaltung', description: 'Passt die Lösung zu den Abläufen der Straßenverkehrsbehörde?', weight: '2' },
  ],
};

const QUESTION = 'Können auch Vereine ohne eigene Rechtsform als Team einreichen, wenn ein eingetragener Verein die Verantwortung übernimmt?';
const ANSWER = 'Ja. Reichen Sie für den eingetragenen Verein ein und nennen Sie die übrigen Beteiligten unter „Team“.';
const PROPOSAL = {
  title: 'Dorfmobil-Pinnwand: Fahrten und Rufbus auf einer Seite',
  summary: 'Eine Seite für das Dorf, auf der Mitfahrangebote, Rufbus und Bürgerbus zusammen erscheinen, auch am Telefon.',
  description: 'Wir bündeln die Fahrten der Nachbarschaft mit dem Rufbus.\n\n- eine Seite für alle Fahrten\n- Ansage am Dorftelefon',
  team: 'Lena Brandt (Produkt) und zwei Entwicklerinnen der Nordlicht Software GmbH.',
};
const AWARD = 'Pilotierung 2027 im Baugebiet Kirchbarkau';

/** Berlin's calendar day `days` from today, as an input of type date wants it. */
function berlinDay(days: number): string {
  return utcToBerlin(shiftBerlinDays(new Date(), days)).date;
}

async function heading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

async function errorSummary(page: Page): Promise<void> {
  await page.getByRole('alert', { name: de.common.errorSummaryTitle }).waitFor();
}

function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}

async function screenshot(page: Page, name: string): Promise<void> {
  await fs.mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

browserTest(
  'a municipality posts a challenge that the editors publish; a start-up asks, is answered, and submits its proposal with a PDF',
  async (_t, { newPage, server }) => {
    // 1. The Kreis's manager starts a new challenge; sent empty, the form says what is missing.
    const manager = await newPage();
    await logInAs(manager, 'manager');
    await manager.goto(OWNER_PATH);
    await heading(manager, a.mine.title);
    await expectNoAxeViolations(manager);
    await manager.getByRole('link', { name: a.mine.create }).click();
    await heading(manager, a.form.newTitle);
    assert.equal(pathOf(manager), `${OWNER_PATH}/neu`);
    await expectNoAxeViolations(manager);
    await manager.getByRole('button', { name: a.form.create }).click();
    await errorSummary(manager);
    await manager.getByRole('link', { name: a.validation.organisationRequired }).waitFor();
    await manager.getByRole('link', { name: a.validation.titleRequired }).waitFor();
    await expectNoAxeViolations(manager);

    // 2. Filled in for the Kreis, with a timeline ahead, the draft is created.
    await manager.getByLabel(t.fields.organisation).selectOption({ label: NEW.organisation });
    await manager.getByLabel(a.form.title, { exact: true }).fill(NEW.title);
    await manager.getByLabel(a.form.summary, { exact: true }).fill(NEW.summary);
    for (const [field, text] of Object.entries(NEW.texts)) await manager.getByLabel(t.fields[field as keyof typeof NEW.texts], { exact: true }).fill(text);
    await manager.getByLabel(t.fields.prize, { exact: true }).fill(NEW.prize);
    await manager.getByRole('radio', { name: t.eligibility.organisations }).check();
    await manager.getByRole('checkbox', { name: NEW.field }).check();
    const timeline = {
      submissionOpensAt: [2, '09:00'],
      questionsUntil: [30, '12:00'],
      submissionClosesAt: [35, '12:00'],
      juryUntil: [60, '18:00'],
      announcementAt: [67, '10:00'],
    } as const;
    for (const [moment, [days, time]] of Object.entries(timeline)) {
      const label = t.fields[moment as keyof typeof timeline];
      await manager.getByLabel(a.form.day(label), { exact: true }).fill(berlinDay(days));
      await manager.getByLabel(a.form.time(label), { exact: true }).fill(time);
    }
    await manager.getByLabel(t.fields.contact, { exact: true }).fill(NEW.contact);
    await manager.getByRole('button', { name: a.form.create }).click();
    await manager.getByText(a.notices.created).waitFor();
    await heading(manager, NEW.title);
    const overview = pathOf(manager);
    assert.match(overview, new RegExp(`^${OWNER_PATH}/${UUID}$`));
    await manager.getByText(a.overview.noCriteria).waitFor();
    await expectNoAxeViolations(manager);

    // 3. Two weighted criteria.
    await manager.getByRole('link', { name: a.overview.editCriteria }).click();
    await heading(manager, a.criteria.title);
    assert.equal(pathOf(manager), `${overview}/kriterien`);
    await expectNoAxeViolations(manager);
    for (const criterion of NEW.criteria) {
      const form = manager.getByRole('region', { name: a.criteria.add });
      await form.getByLabel(a.criteria.titleLabel, { exact: true }).fill(criterion.title);
      await form.getByLabel(a.criteria.description).fill(criterion.description);
      await form.getByLabel(a.criteria.weight, { exact: true }).fill(criterion.weight);
      await form.getByRole('button', { name: a.criteria.addSubmit }).click();
      await manager.getByText(a.notices.criterionAdded).waitFor();
      await manager.getByRole('heading', { level: 2, name: criterion.title }).waitFor();
    }
    await expectNoAxeViolations(manager);

    // 4. Complete, it goes to the editors.
    await manager.getByRole('link', { name: a.criteria.back }).click();
    assert.equal(pathOf(manager), overview);
    await manager.getByText(a.overview.ready).waitFor();
    for (const criterion of NEW.criteria) await manager.getByRole('cell', { name: criterion.title }).waitFor();
    await manager.getByRole('button', { name: a.overview.send }).click();
    await manager.getByText(a.notices.sent).waitFor();
    await manager.getByText(a.overview.inReview).waitFor();
    assert.equal(pathOf(manager), overview);
    await expectNoAxeViolations(manager);

    // 5. The editors find it among the challenges and approve it.
    const editor = await newPage();
    await logInAs(editor, 'redaktion');
    await editor.goto(EDITOR_PATH);
    await heading(editor, a.editor.title);
    await expectNoAxeViolations(editor);
    const row = editor.getByRole('row').filter({ hasText: NEW.title });
    await row.getByText(t.phases.in_review).waitFor();
    await row.getByRole('link', { name: NEW.title }).click();
    await heading(editor, NEW.title);
    assert.match(pathOf(editor), new RegExp(`^${EDITOR_PATH}/${UUID}$`));
    await editor.getByText(NEW.texts.problem).waitFor();
    await expectNoAxeViolations(editor);
    await editor.getByRole('button', { name: a.editor.approve }).click();
    await editor.getByText(a.notices.approved).waitFor();
    await editor.getByText(a.editor.notInReview).waitFor();
    await expectNoAxeViolations(editor);

    // 6. Anyone finds it in the list, on its page and in the platform's search.
    const visitor = await newPage();
    await visitor.goto(CHALLENGES_PATH);
    await heading(visitor, t.title);
    await expectNoAxeViolations(visitor);
    await screenshot(visitor, 'list');
    await visitor.getByRole('link', { name: NEW.title }).click();
    await heading(visitor, NEW.title);
    assert.match(pathOf(visitor), new RegExp(`^${CHALLENGES_PATH}/schulwegsicherheit`));
    const [opensIn, opensAt] = timeline.submissionOpensAt;
    await visitor.getByText(c.call.upcoming(formatDateTime('de', berlinToUtc(berlinDay(opensIn), opensAt)))).waitFor();
    for (const criterion of NEW.criteria) await visitor.getByRole('cell', { name: criterion.title }).waitFor();
    await expectNoAxeViolations(visitor);
    const publicPath = pathOf(visitor);
    await visitor.goto(`/suche?q=${encodeURIComponent(NEW.searchWord)}`);
    const hit = visitor.getByRole('link', { name: NEW.title });
    await hit.waitFor();
    assert.equal(await hit.getAttribute('href'), publicPath);
    await expectNoAxeViolations(visitor);

    // 7. The start-up reads the open demo challenge and goes to its questions and answers.
    const startup = await newPage();
    await logInAs(startup, 'startup');
    await startup.goto(challengePath(OPEN_CHALLENGE.slug));
    await heading(startup, open.title);
    await expectNoAxeViolations(startup);
    await screenshot(startup, 'challenge');
    await startup.getByRole('link', { name: c.questions.ask }).click();
    await heading(startup, q.pageTitle(open.title));
    assert.equal(pathOf(startup), questionsPath(OPEN_CHALLENGE.slug));
    await expectNoAxeViolations(startup);
    await startup.getByRole('button', { name: q.ask.submit }).click();
    await errorSummary(startup);
    await startup.getByRole('link', { name: q.validation.question }).waitFor();
    await expectNoAxeViolations(startup);

    // 8. Without JavaScript the question is sent all the same.
    const noJs = await newPage({ javaScriptEnabled: false });
    await logInAs(noJs, 'startup');
    await noJs.goto(questionsPath(OPEN_CHALLENGE.slug));
    await noJs.getByLabel(q.ask.label).fill(QUESTION);
    await noJs.getByRole('button', { name: q.ask.submit }).click();
    await noJs.getByText(q.notices.asked).waitFor();
    assert.equal(pathOf(noJs), questionsPath(OPEN_CHALLENGE.slug));
    await startup.reload();
    await startup.getByRole('heading', { level: 2, name: q.ownOpen }).waitFor();
    await startup.getByText(QUESTION).waitFor();
    await expectNoAxeViolations(startup);

    // 9. The Kreis answers; the asker gets the answer by mail, and everyone can read it.
    await manager.goto(questionsPath(OPEN_CHALLENGE.slug));
    await heading(manager, q.pageTitle(open.title));
    await expectNoAxeViolations(manager);
    const asked = manager.getByRole('article', { name: QUESTION });
    await asked.getByLabel(q.answerForm.label).fill(ANSWER);
    await asked.getByRole('button', { name: q.answerForm.submit }).click();
    await manager.getByText(q.notices.answered).waitFor();
    assert.equal(pathOf(manager), questionsPath(OPEN_CHALLENGE.slug));
    await expectNoAxeViolations(manager);
    const answerMail = await waitForMail(server.outboxDir, (m) => m.to.includes(DEMO_STARTUP_EMAIL) && m.subject === q.mail.answeredSubject(open.title));
    assert.ok(answerMail.text.includes(ANSWER), 'the mail carries the answer');
    await visitor.goto(questionsPath(OPEN_CHALLENGE.slug));
    const answered = visitor.getByRole('article', { name: QUESTION });
    await answered.getByText(ANSWER).waitFor();
    await expectNoAxeViolations(visitor);

    // 10. The start-up begins a proposal for Nordlicht Software GmbH.
    await startup.goto(challengePath(OPEN_CHALLENGE.slug));
    await startup.getByRole('link', { name: c.call.submit }).click();
    await heading(startup, s.start.heading);
    assert.equal(pathOf(startup), startSubmissionPath(OPEN_CHALLENGE.slug));
    await expectNoAxeViolations(startup);
    await startup.getByRole('radio', { name: s.start.asOrganisation('Nordlicht Software GmbH') }).check();
    await startup.getByLabel(s.start.titleField).fill(PROPOSAL.title);
    await startup.getByRole('button', { name: s.start.start }).click();
    await startup.getByText(s.notices.started).waitFor();
    await heading(startup, PROPOSAL.title);
    const proposal = pathOf(startup);
    assert.match(proposal, new RegExp(`^${submissionPath(UUID)}$`));
    await expectNoAxeViolations(startup);

    // 11. Saved without a title the draft explains; then with its texts it is saved.
    const title = startup.getByLabel(s.page.fields.title, { exact: true });
    await title.fill('');
    await startup.getByLabel(s.page.fields.summary).fill(PROPOSAL.summary);
    await startup.getByRole('button', { name: s.page.save }).click();
    await errorSummary(startup);
    await startup.getByRole('link', { name: s.errors.titleRequired }).waitFor();
    assert.equal(await startup.getByLabel(s.page.fields.summary).inputValue(), PROPOSAL.summary, 'what was typed is kept');
    await expectNoAxeViolations(startup);
    await title.fill(PROPOSAL.title);
    await startup.getByLabel(s.page.fields.description).fill(PROPOSAL.description);
    await startup.getByLabel(s.page.fields.team, { exact: true }).fill(PROPOSAL.team);
    await startup.getByRole('button', { name: s.page.save }).click();
    await startup.getByText(s.notices.saved).waitFor();
    assert.equal(pathOf(startup), proposal);

    // 12. A PDF concept as attachment.
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dk-challenge-pdf-'));
    try {
      const pdf = path.join(dir, 'konzept.pdf');
      await fs.writeFile(
        pdf,
        await renderPdf({
          title: PROPOSAL.title,
          lang: 'de',
          blocks: [
            { kind: 'heading', level: 1, text: PROPOSAL.title },
            { kind: 'paragraph', text: PROPOSAL.summary },
          ],
        }),
      );
      await startup.getByLabel(s.page.upload.title).fill('Konzept');
      await startup.getByLabel(s.page.upload.file, { exact: true }).setInputFiles(pdf);
      await startup.getByRole('button', { name: s.page.add }).click();
      await startup.getByText(s.notices.added).waitFor();
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
    const attachment = startup.getByRole('link', { name: 'Konzept', exact: true });
    const file = await startup.request.get((await attachment.getAttribute('href'))!);
    assert.equal(file.status(), 200);
    assert.equal((await file.body()).subarray(0, 5).toString(), '%PDF-');
    await expectNoAxeViolations(startup);
    await screenshot(startup, 'submission');

    // 13. Submitted: the page says so, and the receipt arrives.
    await startup.getByRole('button', { name: s.page.submit, exact: true }).click();
    await startup.getByText(s.notices.submitted).waitFor();
    assert.equal(pathOf(startup), proposal);
    await startup.getByText(t.submissionStatus.submitted, { exact: true }).waitFor();
    await startup.getByText(s.page.submittedNote).waitFor();
    await expectNoAxeViolations(startup);
    const receipt = await waitForMail(server.outboxDir, (m) => m.to.includes(DEMO_STARTUP_EMAIL) && m.subject === s.mail.receiptSubject(open.title));
    assert.ok(receipt.text.includes(PROPOSAL.title), 'the receipt names the proposal');
  },
);

browserTest(
  'a juror reviews blind, the editors publish the winner, and a winner of a decided challenge becomes a solution profile',
  async (_t, { newPage, server }) => {
    // 1. The juror's list and the assignment not yet declared: only its title until the declaration.
    const juror = await newPage();
    await logInAs(juror, 'jury');
    await juror.goto(JURY_PATH);
    await heading(juror, j.juror.title);
    await expectNoAxeViolations(juror);
    const tasks = juror.getByRole('table', { name: j.juror.caption(jury.title) });
    await tasks.getByRole('row', { name: juryStartup.title }).getByText(r.conflictStates.undeclared).waitFor();
    await tasks.getByRole('link', { name: juryStartup.title }).click();
    await heading(juror, juryStartup.title);
    const assignment = pathOf(juror);
    assert.match(assignment, new RegExp(`^${JURY_PATH}/${UUID}$`));
    await juror.getByText(j.juror.blindNote).waitFor();
    await expectNoAxeViolations(juror);

    // 2. No conflict: the submission shows, blind – neither the organisation nor the people.
    await juror.getByRole('radio', { name: r.conflict.no }).check();
    await juror.getByRole('button', { name: r.conflict.button }).click();
    await juror.getByText(j.juror.notices.declared).waitFor();
    assert.equal(pathOf(juror), assignment);
    await juror.getByRole('heading', { level: 2, name: j.submission.description }).waitFor();
    const main = await juror.getByRole('main').innerText();
    assert.ok(main.includes('XPlanung'), 'the solution is shown after the declaration');
    for (const name of ['Nordlicht', 'Lena Brandt']) assert.ok(!main.includes(name), `blind review: "${name}" is not shown`);
    await expectNoAxeViolations(juror);
    await screenshot(juror, 'juror');

    // 3. One criterion left without a score: the review is not sent and says which.
    const scores = await juror
      .locator('input[type="radio"][name^="score-"]')
      .evaluateAll((inputs) => [...new Set(inputs.map((i) => (i as HTMLInputElement).name))]);
    assert.equal(scores.length, jury.criteria.length, 'a score for each criterion');
    for (const name of scores.slice(0, -1)) await juror.locator(`input[name="${name}"][value="4"]`).check();
    await juror.getByRole('group', { name: r.form.recommendation }).getByRole('radio', { name: r.recommendations.yes }).check();
    await juror.getByRole('button', { name: r.form.submit }).click();
    await errorSummary(juror);
    const last = jury.criteria.at(-1)!.title;
    await juror.getByRole('link', { name: r.form.errorIn(last, r.errors.scoreMissing) }).waitFor();
    await expectNoAxeViolations(juror);

    // 4. Complete, it is submitted and shows as such, also in the list.
    await juror.locator(`input[name="${scores.at(-1)}"][value="5"]`).check();
    await juror.getByRole('button', { name: r.form.submit }).click();
    await juror.getByText(j.juror.notices.submitted).waitFor();
    assert.equal(pathOf(juror), assignment);
    await juror.getByText(r.summary.submittedAt).waitFor();
    assert.equal(await juror.getByRole('button', { name: r.form.submit }).count(), 0, 'a submitted review is not sent again');
    await expectNoAxeViolations(juror);
    await juror.goto(JURY_PATH);
    await tasks.getByRole('row', { name: juryStartup.title }).getByText(r.reviewStates.submitted).waitFor();

    // 5. The editors read the ranking and choose the start-up's proposal as the winner.
    const editor = await newPage();
    await logInAs(editor, 'redaktion');
    await editor.goto(editorChallengePath(JURY_CHALLENGE.id, 'rangliste'));
    await heading(editor, j.ranking.title);
    // four points on the two criteria of weight 2 and five on the one of weight 1: (8 + 8 + 5) / 5
    const ranked = editor.getByRole('row', { name: juryStartup.title });
    await ranked.getByRole('cell', { name: '4,20' }).waitFor();
    await ranked.getByRole('cell', { name: '1', exact: true }).waitFor();
    await expectNoAxeViolations(editor);
    await screenshot(editor, 'ranking');
    await editor.getByRole('navigation', { name: t.editorSections.label }).getByRole('link', { name: t.editorSections.winners }).click();
    await heading(editor, j.winners.title);
    assert.equal(pathOf(editor), editorChallengePath(JURY_CHALLENGE.id, 'gewinner'));
    await expectNoAxeViolations(editor);
    await editor
      .getByRole('group', { name: j.winners.decision(juryStartup.title) })
      .getByRole('checkbox', { name: j.winners.wins })
      .check();
    await editor.getByLabel(j.winners.awardNote(juryStartup.title)).fill(AWARD);
    await editor.getByRole('button', { name: j.winners.save }).click();
    await editor.getByText(j.winners.notices.saved).waitFor();
    await editor.getByText(j.winners.chosen(1)).waitFor();
    await expectNoAxeViolations(editor);

    // 6. Published: the decision stands, the public page shows the winner, its submitter is told.
    await editor.getByRole('button', { name: j.winners.publish }).click();
    await editor.getByText(j.winners.notices.published).waitFor();
    assert.equal(pathOf(editor), editorChallengePath(JURY_CHALLENGE.id, 'gewinner'));
    await editor.getByText(j.submission.winner(AWARD)).waitFor();
    assert.equal(await editor.getByRole('button', { name: j.winners.publish }).count(), 0);
    await expectNoAxeViolations(editor);
    const visitor = await newPage();
    await visitor.goto(challengePath(JURY_CHALLENGE.slug));
    await heading(visitor, jury.title);
    const winners = visitor.getByRole('region', { name: c.winners.title });
    await winners.getByRole('heading', { level: 3, name: juryStartup.title }).waitFor();
    await winners.getByText(AWARD).waitFor();
    await winners.getByRole('link', { name: 'Nordlicht Software GmbH' }).waitFor();
    await expectNoAxeViolations(visitor);
    const mail = await waitForMail(server.outboxDir, (m) => m.to.includes(demoEmail('startup')) && m.subject === j.mail.winnerSubject(jury.title));
    assert.ok(mail.text.includes(AWARD), 'the winner learns what it receives');

    // 7. The start-up turns its winner of the decided challenge into a solution profile.
    const startup = await newPage();
    await logInAs(startup, 'startup');
    await startup.goto(submissionPath(DEMO_SUBMISSIONS.decidedStartupWinner));
    await heading(startup, decidedWinner.title);
    await startup.getByText(s.page.winnerBody).waitFor();
    await expectNoAxeViolations(startup);
    await startup.getByRole('link', { name: s.page.toSolution }).click();
    await heading(startup, q.transfer.title);
    assert.equal(pathOf(startup), submissionPath(DEMO_SUBMISSIONS.decidedStartupWinner, 'loesung'));
    await startup.getByText(q.transfer.ownerIs('Nordlicht Software GmbH')).waitFor();
    await expectNoAxeViolations(startup);
    await startup.getByRole('button', { name: q.transfer.submit }).click();
    await heading(startup, de.solutionsProfiles.edit.title(decidedWinner.title));
    assert.match(pathOf(startup), new RegExp(`^${editSolutionPath(UUID)}$`));
    await expectNoAxeViolations(startup);
  },
);
