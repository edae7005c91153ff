import { z } from 'zod';
import { DEVELOPMENT_STATUSES, MAINTENANCE_TYPES, SOFTWARE_TYPES } from '../publiccode/standard.ts';

/*
 * The publiccode.yml standard's mandatory keys (publiccodeyml/publiccode.yml, core 0.4) with
 * their allowed values and lengths: the platform's own publiccode.yml is checked against it
 * (src/platform/ops/publiccode.test.ts), and so are the files the solution library exports.
 */
const text = (max: number, min = 1) => z.string().trim().min(min).max(max);
const descriptionSchema = z.object({
  shortDescription: text(150),
  longDescription: text(10_000, 150),
  features: z.array(text(100)).min(1),
});
export const publiccodeCoreSchema = z.object({
  publiccodeYmlVersion: z.string().regex(/^0\.\d+(\.\d+)?$/),
  name: text(200),
  url: z.string().url().startsWith('https://'),
  softwareVersion: z.string().optional(),
  releaseDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  platforms: z.array(z.string()).min(1),
  developmentStatus: z.enum(DEVELOPMENT_STATUSES),
  softwareType: z.enum(SOFTWARE_TYPES),
  description: z.record(z.string().regex(/^[a-z]{2}$/), descriptionSchema).refine((d) => Object.keys(d).length > 0),
  legal: z.object({ license: z.string().min(1) }),
  maintenance: z
    .object({ type: z.enum(MAINTENANCE_TYPES), contacts: z.array(z.object({ name: text(200) })).optional() })
    .refine((m) => m.type === 'community' || m.type === 'none' || (m.contacts?.length ?? 0) > 0, 'internal and contract maintenance name a contact'),
  localisation: z.object({ localisationReady: z.boolean(), availableLanguages: z.array(z.string()).min(1) }),
});
