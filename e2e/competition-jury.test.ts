import assert from 'node:assert/strict';
import { DEMO_CALLS } from '../src/features/competition/seed.ts';
import { DEMO_APPLICATIONS } from '../src/features/competition/seed-applications.ts';
import { messagesFor } from '../src/platform/i18n/index.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { browserTest } from './support/test.ts';
import { logInAs } from './support/login.ts';

const de = messagesFor('de');
const j = de.competitionJury;
const r = de.review;

browserTest(
  'an editor finds an application complete and assigns the juror, who declares no conflict and reviews; the ranking shows it',
  async (_t, { newPage }) => {
    const call = `/verwaltung/wettbewerb/${DEMO_CALLS.round2027}`;
    const editor = await newPage();
    await logInAs(editor, 'redaktion');

    // The submitted application from Lübeck is found formally complete ...
    await editor.goto(`${call}/bewerbungen/${DEMO_APPLICATIONS.submitted}`);
    await editor.getByLabel(de.competitionApplications.screening.outcomes.eligible).check();
    await editor.getByRole('button', { name: de.competitionApplications.screening.save }).click();
    await editor.getByText(de.competitionApplications.notices.screened).waitFor();

    // ... and given to the demo juror.
    await editor.goto(`${call}/jury`);
    await expectNoAxeViolations(editor);
    await editor.getByRole('button', { name: j.editor.assignButton }).click();
    await editor.getByRole('alert', { name: de.common.errorSummaryTitle }).waitFor();
    await expectNoAxeViolations(editor);
    await editor.getByRole('checkbox', { name: 'WB-2027-0001 – Quartiersplattform Buntekuh' }).check();
    await editor.getByRole('checkbox', { name: 'Jens Jury' }).check();
    await editor.getByRole('button', { name: j.editor.assignButton }).click();
    await editor.getByText(j.editor.notices.assigned).waitFor();

    // The juror sees the new assignment, declares no conflict and reads the application blind.
    const juror = await newPage();
    await logInAs(juror, 'jury');
    await juror.goto('/wettbewerb');
    await juror.getByRole('link', { name: j.juror.title }).click();
    await expectNoAxeViolations(juror);
    await juror.getByRole('link', { name: 'WB-2027-0001' }).click();
    await expectNoAxeViolations(juror);
    assert.ok(!(await juror.getByRole('main').innerText()).includes('Hansestadt Lübeck'), 'blind review: no applicant before or after the declaration');
    await juror.getByLabel(r.conflict.no).check();
    await juror.getByRole('button', { name: r.conflict.button }).click();
    await juror.getByText(j.juror.notices.declared).waitFor();
    await expectNoAxeViolations(juror);
    assert.ok((await juror.getByRole('main').innerText()).includes('Buntekuh'), 'the application is shown after the declaration');
    assert.ok(!(await juror.getByRole('main').innerText()).includes('Hansestadt Lübeck'));

    // Sent without scores, the review is explained; with every score it goes in.
    await juror.getByRole('button', { name: r.form.submit }).click();
    await juror.getByRole('alert', { name: de.common.errorSummaryTitle }).waitFor();
    await expectNoAxeViolations(juror);
    const scores = await juror
      .locator('input[type="radio"][name^="score-"]')
      .evaluateAll((inputs) => [...new Set(inputs.map((i) => (i as HTMLInputElement).name))]);
    for (const name of scores) await juror.locator(`input[name="${name}"][value="4"]`).check();
    await juror.locator('input[name="recommendation"][value="yes"]').check();
    await juror.getByRole('button', { name: r.form.submit }).click();
    await juror.getByText(j.juror.notices.submitted).waitFor();
    await expectNoAxeViolations(juror);

    // The editors' ranking puts it with the other reviewed applications.
    await editor.goto(`${call}/rangliste`);
    await expectNoAxeViolations(editor);
    const ranking = await editor.locator('#table-ranking').locator('xpath=ancestor::table').innerText();
    assert.ok(ranking.includes('Quartiersplattform Buntekuh'));
    assert.ok(ranking.includes('4,00'), 'four points on every criterion weigh 4,00');
  },
);
