import { z } from 'zod';
import { DEVELOPMENT_STATUSES, MAINTENANCE_TYPES, SOFTWARE_TYPES } from '../../../platform/publiccode/standard.ts';

/*
 * What an imported publiccode.yml must hold: the standard's mandatory keys (core 0.4), with the
 * limits of the profile where ours are tighter (name 200, licence 200). Other keys are allowed
 * and left aside. Each refusal names a problem kind (read-publiccode.ts turns it into a line).
 * Kept lenient where nothing of ours depends on it: longDescription may be shorter than the
 * standard's 150 characters, and only the description language that is read is checked.
 */

const text = (max: number) => z.string().trim().min(1).max(max);

/** Only https: the repository address is shown as a link, as the profile form requires. */
const httpsUrl = z
  .string()
  .trim()
  .min(1)
  .max(500)
  .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:' && /^https:\/\/[^/\s]+/i.test(value), { error: 'url' });

/** "0.4", "0.2.1" – written quoted or, by some, as a plain number such as 0.4. */
const version = z
  .union([z.string(), z.number()])
  .transform((value) => String(value).trim())
  .refine((value) => /^0\.\d+(\.\d+)?$/.test(value), { error: 'version' });

const descriptionSchema = z.object({
  // the profile's summary: the standard's 150 characters
  shortDescription: text(150),
  // the problem and the approach, each up to the profile's 50.000 characters (checked after the split)
  longDescription: text(100_000),
  features: z.array(text(100)).min(1),
});

/** The file's schema, with the description of `language` (pickLanguage); without one, the file names no language. */
export function publiccodeFileSchema(language: string | undefined) {
  return z.object({
    publiccodeYmlVersion: version,
    name: text(200),
    url: httpsUrl,
    platforms: z.array(z.string().trim().min(1)).min(1),
    developmentStatus: z.enum(DEVELOPMENT_STATUSES),
    softwareType: z.enum(SOFTWARE_TYPES),
    description:
      language === undefined
        ? z.record(z.string(), z.unknown()).refine(() => false, { error: 'noLanguage' })
        : z.object({ [language]: descriptionSchema }).transform((d) => ({ [language]: d[language]! })),
    legal: z.object({ license: text(200) }),
    maintenance: z
      .object({
        type: z.enum(MAINTENANCE_TYPES),
        contacts: z
          .array(
            z.object({
              name: text(200),
              email: z
                .string()
                .trim()
                .max(254)
                .pipe(z.email({ error: 'email' }))
                .optional(),
            }),
          )
          .optional(),
      })
      .refine((m) => m.type === 'community' || m.type === 'none' || (m.contacts?.length ?? 0) > 0, { error: 'contactsRequired' }),
    localisation: z.object({ localisationReady: z.boolean(), availableLanguages: z.array(z.string()).min(1) }),
  });
}
