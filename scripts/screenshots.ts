// `npm run screenshots`: the ten main pages at a phone's width (375 px) and a desktop's (1280 px),
// full length, as PNG files in screenshots/ (not committed), so that anyone can look at the site
// without starting it and clicking through by hand. Starts the app with demo content on PGlite.
// `npm run screenshots -- /wissen /suche?q=Breitband` takes other pages instead.
import fs from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser } from '../e2e/support/browser.ts';
import { MAIN_PAGES } from '../e2e/support/main-pages.ts';
import { startTestServer } from '../e2e/support/server.ts';
import { buildAssets } from './build-assets.mjs';

const WIDTHS = [375, 1280] as const;
const outDir = path.resolve('screenshots');

await buildAssets();
const server = await startTestServer();
const browser = await launchBrowser();
try {
  await fs.mkdir(outDir, { recursive: true });
  const asked = process.argv.slice(2);
  const pages = asked.length > 0 ? asked.map((p) => ({ name: p.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'start', path: p })) : MAIN_PAGES;
  for (const width of WIDTHS) {
    const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const [i, { name, path: pagePath }] of pages.entries()) {
      await page.goto(`${server.baseUrl}${pagePath}`, { waitUntil: 'networkidle' });
      const file = path.join(outDir, `${String(i + 1).padStart(2, '0')}-${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`${path.relative(process.cwd(), file)}  ${pagePath}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
