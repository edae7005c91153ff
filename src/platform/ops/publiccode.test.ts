import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { it } from 'node:test';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../paths.ts';
import { publiccodeCoreSchema } from '../testing/publiccode-core-schema.ts';

/*
 * publiccode.yml describes the platform for catalogues of public-sector software; the schema
 * holds the standard's mandatory keys (core 0.4) and is shared with the solution library's export.
 */
it('publiccode.yml has every mandatory key of the standard and agrees with package.json', async () => {
  const file = parse(await fs.readFile(path.join(PROJECT_ROOT, 'publiccode.yml'), 'utf8'));
  const parsed = publiccodeCoreSchema.safeParse(file);
  assert.ok(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues, null, 2));
  const code = parsed.data;
  const pkg = JSON.parse(await fs.readFile(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string; license: string };
  assert.equal(code.legal.license, pkg.license);
  assert.equal(code.legal.license, 'EUPL-1.2');
  assert.equal(code.softwareVersion, pkg.version);
  // the platform's own languages, each described
  assert.deepEqual(code.localisation.availableLanguages, ['de', 'en']);
  assert.deepEqual(Object.keys(code.description).sort(), ['de', 'en']);
  assert.match(
    await fs.readFile(path.join(PROJECT_ROOT, 'LICENSE'), 'utf8'),
    /SPDX-License-Identifier: EUPL-1\.2[\s\S]*EUROPÄISCHE UNION PUBLIC LICENCE v\. 1\.2/,
  );
});
