import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { findUserByEmail } from '../src/platform/auth/user-repository.ts';
import { messagesFor } from '../src/platform/i18n/index.ts';
import { PROJECT_ROOT } from '../src/platform/paths.ts';
import { formatEuro } from '../src/platform/text/money.ts';
import { EDITOR_PROJECTS_PATH } from '../src/features/competition/core/paths.ts';
import { updateCallRow } from '../src/features/competition/core/repository.ts';
import { DEMO_CALLS } from '../src/features/competition/seed.ts';
import { DEMO_APPLICATIONS } from '../src/features/competition/seed-applications.ts';
import { insertMembership } from '../src/features/organisations/repository.ts';
import { getOrganisationBySlug } from '../src/features/organisations/service.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { waitForMail } from './support/outbox.ts';
import { browserTest } from './support/test.ts';
import { logInAs } from './support/login.ts';

const de = messagesFor('de');
const c = de.competitionDecisions;
const s = de.competitionApplications.screening;
const p = de.competitionProjects;
const r = de.competitionReports;

const FLENSBURG = { name: 'Stadt Flensburg', title: 'Offene Fahrplandaten für die Region Flensburg' };
// Flensburg's budget plan: 60.000 € less the call's own share of ten per cent
const FLENSBURG_REQUESTED_CENTS = 5_400_000;
const REPORT = 'Zwischenbericht 2027';
const REPORT_BODY = [
  '## Was erreicht wurde',
  'Seit dem Sommer liefern alle Stadtbuslinien ihre Echtzeitdaten als offene Daten nach GTFS. Die Auskunft im Netz zeigt Stadtbus, Rufbus und Mitfahrbank gemeinsam.',
  '## Was andere übernehmen können',
  '- die Schnittstelle mit ihrer Dokumentation',
  '- die Vorlage der Aushänge mit QR-Code und Telefonnummer für die Mitfahrbänke',
].join('\n\n');
const ATTACHMENT = 'Auswertung der Testrunden';

/** The words of a message around its one argument, e.g. "Die Entscheidungen wurden am " and " freigegeben …". */
function around(message: (value: string) => string): [string, string] {
  const [before = '', after = ''] = message('\u0000').split('\u0000');
  return [before, after];
}

/** A day in the Berlin calendar, days from now, as a date input takes it. */
function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
}

