import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, test, type TestContext } from 'node:test';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { inCI } from '../../src/platform/testing/ci.ts';
import type { Backend } from '../../src/platform/testing/test-database.ts';
import { CHROMIUM_PATH, launchBrowser } from './browser.ts';
import type { TestServer } from './server.ts';

/** Why browser tests cannot run here, or undefined when they can. */
const chromiumMissing: string | undefined = fs.existsSync(CHROMIUM_PATH)
  ? undefined
  : `chromium not found at ${CHROMIUM_PATH} (install Debian's chromium or set CHROMIUM_PATH)`;

/** One browser per test file, and one app server per database backend the file's tests ask for. */
export interface BrowserEnv {
  server: TestServer;
  browser: Browser;
  /** a fresh context (own cookies) and page; closed after the test */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

const ACTION_TIMEOUT_MS = 20_000;
// A teardown that hangs must fail by name, not keep the test process (and CI) waiting.
const TEARDOWN_TIMEOUT_MS = 60_000;

let sharedBrowser: Promise<Browser> | undefined;
const sharedServers = new Map<Backend, Promise<TestServer>>();

function serverFor(backend: Backend): Promise<TestServer> {
  let server = sharedServers.get(backend);
  if (!server) {
    // Loaded on first use: a file whose browser tests cannot run need not compile the whole app.
    server = import('./server.ts').then(({ startTestServer }) => startTestServer({ backend }));
    sharedServers.set(backend, server);
  }
  return server;
}

after(
  async () => {
    const browser = await sharedBrowser?.catch(() => undefined);
    await browser?.close();
    for (const pending of sharedServers.values()) {
      const server = await pending.catch(() => undefined);
      await server?.close();
    }
  },
  { timeout: TEARDOWN_TIMEOUT_MS },
);

/**
 * A browser test, against an app on PGlite unless `backend` says otherwise. Without chromium
 * it is skipped with the reason in the test report, so a run without a browser never looks
 * like a run that tested the pages; in CI it fails instead.
 */
export function browserTest(name: string, fn: (t: TestContext, env: BrowserEnv) => Promise<void>, { backend = 'pglite' }: { backend?: Backend } = {}): void {
  // A hang (a server that never answers) must fail with a message, not block the whole suite.
  test(name, { timeout: 180_000 }, async (t) => {
    if (chromiumMissing) {
      if (inCI) assert.fail(`browser tests are required in CI: ${chromiumMissing}`);
      t.skip(`BROWSER TESTS SKIPPED: ${chromiumMissing}`);
      return;
    }
    sharedBrowser ??= launchBrowser();
    const [browser, server] = await Promise.all([sharedBrowser, serverFor(backend)]);
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
