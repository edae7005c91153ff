import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { messagesFor } from '../../platform/i18n/index.ts';
import { PROJECT_ROOT } from '../../platform/paths.ts';
import { retentionRows } from '../../platform/retention/registry.ts';
import { createTestRuntime, type TestRuntime } from '../../testing/harness.ts';

const START = '<!-- retention-table: made from the retention registry (src/platform/retention); src/features/pages/retention-doc.test.ts checks it -->';
const END = '<!-- /retention-table -->';

let rt: TestRuntime;
before(async () => {
  // the registry of the real assembly, with the default configuration
  rt = await createTestRuntime('pglite');
});
after(async () => {
  await rt.close();
});

it('docs/operations.md lists every kind of personal data with the period the code uses', async () => {
  const t = messagesFor('en');
  const expected = [
    START,
    `| ${t.retention.data} | ${t.retention.where} | ${t.retention.period} | ${t.retention.purpose} |`,
    '|---|---|---|---|',
    ...retentionRows(rt.deps.retention, t).map((row) => `| ${row.data} | ${row.where} | ${row.period} | ${row.purpose} |`),
    END,
  ].join('\n');
  const doc = await fs.readFile(path.join(PROJECT_ROOT, 'docs', 'operations.md'), 'utf8');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  assert.ok(start >= 0 && end > start, `docs/operations.md needs this table:\n\n${expected}\n`);
  const actual = doc.slice(start, end + END.length);
  assert.equal(actual, expected, `the table in docs/operations.md is out of date; it must read:\n\n${expected}\n`);
});
