import { z } from 'zod';
import { SITE_ROLES } from '../../platform/db/tables.ts';
import { checkbox, formText, requiredText } from '../../platform/http/form.ts';
import { isValidDay } from '../../platform/time/berlin-time.ts';

const pageNumber = z.coerce.number().int().min(1).max(100_000).catch(1);

/** Filters of the user list; bad values fall back to "no filter" rather than an error. */
export const userListQuery = z.object({
  // search in name and e-mail address
  q: z.string().trim().max(200).optional().catch(undefined),
  // only this site role
  rolle: z.enum(SITE_ROLES).optional().catch(undefined),
  // only this account status
  status: z.enum(['active', 'unverified', 'disabled']).optional().catch(undefined),
  // page of the result list
  seite: pageNumber,
});

export const organisationListQuery = z.object({
  // search in name and town
  q: z.string().trim().max(200).optional().catch(undefined),
  // page of the result list
  seite: pageNumber,
});

export const roleForm = z.strictObject({
  // the new site role
  role: z.enum(SITE_ROLES, { error: 'choice' }),
});

export const disableForm = z.strictObject({
  // "1" disables, "0" enables
  disabled: z.enum(['0', '1']),
});

// a real calendar day: "2026-13-45" has the shape but would make an invalid date
const dateParam = z.string().refine(isValidDay).optional().catch(undefined);

export const auditQuery = z.object({
  // part of the actor's e-mail address
  wer: z.string().trim().max(200).optional().catch(undefined),
  // exact action or prefix, e.g. "user" for user.*
  aktion: z.string().trim().max(100).optional().catch(undefined),
  // exact subject type, e.g. "event"
  betrifft: z.string().trim().max(100).optional().catch(undefined),
  // first day, inclusive
  von: dateParam,
  // last day, inclusive
  bis: dateParam,
  // page of the result list
  seite: pageNumber,
});

export const settingsForm = z.strictObject({
  // name of the installation in header and title
  siteName: requiredText(120),
  // the programme's contact address
  contactEmail: formText(200).refine((v) => v === '' || z.email().safeParse(v).success, { message: 'email' }),
  // show the demo banner
  demo: checkbox(),
});
