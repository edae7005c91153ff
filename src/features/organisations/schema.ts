import { z } from 'zod';
import { emailField, optionalText } from '../../platform/http/form.ts';
import { keyIssues } from './key-rules.ts';
import { compactKey, isAgs, isAmtsschluessel, isArs } from './municipal-keys.ts';
import { MEMBERSHIP_ROLES, ORGANISATION_TYPES } from './tables.ts';

/** A required text whose "missing" message names what is missing, as GOV.UK asks. */
const requiredNamed = (max: number, missing: string) => z.string({ error: missing }).trim().min(1, { error: missing }).max(max);

const keyField = (isKey: (value: string) => boolean, message: string) =>
  z
    .string()
    .max(20)
    .optional()
    .transform((v) => (v && compactKey(v)) || undefined)
    .pipe(z.string().refine(isKey, { error: message }).optional());

const postcodeField = optionalText(10).pipe(
  z
    .string()
    .regex(/^\d{5}$/, { error: 'postcode' })
    .optional(),
);

// People type "www.gemeinde.de"; that is accepted as https. Any other scheme is refused.
const websiteField = optionalText(300)
  .transform((v) => (v && !/^[a-z][a-z0-9+.-]*:/i.test(v) ? `https://${v}` : v))
  .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'url' }).optional());

/** Create and edit form of an organisation (also used by the administration). */
export const organisationForm = z
  .strictObject({
    // full official name, e.g. "Gemeinde Süderbrarup"
    name: requiredNamed(150, 'organisations.validation.nameRequired'),
    // kind of organisation; decides which official keys it gives (key-rules.ts)
    type: z.enum(ORGANISATION_TYPES, { error: 'organisations.validation.typeRequired' }),
    // Amtlicher Gemeindeschlüssel, 8 digits
    ags: keyField(isAgs, 'organisations.validation.agsFormat'),
    // Amtsschlüssel of an Amt, 9 digits
    amtsschluessel: keyField(isAmtsschluessel, 'organisations.validation.amtsschluesselFormat'),
    // Amtlicher Regionalschlüssel, 12 digits
    ars: keyField(isArs, 'organisations.validation.arsFormat'),
    // street and house number
    street: optionalText(150),
    // German postcode, 5 digits
    postcode: postcodeField,
    // town; searched together with the name
    town: requiredNamed(100, 'organisations.validation.townRequired'),
    // http or https address of the organisation's own website
    website: websiteField,
    // a few paragraphs about the organisation, shown on its public profile
    description: optionalText(5000),
    // inhabitants as last counted; people write "2.350" or "2350"
    population: optionalText(12).pipe(
      z
        .string()
        .regex(/^(\d{1,9}|\d{1,3}(\.\d{3}){1,2})$/, { error: 'organisations.validation.population' })
        .transform((v) => Number(v.replaceAll('.', '')))
        .optional(),
    ),
  })
  .superRefine(
    (value, ctx) => {
      for (const issue of keyIssues(value)) ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
    },
    // Runs even when other fields are wrong, so that every problem is reported at once.
    { when: (payload) => !payload.issues.some((i) => i.path?.[0] === 'type') },
  );

export type OrganisationInput = z.output<typeof organisationForm>;

/** Search and filter of the public list; nonsense in the address falls back to the defaults. */
export const organisationListQuery = z.object({
  // part of the name or town
  suche: z.string().trim().max(100).catch(''),
  // one organisation type, or all
  typ: z.enum(ORGANISATION_TYPES).optional().catch(undefined),
  // page number, from 1
  seite: z.coerce.number().int().min(1).max(100_000).catch(1),
});

/** Invitation of a person by e-mail address. */
export const invitationForm = z.strictObject({
  // address the invitation goes to; the person accepts with an account of this address
  email: emailField(),
  // role the person gets on accepting
  role: z.enum(MEMBERSHIP_ROLES, { error: 'organisations.validation.roleRequired' }),
});

/** Change of a member's role. */
export const roleForm = z.strictObject({
  // the new role
  role: z.enum(MEMBERSHIP_ROLES, { error: 'choice' }),
});

/** An id of a person or an invitation in an address. */
export const idParam = z.uuid();