browserTest(
  'editors decide every application and release the decisions after the deadline; the funded municipality requests funds and reports, and the report is published',
  async (_t, { newPage, server }) => {
    const call = `/verwaltung/wettbewerb/${DEMO_CALLS.round2027}`;
    const db = server.runtime.deps.db;
    // The demo call closes on a fixed day (26 February 2027): open until tomorrow, whatever day this runs.
    await updateCallRow(db, DEMO_CALLS.round2027, { closesAt: new Date(Date.now() + 86_400_000) });
    const editor = await newPage();
    await logInAs(editor, 'redaktion');

    // 1. Screening leaves no application undecided: Lübeck is complete, Nordfriesland is not eligible.
    await editor.goto(`${call}/bewerbungen/${DEMO_APPLICATIONS.submitted}`);
    await editor.getByLabel(s.outcomes.eligible).check();
    await editor.getByRole('button', { name: s.save }).click();
    await editor.getByText(de.competitionApplications.notices.screened).waitFor();
    await editor.goto(`${call}/bewerbungen/${DEMO_APPLICATIONS.queried}`);
    await editor.getByLabel(s.outcomes.ineligible, { exact: true }).check();
    await editor.getByLabel(s.note, { exact: true }).fill('Die Absichtserklärungen der Praxen sind bis zum Bewerbungsschluss nicht eingegangen.');
    await editor.getByRole('button', { name: s.save }).click();
    await editor.getByText(de.competitionApplications.notices.screened).waitFor();

    // 2. The decisions: the jury's ranking with the budget, one application after the other.
    await editor.goto(`${call}/entscheidungen`);
    await editor.getByRole('heading', { level: 1, name: c.title }).waitFor();
    await expectNoAxeViolations(editor);
    const decide = async (organisation: string) => {
      await editor
        .getByRole('row', { name: new RegExp(organisation) })
        .getByRole('link')
        .click();
      await editor.getByRole('button', { name: c.decide.save }).waitFor();
    };

    // More than Flensburg asked for is refused with the limit named, and what was typed is kept.
    await decide(FLENSBURG.name);
    await editor.getByRole('radio', { name: c.decide.outcomes.awarded }).check();
    await editor.getByLabel(c.decide.amount).fill('60.000');
    await editor.getByRole('button', { name: c.decide.save }).click();
    const summary = editor.getByRole('alert', { name: de.common.errorSummaryTitle });
    await summary.waitFor();
    assert.ok(
      (await summary.innerText()).includes(c.errors.overRequested(formatEuro('de', FLENSBURG_REQUESTED_CENTS))),
      'the summary names what Flensburg asked for',
    );
    assert.equal(await editor.getByLabel(c.decide.amount).inputValue(), '60.000');
    assert.ok(await editor.getByRole('radio', { name: c.decide.outcomes.awarded }).isChecked());
    await expectNoAxeViolations(editor);
    await editor.getByLabel(c.decide.amount).fill('50.000');
    await editor.getByRole('button', { name: c.decide.save }).click();
    await editor.getByText(c.notices.decided).waitFor();
    assert.ok((await editor.getByRole('row', { name: new RegExp(FLENSBURG.name) }).innerText()).includes(c.awardedWith(formatEuro('de', 5_000_000))));

    // Kiel is rejected with a reason; Lübeck gets the most it may, as the form suggests.
    await decide('Landeshauptstadt Kiel');
    await editor.getByRole('radio', { name: c.decide.outcomes.rejected }).check();
    await editor
      .getByLabel(c.decide.reason, { exact: true })
      .fill('Das Vorhaben überzeugt, doch die Messbojen sind bereits über das Förderprogramm des Landes für den Küstenschutz finanzierbar.');
    await editor.getByRole('button', { name: c.decide.save }).click();
    await editor.getByText(c.notices.decided).waitFor();
    await decide('Hansestadt Lübeck');
    await editor.getByRole('radio', { name: c.decide.outcomes.awarded }).check();
    await editor.getByRole('button', { name: c.decide.save }).click();
    await editor.getByText(c.notices.decided).waitFor();
    // 65.500 € in Lübeck's plan less the own share
    assert.ok((await editor.getByRole('row', { name: /Hansestadt Lübeck/ }).innerText()).includes(c.awardedWith(formatEuro('de', 5_895_000))));
    const [stillOpenBefore] = around(c.release.stillOpen);
    await editor.getByText(stillOpenBefore).waitFor();
    assert.equal(await editor.getByRole('button', { name: c.release.button }).count(), 0, 'no release before the deadline');

    // 3. What a browser cannot do: the deadline passes, and the demo manager becomes a manager of Flensburg.
    await updateCallRow(db, DEMO_CALLS.round2027, { closesAt: new Date(Date.now() - 60_000) });
    const flensburg = await getOrganisationBySlug(db, 'stadt-flensburg');
    const manager = await findUserByEmail(db, 'manager@demo.digitale-kommune.de');
    assert.ok(flensburg && manager);
    assert.ok(await insertMembership(db, { organisationId: flensburg.id, userId: manager.id, role: 'manager', status: 'active', decidedAt: new Date() }));

    // 4. The release: once, whatever a second tab still offers.
    await editor.reload();
    const staleTab = await editor.context().newPage();
    await staleTab.goto(`${call}/entscheidungen`);
    await editor.getByRole('button', { name: c.release.button }).click();
    await editor.getByText(c.notices.released).waitFor();
    const [releasedBefore] = around(c.release.released);
    const releasedLine = await editor.getByText(releasedBefore).innerText();
    assert.equal(await editor.getByRole('button', { name: c.release.button }).count(), 0, 'released once, the button is gone');
    await expectNoAxeViolations(editor);
    await staleTab.getByRole('button', { name: c.release.button }).click();
    await staleTab.getByText(c.notices.released).waitFor();
    assert.equal(await staleTab.getByText(releasedBefore).innerText(), releasedLine, 'the second release changes nothing');
    await staleTab.close();
    await editor
      .getByRole('row', { name: new RegExp(FLENSBURG.name) })
      .getByRole('link')
      .click();
    await editor.getByText(c.decide.final).waitFor();
    assert.equal(await editor.getByRole('button', { name: c.decide.save }).count(), 0, 'a released decision cannot be changed');
    await editor.goto(EDITOR_PROJECTS_PATH);
    assert.equal(await editor.getByRole('link', { name: FLENSBURG.title }).count(), 1, 'the award became one project');

    // 5. The demo's Flensburg application has no submitter, so its managers hear of the decision.
    const mail = await waitForMail(
      server.outboxDir,
      (m) => m.to.includes('manager@demo.digitale-kommune.de') && m.subject === c.mail.awardedSubject('WB-2027-0003'),
    );
    assert.ok(mail.text.includes(formatEuro('de', 5_000_000)));

    // 6. The manager of Flensburg reads the decision and requests funds in the project's workspace.
    const municipality = await newPage();
    await logInAs(municipality, 'manager');
    await municipality.goto(`/wettbewerb/bewerbungen/${DEMO_APPLICATIONS.eligible}`);
    const decision = municipality.getByRole('alert', { name: c.applicant.awardedHeading });
    await decision.waitFor();
    assert.ok((await decision.innerText()).includes(c.applicant.awarded(formatEuro('de', 5_000_000))));
    await expectNoAxeViolations(municipality);
    await municipality.getByRole('link', { name: c.applicant.workspace }).click();
    await municipality.getByRole('heading', { level: 1, name: FLENSBURG.title }).waitFor();
    await expectNoAxeViolations(municipality);
    const showcaseHref = await municipality.getByRole('link', { name: p.workspace.showcase }).getAttribute('href');
    assert.ok(showcaseHref);
    await municipality.getByRole('link', { name: p.payments.request }).click();
    await municipality.getByRole('heading', { level: 1, name: p.payments.requestTitle }).waitFor();
    await municipality.getByLabel(p.payments.amount).fill('10.000');
    await municipality.getByLabel(p.payments.purpose).fill('Schnittstelle für Echtzeitdaten, erster Abschnitt');
    await municipality.getByRole('button', { name: p.payments.requestButton }).click();
    await municipality.getByText(p.notices.requested).waitFor();
    const payment = await municipality.getByRole('row', { name: /Schnittstelle für Echtzeitdaten, erster Abschnitt/ }).innerText();
    assert.ok(payment.includes(formatEuro('de', 1_000_000)) && payment.includes(p.payments.statuses.requested), payment);

    // 7. The editors schedule a report ...
    await editor.getByRole('link', { name: FLENSBURG.title }).click();
    await editor.getByRole('main').getByRole('link', { name: p.workspace.reports, exact: true }).click();
    await editor.getByRole('heading', { level: 1, name: r.title }).waitFor();
    await editor.getByLabel(r.schedule.name).fill(REPORT);
    await editor.getByLabel(r.schedule.dueOn).fill(dayFromNow(30));
    await editor.getByRole('button', { name: r.schedule.submit }).click();
    await editor.getByText(r.notices.scheduled).waitFor();
    await expectNoAxeViolations(editor);

    // ... the manager attaches a PDF, writes and submits it ...
    await municipality.getByRole('main').getByRole('link', { name: p.workspace.reports, exact: true }).click();
    await municipality.getByRole('link', { name: REPORT }).click();
    await municipality.getByRole('heading', { level: 1, name: REPORT }).waitFor();
    await expectNoAxeViolations(municipality);
    const pdf = await fs.readFile(path.join(PROJECT_ROOT, 'assets', 'demo', 'checkliste-informationssicherheit.pdf'));
    await municipality.getByLabel(r.files.name, { exact: true }).fill(ATTACHMENT);
    await municipality.getByLabel(r.files.file, { exact: true }).setInputFiles({ name: 'testrunden.pdf', mimeType: 'application/pdf', buffer: pdf });
    await municipality.getByRole('button', { name: r.files.upload }).click();
    await municipality.getByText(r.notices.fileAdded).waitFor();
    await municipality.getByLabel(r.report.body).fill(REPORT_BODY);
    await municipality.getByRole('button', { name: r.report.submit }).click();
    // the notice says what the page says below it: submitted, with the editors now
    await municipality.getByRole('alert').getByText(r.notices.submitted).waitFor();
    assert.equal(await municipality.getByRole('button', { name: r.report.submit }).count(), 0, 'a submitted report is no longer written');

    // ... the editors accept and publish it ...
    await editor.getByRole('link', { name: REPORT }).click();
    await editor.getByRole('button', { name: r.review.accept }).click();
    await editor.getByText(r.notices.accept).waitFor();
    await editor.getByRole('button', { name: r.review.publish }).click();
    await editor.getByText(r.notices.publish).waitFor();
    await editor.getByRole('link', { name: r.review.publicLink }).waitFor();

    // ... and anyone reads it on the project's public page, with its attachment.
    const visitor = await newPage();
    await visitor.goto(showcaseHref);
    await visitor.getByRole('heading', { level: 1, name: FLENSBURG.title }).waitFor();
    await visitor.getByRole('heading', { level: 2, name: r.public.title }).waitFor();
    await expectNoAxeViolations(visitor);
    await visitor.getByRole('link', { name: REPORT }).click();
    await visitor.getByRole('heading', { level: 1, name: REPORT }).waitFor();
    assert.ok((await visitor.getByRole('main').innerText()).includes('Seit dem Sommer liefern alle Stadtbuslinien'));
    await expectNoAxeViolations(visitor);
    const download = await visitor.getByRole('link', { name: new RegExp(`^${ATTACHMENT}`) }).getAttribute('href');
    const file = await visitor.request.get(download!);
    assert.equal(file.status(), 200);
    assert.equal((await file.body()).subarray(0, 5).toString(), '%PDF-');
  },
);
