import { z } from 'zod';
import { checkbox, formText, manyOf } from '../../../platform/http/form.ts';
import { ORGANISATION_TYPES } from '../../organisations/service.ts';
import { SECTORS } from '../core/tables.ts';

const E = 'networkDirectory.errors';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

export const MAX_TAGS = 10;
export const MAX_TAG_LENGTH = 40;
export const MAX_NAME_QUERY = 100;

/** One expertise tag as it is stored and compared: lower-case, single spaces. */
export function normaliseTag(tag: string): string {
  return tag.trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');
}

/** The comma-separated tags of the form, normalised, without empty ones and repetitions. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map(normaliseTag).filter(Boolean))];
}

const optionalId = (message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.string().regex(UUID, { error: message }).optional());

/** The person's own network profile. */
export const profileForm = z
  .strictObject({
    // "Im Personenverzeichnis zeigen": opted in, visible to everyone
    listed: checkbox(),
    // e.g. "Bürgermeisterin"
    jobTitle: formText(120),
    // where the person comes from; needed once they are listed, so that the sector filter finds them
    sector: z.enum(SECTORS, { error: `${E}.sectorInvalid` }).optional(),
    // one of the person's active memberships; the route checks that it is one
    organisationId: optionalId(`${E}.organisationInvalid`),
    // an organisation of type kreis; the route checks the type
    kreisOrganisationId: optionalId(`${E}.kreisInvalid`),
    // slugs of the platform's fields of action; the route checks that they exist
    fieldsOfAction: manyOf(z.string().regex(SLUG), 50),
    // comma-separated, e.g. "Open Data, OZG"
    expertise: formText(MAX_TAGS * (MAX_TAG_LENGTH + 2)).transform(parseTags),
    // a few sentences in plain text
    about: formText(1000),
  })
  .superRefine((v, ctx) => {
    if (v.listed && !v.sector) ctx.addIssue({ code: 'custom', path: ['sector'], message: `${E}.sectorRequired` });
    if (v.expertise.length > MAX_TAGS) ctx.addIssue({ code: 'custom', path: ['expertise'], message: `${E}.tooManyTags` });
    else if (v.expertise.some((tag) => tag.length > MAX_TAG_LENGTH)) ctx.addIssue({ code: 'custom', path: ['expertise'], message: `${E}.tagTooLong` });
  });
export type ProfileForm = z.output<typeof profileForm>;

/**
 * The directory's filters and page from the address (a GET form); a value that is not one of
 * the choices is ignored, as if the filter were not set, so no address gives an error.
 */
export const directoryQuery = z.object({
  // words of the person's name
  q: z
    .string()
    .transform((v) => v.slice(0, MAX_NAME_QUERY).trim() || undefined)
    .optional()
    .catch(undefined),
  sektor: z.enum(SECTORS).optional().catch(undefined),
  // the type of the person's organisation
  art: z.enum(ORGANISATION_TYPES).optional().catch(undefined),
  // the id of a Kreis
  kreis: z.string().regex(UUID).optional().catch(undefined),
  // a field of action by its slug
  handlungsfeld: z.string().regex(SLUG).optional().catch(undefined),
  // one expertise tag, compared as stored
  thema: z
    .string()
    .transform((v) => normaliseTag(v.slice(0, MAX_TAG_LENGTH)) || undefined)
    .optional()
    .catch(undefined),
  seite: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type DirectoryQuery = z.output<typeof directoryQuery>;
