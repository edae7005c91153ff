import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.1 level A and AA: what BITV 2.0 requires of a public-sector site. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const AXE_TIMEOUT_MS = 30_000;

/** Runs axe on the page as it is now and fails with one readable line per problem and element. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  // axe runs as a script in the page: in a context without JavaScript it never answers.
  const stuck = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`axe did not finish on ${page.url()}; is JavaScript disabled in this browser context?`)), AXE_TIMEOUT_MS);
  });
  // axe.run inside the page: the default mode finishes every check in a new blank page, which
  // cost about 0.3 s per page checked; our pages hold no frames of other origins to reach.
  const results = await Promise.race([new AxeBuilder({ page }).withTags(TAGS).setLegacyMode().analyze(), stuck]).finally(() => clearTimeout(timer));
  if (results.violations.length === 0) return;
  const lines = results.violations.flatMap((v) => [
    `- ${v.id} (${v.impact ?? 'unknown impact'}): ${v.help}\n  ${v.helpUrl}`,
    ...v.nodes.map((n) => `    at ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`),
  ]);
  throw new Error(`axe found ${results.violations.length} accessibility violation(s) on ${page.url()}:\n${lines.join('\n')}`);
}
