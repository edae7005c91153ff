import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { DEMO_EVENTS } from '../src/features/events/seed.ts';
import { DEMO_KNOWLEDGE } from '../src/features/knowledge/seed.ts';
import { messagesFor } from '../src/platform/i18n/index.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { MAIN_PAGES } from './support/main-pages.ts';
import { fillRegistrationForm } from './support/registration-form.ts';
import { browserTest } from './support/test.ts';
import { DEMO_APPLICATIONS } from '../src/features/competition/seed-applications.ts';
import { DEMO_CALLS } from '../src/features/competition/seed.ts';
import { DEMO_FORM } from '../src/features/competition/seed-form.ts';
import { DEMO_PROJECT_REPORTS } from '../src/features/competition/seed-project-reports.ts';
import { DEMO_WORKSPACE } from '../src/features/competition/seed-project-records.ts';
import {
  ADOPTIONS_PATH,
  adoptionPath,
  EDITOR_PATH as SOLUTIONS_EDITOR_PATH,
  editSolutionPath,
  MY_SOLUTIONS_PATH,
  NEW_SOLUTION_PATH,
} from '../src/features/solutions/core/paths.ts';
import { DEMO_SOLUTIONS } from '../src/features/solutions/seed-solutions.ts';
import { DEMO_ADOPTIONS } from '../src/features/solutions/seed-adoptions.ts';
import { logInAs } from './support/login.ts';

const de = messagesFor('de');
const kickOff = DEMO_EVENTS.kickOff;
const registrationForm = MAIN_PAGES.find((p) => p.name === 'anmeldung')!.path;

/** A phone's and a desktop's width. */
const WIDTHS = [375, 1280] as const;
/** A first visit of a public page: HTML, CSS, fonts and scripts together, as transferred. */
const FIRST_VISIT_BUDGET = 60 * 1024;
const CSS_BUDGET = 15 * 1024;

/** The pages of the people who run the programme, by the administrator's demo account. */
const STAFF_PAGES = [
  '/konto',
  '/verwaltung',
  '/verwaltung/design',
  '/verwaltung/veranstaltungen',
  `/verwaltung/veranstaltungen/${kickOff.id}`,
  `/verwaltung/veranstaltungen/${kickOff.id}/termine/${kickOff.dates.luebeck}/anmeldungen`,
  `/verwaltung/veranstaltungen/${kickOff.id}/bild`,
  '/verwaltung/wissen',
  `/verwaltung/wissen/${DEMO_KNOWLEDGE.guideId}/bild`,
  `/verwaltung/wissen/${DEMO_KNOWLEDGE.guideId}/versionen`,
  '/verwaltung/wettbewerb',
  `/verwaltung/wettbewerb/${DEMO_CALLS.round2027}`,
  `/verwaltung/wettbewerb/${DEMO_CALLS.round2027}/bearbeiten`,
  `/verwaltung/wettbewerb/${DEMO_CALLS.round2027}/formular`,
  `/verwaltung/wettbewerb/${DEMO_CALLS.round2027}/formular/${DEMO_FORM.sections.situation}`,
  `/verwaltung/wettbewerb/abschnitte/${DEMO_FORM.sections.situation}/fragen`,
  `/verwaltung/wettbewerb/abschnitte/${DEMO_FORM.sections.situation}/fragen/${DEMO_FORM.questions.step}`,
  `/verwaltung/wettbewerb/${DEMO_CALLS.round2027}/kriterien`,
  `/verwaltung/wettbewerb/${DEMO_CALLS.round2027}/kriterien/${DEMO_FORM.criteria.services}`,
  `/verwaltung/wettbewerb/${DEMO_CALLS.round2027}/unterlagen`,
  `/verwaltung/wettbewerb/${DEMO_CALLS.round2027}/bewerbungen`,
  `/verwaltung/wettbewerb/${DEMO_CALLS.round2027}/bewerbungen/${DEMO_APPLICATIONS.queried}`,
  `/verwaltung/wettbewerb/${DEMO_CALLS.round2027}/jury`,
  `/verwaltung/wettbewerb/${DEMO_CALLS.round2027}/rangliste`,
  `/verwaltung/wettbewerb/${DEMO_CALLS.round2027}/entscheidungen`,
  `/verwaltung/wettbewerb/${DEMO_CALLS.round2027}/entscheidungen/${DEMO_APPLICATIONS.awarded}`,
  `/wettbewerb/projekte/${DEMO_PROJECT_REPORTS.project}/berichte`,
  `/wettbewerb/projekte/${DEMO_PROJECT_REPORTS.project}/berichte/${DEMO_PROJECT_REPORTS.final}`,
  '/verwaltung/wettbewerb/projekte',
  `/wettbewerb/projekte/${DEMO_WORKSPACE}`,
  '/verwaltung/nutzer',
  '/verwaltung/protokoll',
  SOLUTIONS_EDITOR_PATH,
  `${SOLUTIONS_EDITOR_PATH}/${DEMO_SOLUTIONS.onDemandBus}`,
  `${SOLUTIONS_EDITOR_PATH}/${DEMO_SOLUTIONS.crossBorderStrategy}`,
  `/loesungen/bearbeiten/${DEMO_SOLUTIONS.onDemandBus}/versionen`,
];

