import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { it } from 'node:test';
import { parse } from 'yaml';
import { z } from 'zod';
import { PROJECT_ROOT } from '../paths.ts';

/*
 * publiccode.yml describes the platform for catalogues of public-sector software. The schema
 * below holds the standard's mandatory keys (publiccodeyml/publiccode.yml, core 0.4) with their
 * allowed values and lengths, and what must agree with package.json.
 */
const text = (max: number, min = 1) => z.string().trim().min(min).max(max);
const descriptionSchema = z.object({
  shortDescription: text(150),
  longDescription: text(10_000, 150),
  features: z.array(text(100)).min(1),
});
const publiccodeSchema = z.object({
  publiccodeYmlVersion: z.string().regex(/^0\.\d+(\.\d+)?$/),
  name: text(200),
  url: z.string().url().startsWith('https://'),
  softwareVersion: z.string().optional(),
  releaseDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  platforms: z.array(z.string()).min(1),
  developmentStatus: z.enum(['concept', 'development', 'beta', 'stable', 'obsolete']),
  softwareType: z.enum([
    'standalone/mobile',
    'standalone/iot',
    'standalone/desktop',
    'standalone/web',
    'standalone/backend',
    'standalone/other',
    'addon',
    'library',
    'configurationFiles',
  ]),
  description: z.record(z.string().regex(/^[a-z]{2}$/), descriptionSchema).refine((d) => Object.keys(d).length > 0),
  legal: z.object({ license: z.string().min(1) }),
  maintenance: z
    .object({ type: z.enum(['internal', 'contract', 'community', 'none']), contacts: z.array(z.object({ name: text(200) })).optional() })
    .refine((m) => m.type === 'community' || m.type === 'none' || (m.contacts?.length ?? 0) > 0, 'internal and contract maintenance name a contact'),
  localisation: z.object({ localisationReady: z.boolean(), availableLanguages: z.array(z.string()).min(1) }),
});

it('publiccode.yml has every mandatory key of the standard and agrees with package.json', async () => {
  const file = parse(await fs.readFile(path.join(PROJECT_ROOT, 'publiccode.yml'), 'utf8'));
  const parsed = publiccodeSchema.safeParse(file);
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
