import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { findUserByEmail } from '../src/platform/auth/user-repository.ts';
import { formatCalendarMonth } from '../src/platform/i18n/dates.ts';
import { messagesFor } from '../src/platform/i18n/index.ts';
import { insertMembership } from '../src/features/organisations/repository.ts';
import { getOrganisationBySlug } from '../src/features/organisations/service.ts';
import { ADOPTIONS_PATH, LIBRARY_PATH, solutionPath } from '../src/features/solutions/core/paths.ts';
import { DEMO_SOLUTION_LIST, DEMO_SOLUTIONS } from '../src/features/solutions/seed-solutions.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { findLink, waitForMail } from './support/outbox.ts';
import { browserTest } from './support/test.ts';
import { logInAs } from './support/login.ts';

const de = messagesFor('de');
const a = de.solutionsAdoptions;
const l = de.solutionsLibrary;

// A pilot that nobody adopts in the demo, owned by a Kreis no demo account manages.
const TELEMEDICINE = DEMO_SOLUTION_LIST.find((s) => s.id === DEMO_SOLUTIONS.telemedicine)!;
// another pilot, which the filter alone would show and the search must not
const PARKING = DEMO_SOLUTION_LIST.find((s) => s.id === DEMO_SOLUTIONS.parkingSensors)!;
// Not in the demo's adoptions of this solution, and a member of it is the demo member.
const ADOPTER = 'gemeinde-suederbrarup';
// The plural of "Rezept" in the problem text: found only because the German search stems it.
const SEARCH = 'Rezepte';
const MESSAGE = 'Unsere Gemeinde hat keine Hausarztpraxis mehr. Könnten wir Ihre Raumplanung und den Vertrag mit dem Videodienst sehen?';
const REPORT = {
  changes: 'Der Telemedizin-Punkt ist im Dorfgemeinschaftshaus statt in der Amtsverwaltung, damit er auch abends offen sein kann.',
  costs: 'Einmalig 31.000 € für Raum und Technik, im Jahr rund 7.500 € für die Fachkraft und den Videodienst.',
  lessons: 'Die Praxen früher einbinden: Die Termine kamen erst, als eine Ärztin aus dem Nachbarort mitmachte.',
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The solution page's "Nachnutzungen: n". */
async function reuseCount(page: Page): Promise<number> {
  const line = await page.getByText(new RegExp(`^${escapeRegExp(l.profile.reuses)}: \\d+$`)).innerText();
  return Number(/\d+$/.exec(line)?.[0]);
}

browserTest(
  'a member finds a solution by its problem and asks to adopt it; the owner accepts, the adopter puts it into operation and reports, and the solution page shows it',
  async (_t, { newPage, server }) => {
    assert.ok(TELEMEDICINE.problem.includes('Rezept') && !TELEMEDICINE.title.includes('Rezept'), 'the search word is in the problem only');
    assert.equal(PARKING.maturity, TELEMEDICINE.maturity);
    const db = server.runtime.deps.db;
    const owner = await getOrganisationBySlug(db, TELEMEDICINE.owner);
    const adopter = await getOrganisationBySlug(db, ADOPTER);
    const juror = await findUserByEmail(db, 'jury@demo.digitale-kommune.de');
    assert.ok(owner && adopter && juror);
    // What a browser cannot do: the juror's account, in no organisation, becomes the owner's manager,
    // so that the owner and the adopter are different people with different mailboxes.
    assert.ok(await insertMembership(db, { organisationId: owner.id, userId: juror.id, role: 'manager', status: 'active', decidedAt: new Date() }));

    // 1. The member searches the library for their problem, then narrows it to pilots.
    const member = await newPage();
    await logInAs(member, 'mitglied');
    await member.goto(LIBRARY_PATH);
    const filter = member.getByRole('search', { name: l.filterTitle });
    await filter.getByLabel(l.search, { exact: true }).fill(SEARCH);
    await filter.getByLabel(l.search, { exact: true }).press('Enter');
    await member.waitForURL((url) => url.searchParams.get('q') === SEARCH);
    await member.getByRole('link', { name: TELEMEDICINE.title }).waitFor();
    await filter.getByLabel(l.maturity).selectOption({ label: de.solutions.maturity[TELEMEDICINE.maturity] });
    await filter.getByRole('button', { name: l.apply }).click();
    await member.waitForURL((url) => url.searchParams.get('reife') === TELEMEDICINE.maturity);
    assert.equal(await filter.getByLabel(l.search, { exact: true }).inputValue(), SEARCH, 'the filter keeps the search');
    await member.getByRole('link', { name: TELEMEDICINE.title }).waitFor();
    assert.equal(await member.getByRole('link', { name: PARKING.title }).count(), 0, 'the search still applies');
    await expectNoAxeViolations(member);

    // 2. The solution's page, and the request; the form refuses an empty message first.
    await member.getByRole('link', { name: TELEMEDICINE.title }).click();
    await member.getByRole('heading', { level: 1, name: TELEMEDICINE.title }).waitFor();
    await expectNoAxeViolations(member);
    const reusesBefore = await reuseCount(member);
    await member.getByRole('link', { name: l.profile.adopt, exact: true }).click();
    await member.getByRole('heading', { level: 1, name: a.adopt.title(TELEMEDICINE.title) }).waitFor();
    // the member's one organisation is chosen already
    assert.ok(await member.getByRole('radio', { name: adopter.name }).isChecked());
    await member.getByRole('button', { name: a.adopt.submit }).click();
    const summary = member.getByRole('alert', { name: de.common.errorSummaryTitle });
    await summary.waitFor();
    assert.ok((await summary.innerText()).includes(a.errors.messageRequired));
    await expectNoAxeViolations(member);
    await member.getByLabel(a.adopt.message, { exact: true }).fill(MESSAGE);
    await member.getByRole('button', { name: a.adopt.submit }).click();
    await member.getByText(a.notices.requested).waitFor();
    const adoptionPage = new URL(member.url()).pathname;
    assert.match(adoptionPage, new RegExp(`^${ADOPTIONS_PATH}/[0-9a-f-]{36}$`));
    await member.getByText(a.answer.waiting).waitFor();

    // 3. The owner's manager gets the request by mail and accepts it, in a browser without JavaScript.
    const request = await waitForMail(server.outboxDir, (m) => m.to.includes(juror.email) && m.subject === a.mail.requestSubject(TELEMEDICINE.title));
    assert.ok(request.text.includes(MESSAGE), 'the mail carries the message');
    assert.equal(findLink(request, ADOPTIONS_PATH), `${server.baseUrl}${adoptionPage}`);
    const ownerManager = await newPage({ javaScriptEnabled: false });
    await logInAs(ownerManager, 'jury');
    await ownerManager.goto(findLink(request, ADOPTIONS_PATH));
    await ownerManager.getByRole('heading', { level: 1, name: a.adoption.title(TELEMEDICINE.title) }).waitFor();
    await ownerManager.getByLabel(a.answer.answer, { exact: true }).fill('Gern – der Fachdienst Gesundheit meldet sich für einen Termin vor Ort.');
    await ownerManager.getByRole('button', { name: a.answer.accept }).click();
    await ownerManager.getByText(a.notices.accept).waitFor();
    assert.equal(await ownerManager.getByRole('button', { name: a.answer.accept }).count(), 0, 'a request is answered once');

    // The one who asked and the adopter's managers hear of it.
    const accepted = (to: string) => waitForMail(server.outboxDir, (m) => m.to.includes(to) && m.subject === a.mail.acceptedSubject(TELEMEDICINE.title));
    await accepted('mitglied@demo.digitale-kommune.de');
    const answer = await accepted('manager@demo.digitale-kommune.de');

    // 4. The adopter's manager starts, reports operation since this month, and writes the report.
    const adopterManager = await newPage();
    await logInAs(adopterManager, 'manager');
    await adopterManager.goto(findLink(answer, adoptionPage));
    await adopterManager.getByRole('button', { name: a.progress.start }).click();
    await adopterManager.getByText(a.notices.start).waitFor();
    const [year, month] = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' }).split('-');
    await adopterManager.getByLabel(a.progress.month, { exact: true }).selectOption({ label: a.months[Number(month) - 1]! });
    await adopterManager.getByLabel(a.progress.year, { exact: true }).fill(year!);
    await adopterManager.getByRole('button', { name: a.progress.operate }).click();
    await adopterManager.getByText(a.notices.operate).waitFor();
    await adopterManager.getByRole('button', { name: a.report.save }).click();
    await adopterManager.getByRole('alert', { name: de.common.errorSummaryTitle }).getByText(a.errors.reportEmpty).waitFor();
    await expectNoAxeViolations(adopterManager);
    await adopterManager.getByLabel(a.report.changes, { exact: true }).fill(REPORT.changes);
    await adopterManager.getByLabel(a.report.costs, { exact: true }).fill(REPORT.costs);
    await adopterManager.getByLabel(a.report.lessons, { exact: true }).fill(REPORT.lessons);
    await adopterManager.getByRole('button', { name: a.report.save }).click();
    await adopterManager.getByText(a.notices.reported).waitFor();

    // 5. Anyone sees on the solution's page where it runs now, one re-use more, and the report.
    const visitor = await newPage();
    await visitor.goto(solutionPath(TELEMEDICINE.slug));
    const runsIn = visitor.getByRole('heading', { level: 2, name: l.profile.runsIn }).locator('xpath=following-sibling::ul[1]');
    const since = l.profile.since(formatCalendarMonth('de', `${year}-${month}-01`));
    await runsIn
      .getByRole('listitem')
      .filter({ hasText: `${adopter.name} (${since})` })
      .waitFor();
    assert.equal(await reuseCount(visitor), reusesBefore + 1);
    await visitor.getByRole('heading', { level: 2, name: l.profile.reports }).waitFor();
    const [reportBy] = l.profile.reportBy(adopter.name, '\u0000').split('\u0000');
    await visitor.getByRole('heading', { level: 3, name: reportBy }).waitFor();
    const main = await visitor.getByRole('main').innerText();
    for (const text of Object.values(REPORT)) assert.ok(main.includes(text), `the report says: ${text}`);
  },
);
