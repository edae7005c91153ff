import fs from 'node:fs';
import { after, test, type TestContext } from 'node:test';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { CHROMIUM_PATH, launchBrowser } from './browser.ts';
import { startTestServer, type TestServer } from './server.ts';

/**
 * Why browser tests cannot run here, or undefined when they can. scripts/test.mjs sets
 * DK_BROWSER_TESTS_SKIPPED after looking for chromium; a file run on its own looks itself.
 */
export const browserSkipReason: string | undefined =
  process.env.DK_BROWSER_TESTS_SKIPPED ||
  (fs.existsSync(CHROMIUM_PATH) ? undefined : `chromium not found at ${CHROMIUM_PATH}`);

/** One app server and one browser per test file, started by the first test that asks. */
export interface BrowserEnv {
  server: TestServer;
  browser: Browser;
  /** a fresh context (own cookies) and page; closed after the test */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

const ACTION_TIMEOUT_MS = 20_000;
// A teardown that hangs must fail by name, not keep the test process (and CI) waiting.
const TEARDOWN_TIMEOUT_MS = 60_000;

let shared: Promise<{ server: TestServer; browser: Browser }> | undefined;

async function startShared(): Promise<{ server: TestServer; browser: Browser }> {
  const server = await startTestServer();
  try {
    return { server, browser: await launchBrowser() };
  } catch (error) {
    await server.close();
    throw error;
  }
}

after(
  async () => {
    if (!shared) return;
    const started = await shared.catch(() => undefined);
    if (!started) return;
    await started.browser.close();
    await started.server.close();
  },
  { timeout: TEARDOWN_TIMEOUT_MS },
);

/**
 * A browser test. Without chromium it is skipped with the reason in the test report,
 * so a run without a browser never looks like a run that tested the pages.
 */
export function browserTest(name: string, fn: (t: TestContext, env: BrowserEnv) => Promise<void>): void {
  // A hang (a server that never answers) must fail with a message, not block the whole suite.
  test(name, { timeout: 180_000 }, async (t) => {
    if (browserSkipReason) {
      t.skip(`BROWSER TESTS SKIPPED: ${browserSkipReason}`);
      return;
    }
    shared ??= startShared();
    const { server, browser } = await shared;
    const contexts: BrowserContext[] = [];
    t.after(
      async () => {
        for (const context of contexts) await context.close();
      },
      { timeout: TEARDOWN_TIMEOUT_MS },
    );
    await fn(t, {
      server,
      browser,
      newPage: async (options) => {
        const context = await browser.newContext({ baseURL: server.baseUrl, locale: 'de-DE', ...options });
        // Playwright waits forever by default; a missing element should fail the test instead.
        context.setDefaultTimeout(ACTION_TIMEOUT_MS);
        contexts.push(context);
        return context.newPage();
      },
    });
  });
}