/** From the registration form with every answer to the page that shows them for checking. */
async function reachCheckPage(page: Page): Promise<void> {
  await page.goto(registrationForm);
  await fillRegistrationForm(page, { email: `ansicht.${Date.now()}@amt-beispiel.de`, organisation: 'Amt Beispielland' });
  await page.getByRole('button', { name: de.eventRegistration.form.submit }).click();
  await page.getByRole('heading', { level: 1, name: de.eventRegistration.check.title }).waitFor();
}

/** How many pixels the page is wider than the window; the reserved scrollbar gutter does not count. */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth));
}

// The public pages in two halves per width, so that each test stays well inside the time a
// browser test may take on a busy machine; the forms come with the second half.
const publicHalves = [MAIN_PAGES.slice(0, Math.ceil(MAIN_PAGES.length / 2)), MAIN_PAGES.slice(Math.ceil(MAIN_PAGES.length / 2))];

for (const width of WIDTHS) {
  browserTest(`the first half of the public page types passes axe at ${width} px`, async (t, { newPage }) => {
    const page = await newPage({ viewport: { width, height: 800 } });
    for (const { name, path } of publicHalves[0]!) {
      await t.test(name, async () => {
        assert.equal((await page.goto(path))?.status(), 200);
        await expectNoAxeViolations(page);
      });
    }
  });

  browserTest(`the other public page types, a form with errors and the check page pass axe at ${width} px`, async (t, { newPage }) => {
    const page = await newPage({ viewport: { width, height: 800 } });
    for (const { name, path } of publicHalves[1]!) {
      await t.test(name, async () => {
        assert.equal((await page.goto(path))?.status(), 200);
        await expectNoAxeViolations(page);
      });
    }
    await t.test('registration form with errors', async () => {
      await page.goto(registrationForm);
      await page.getByRole('button', { name: de.eventRegistration.form.submit }).click();
      await page.getByRole('alert').getByText(de.common.errorSummaryTitle).waitFor();
      await expectNoAxeViolations(page);
      // The summary's link to a checkbox group moves the focus onto its box, its question still in view.
      await page.getByRole('alert').getByRole('link', { name: de.eventRegistration.errors.consentRequired }).click();
      const focused = await page.evaluate(() => {
        const field = document.activeElement;
        const legend = field?.closest('fieldset')?.querySelector('legend');
        return { name: field?.getAttribute('name'), legendTop: legend ? legend.getBoundingClientRect().top : -1 };
      });
      assert.equal(focused.name, 'consent');
      assert.ok(focused.legendTop >= 0, `the question above the box is in view (top ${focused.legendTop})`);
    });
    await t.test('check page', async () => {
      await reachCheckPage(page);
      await expectNoAxeViolations(page);
    });
  });
}

// The staff's pages have the public pages' components and layout, which are checked at both
// widths above; they are checked at the narrow one, where more can go wrong, to keep the suite fast.
// In groups, so that each test stays well inside the time a browser test may take on a busy machine.
const STAFF_GROUP_SIZE = 13;
const staffGroups = Array.from({ length: Math.ceil(STAFF_PAGES.length / STAFF_GROUP_SIZE) }, (_, i) =>
  STAFF_PAGES.slice(i * STAFF_GROUP_SIZE, (i + 1) * STAFF_GROUP_SIZE),
);
for (const [i, group] of staffGroups.entries()) {
  browserTest(`the pages of the programme's staff pass axe at ${WIDTHS[0]} px (${i + 1} of ${staffGroups.length})`, async (t, { newPage }) => {
    const page = await newPage({ viewport: { width: WIDTHS[0], height: 800 } });
    await logInAs(page, 'admin');
    for (const path of group) {
      await t.test(path, async () => {
        assert.equal((await page.goto(path))?.status(), 200);
        await expectNoAxeViolations(page);
      });
    }
  });
}

