// `npm run screenshots`: the ten main pages at a phone's width (375 px) and a desktop's (1280 px),
// full length, as PNG files in screenshots/ (not committed), so that anyone can look at the site
// without starting it and clicking through by hand. Starts the app with demo content on PGlite.
// `npm run screenshots -- /wissen /suche?q=Breitband` takes other pages instead.
import fs from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser } from '../e2e/support/browser.ts';
import { startTestServer } from '../e2e/support/server.ts';
import { buildAssets } from './build-assets.mjs';

const WIDTHS = [375, 1280] as const;
const outDir = path.resolve('screenshots');

/** The pages people meet most, in the order of a visit; a path may be found on the page before. */
async function mainPages(baseUrl: string): Promise<{ name: string; path: string }[]> {
  const list = await (await fetch(`${baseUrl}/veranstaltungen`)).text();
  const eventPath = list.match(/href="(\/veranstaltungen\/[a-z0-9-]+)"/)?.[1] ?? '/veranstaltungen';
  const eventPage = await (await fetch(`${baseUrl}${eventPath}`)).text();
  const registrationPath = eventPage.match(/href="(\/veranstaltungen\/[a-z0-9-]+\/termine\/[^"]+\/anmeldung)"/)?.[1] ?? eventPath;
  const knowledge = await (await fetch(`${baseUrl}/wissen`)).text();
  const itemPath = knowledge.match(/href="(\/wissen\/[a-z0-9-]+\/[a-z0-9-]+)"/)?.[1] ?? '/wissen';
  return [
    { name: '01-start', path: '/' },
    { name: '02-veranstaltungen', path: '/veranstaltungen' },
    { name: '03-veranstaltung', path: eventPath },
    { name: '04-anmeldung', path: registrationPath },
    { name: '05-wissen', path: '/wissen' },
    { name: '06-wissensbeitrag', path: itemPath },
    { name: '07-suche', path: '/suche?q=Digitalisierung' },
    { name: '08-aktuelles', path: '/aktuelles' },
    { name: '09-anmelden', path: '/anmelden' },
    { name: '10-registrieren', path: '/registrieren' },
  ];
}

await buildAssets();
const server = await startTestServer();
const browser = await launchBrowser();
try {
  await fs.mkdir(outDir, { recursive: true });
  const asked = process.argv.slice(2);
  const pages = asked.length > 0 ? asked.map((p, i) => ({ name: `${String(i + 1).padStart(2, '0')}${p.replace(/[^a-z0-9]+/gi, '-')}`, path: p })) : await mainPages(server.baseUrl);
  for (const width of WIDTHS) {
    const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const { name, path: pagePath } of pages) {
      await page.goto(`${server.baseUrl}${pagePath}`, { waitUntil: 'networkidle' });
      const file = path.join(outDir, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`${path.relative(process.cwd(), file)}  ${pagePath}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