// Adoptions are seen only by the members of the two organisations: the demo manager's Gemeinde
// Süderbrarup asks, runs and reports, and the Kreis is asked for its solutions.
browserTest(`the demo manager's adoptions of solutions pass axe at ${WIDTHS[0]} px`, async (t, { newPage }) => {
  const page = await newPage({ viewport: { width: WIDTHS[0], height: 800 } });
  await logInAs(page, 'manager');
  for (const path of [ADOPTIONS_PATH, adoptionPath(DEMO_ADOPTIONS.benchSuederbrarup), adoptionPath(DEMO_ADOPTIONS.villageHubSuederbrarup)]) {
    await t.test(path, async () => {
      assert.equal((await page.goto(path))?.status(), 200);
      await expectNoAxeViolations(page);
    });
  }
});

// A solution is written by the managers of its organisation: the demo manager keeps the Kreis's
// "Rufbus on demand", which is in review.
browserTest(`the demo manager's solution profiles pass axe at ${WIDTHS[0]} px`, async (t, { newPage }) => {
  const page = await newPage({ viewport: { width: WIDTHS[0], height: 800 } });
  await logInAs(page, 'manager');
  for (const path of [MY_SOLUTIONS_PATH, NEW_SOLUTION_PATH, editSolutionPath(DEMO_SOLUTIONS.onDemandBus)]) {
    await t.test(path, async () => {
      assert.equal((await page.goto(path))?.status(), 200);
      await expectNoAxeViolations(page);
    });
  }
});

browserTest('a picture without its text alternative is refused, with the error summary and the file to choose again', async (_t, { newPage }) => {
  const page = await newPage();
  await logInAs(page, 'admin');
  await page.goto(`/verwaltung/veranstaltungen/${kickOff.id}/bild`);
  const photo = await sharp({ create: { width: 800, height: 500, channels: 3, background: '#3d6fa8' } })
    .jpeg()
    .toBuffer();
  await page.getByLabel(de.pictures.file).setInputFiles({ name: 'marktplatz.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.getByLabel(de.pictures.alt).fill('');
  await page.getByRole('button', { name: de.pictures.save }).click();
  const summary = page.getByRole('alert');
  await summary.getByText(de.common.errorSummaryTitle).waitFor();
  await summary.getByRole('link', { name: de.pictures.validation.altRequired }).waitFor();
  await page.getByText(de.pictures.chooseAgain('marktplatz.jpg')).waitFor();
  await expectNoAxeViolations(page);
});

browserTest('in forced colours every icon and arrow stays visible, and the current page keeps its mark', async (_t, { newPage }) => {
  const page = await newPage();
  await page.emulateMedia({ forcedColors: 'active' });
  await logInAs(page, 'admin');
  // the style guide shows every component in every state
  await page.goto('/verwaltung/design');
  const canvas = await page.evaluate(() => {
    const probe = document.body.appendChild(document.createElement('div'));
    probe.style.background = 'Canvas';
    const colour = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return colour;
  });
  const marks: { what: string; colour: string }[] = [];
  for (const [selector, pseudo] of [['.kern-icon'], ['.kern-form-input__select-wrapper', '::after'], ['.kern-accordion__header', '::after']] as const) {
    const colours = await page.locator(selector).evaluateAll((els, p) => els.map((el) => getComputedStyle(el, p).backgroundColor), pseudo ?? null);
    marks.push(...colours.map((colour) => ({ what: `${selector}${pseudo ?? ''}`, colour })));
  }
  const lines = await page
    .locator('.dk-nav__link')
    .evaluateAll((els) => els.map((el) => ({ current: el.hasAttribute('aria-current'), line: getComputedStyle(el).borderBottomColor })));
  // Chromium writes colours as rgb() or oklch(): painted on a pixel, they compare.
  const pixels = await page.evaluate(
    (colours) => {
      const pen = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
      return colours.map((colour) => {
        pen.clearRect(0, 0, 1, 1);
        pen.fillStyle = colour;
        pen.fillRect(0, 0, 1, 1);
        return [...pen.getImageData(0, 0, 1, 1).data].join(',');
      });
    },
    [canvas, ...marks.map((m) => m.colour), ...lines.map((l) => l.line)],
  );
  const seen = {
    canvas: pixels[0],
    marks: marks.map((m, i) => ({ ...m, colour: pixels[1 + i] })),
    links: lines.map((l, i) => ({ ...l, line: pixels[1 + marks.length + i] })),
  };
  assert.ok(seen.marks.length >= 5, `icons and arrows found: ${seen.marks.length}`);
  assert.deepEqual(
    seen.marks.filter((m) => m.colour === seen.canvas),
    [],
    'painted in the colour of the page behind them',
  );
  const current = seen.links.filter((l) => l.current);
  assert.equal(current.length, 1);
  assert.ok(
    seen.links.every((l) => l.current || l.line === seen.canvas),
    'only the current page is underlined',
  );
  assert.notEqual(current[0]!.line, seen.canvas);
});

browserTest('at 320 CSS pixels no page scrolls sideways (WCAG 1.4.10 reflow)', async (t, { newPage }) => {
  const page = await newPage({ viewport: { width: 320, height: 640 } });
  for (const { name, path } of MAIN_PAGES) {
    await t.test(name, async () => {
      await page.goto(path);
      assert.equal(await horizontalOverflow(page), 0);
    });
  }
  await t.test('check page', async () => {
    await reachCheckPage(page);
    assert.equal(await horizontalOverflow(page), 0);
  });
  await logInAs(page, 'admin');
  for (const path of STAFF_PAGES) {
    await t.test(path, async () => {
      await page.goto(path);
      assert.equal(await horizontalOverflow(page), 0);
    });
  }
});

browserTest('no page loads anything from another origin', async (t, { newPage, server }) => {
  const page = await newPage();
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${server.baseUrl}/`) && !url.startsWith('data:')) foreign.push(url);
  });
  for (const { name, path } of MAIN_PAGES) {
    await t.test(name, async () => {
      await page.goto(path, { waitUntil: 'networkidle' });
      assert.deepEqual(foreign, []);
    });
  }
  await t.test('check page', async () => {
    await reachCheckPage(page);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(foreign, []);
  });
});

interface Transfer {
  url: string;
  type: string;
  bytes: number;
  fromCache: boolean;
}

/** What the browser fetched for one visit of `path`, as Chromium's network log counts the bytes. */
async function visit(page: Page, path: string): Promise<Transfer[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const seen = new Map<string, Transfer>();
  cdp.on('Network.requestWillBeSent', (e) => seen.set(e.requestId, { url: e.request.url, type: e.type ?? 'Other', bytes: 0, fromCache: false }));
  cdp.on('Network.requestServedFromCache', (e) => {
    const entry = seen.get(e.requestId);
    if (entry) entry.fromCache = true;
  });
  cdp.on('Network.responseReceived', (e) => {
    const entry = seen.get(e.requestId);
    if (entry && (e.response.fromDiskCache || e.response.fromPrefetchCache)) entry.fromCache = true;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const entry = seen.get(e.requestId);
    if (entry) entry.bytes = e.encodedDataLength;
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  await cdp.detach();
  return [...seen.values()];
}

function describe(transfers: Transfer[]): string {
  return transfers.map((x) => `${x.type} ${x.bytes} B ${x.url}${x.fromCache ? ' (cache)' : ''}`).join('\n');
}

browserTest(
  `a first visit of a public page transfers at most ${FIRST_VISIT_BUDGET / 1024} KB, its CSS at most ${CSS_BUDGET / 1024} KB, and a repeat visit only the HTML`,
  async (t, { newPage }) => {
    for (const { name, path } of MAIN_PAGES) {
      await t.test(name, async (st) => {
        // a fresh browser context: nothing in the cache
        const page = await newPage();
        const first = await visit(page, path);
        const total = first.reduce((sum, x) => sum + x.bytes, 0);
        const css = first.filter((x) => x.type === 'Stylesheet').reduce((sum, x) => sum + x.bytes, 0);
        st.diagnostic(`first visit ${total} bytes, of which CSS ${css}`);
        assert.ok(
          first.some((x) => x.type === 'Font'),
          `the fonts are part of the visit:\n${describe(first)}`,
        );
        assert.ok(total <= FIRST_VISIT_BUDGET, `${total} bytes:\n${describe(first)}`);
        assert.ok(css > 0 && css <= CSS_BUDGET, `${css} bytes of CSS:\n${describe(first)}`);

        const again = await visit(page, path);
        const fetched = again.filter((x) => x.type !== 'Document' && !x.fromCache);
        assert.deepEqual(
          fetched.map((x) => x.url),
          [],
          `only the HTML comes over the network:\n${describe(again)}`,
        );
      });
    }
  },
);
