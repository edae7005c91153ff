import { z } from 'zod';
import { emailField, formText, manyOf, optionalText, requiredText } from '../../../platform/http/form.ts';
import { GROUP_ROLES, GROUP_VISIBILITIES, JOIN_POLICIES } from '../core/tables.ts';

/** A group's settings, as created and edited; the region and the fields are checked against their lists by the route. */
export const groupForm = z.strictObject({
  // shown everywhere; the slug is made from it once
  name: requiredText(120, 'networkGroups.validation.nameRequired'),
  // one or two sentences for lists and the search
  summary: requiredText(300, 'networkGroups.validation.summaryRequired'),
  // Markdown
  description: formText(20_000).default(''),
  // Markdown, only in the edit form; members see it above the discussions
  pinnedInfo: formText(5_000).optional(),
  // public, members or hidden
  visibility: z.enum(GROUP_VISIBILITIES, { error: 'networkGroups.validation.visibilityRequired' }),
  // open, request or invitation
  joinPolicy: z.enum(JOIN_POLICIES, { error: 'networkGroups.validation.joinPolicyRequired' }),
  // id of an organisation of type kreis or region, or empty
  region: z.union([z.literal(''), z.uuid({ error: 'networkGroups.validation.regionUnknown' })]).optional(),
  // free text, e.g. "Digitale Modellkommunen Schleswig-Holstein"
  programme: optionalText(150),
  // slugs of the platform's fields of action
  fieldsOfAction: manyOf(z.string().max(80), 30),
});
export type GroupInput = z.output<typeof groupForm>;

/** The filter of the list; nonsense in the address falls back to no filter. */
export const groupListQuery = z.object({
  // a field of action's slug
  handlungsfeld: z.string().trim().max(80).catch(''),
  // a programme's name as the groups give it
  programm: z.string().trim().max(150).catch(''),
  // page number, from 1
  seite: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/** Joining: the message is needed only where the group's leaders decide. */
export const joinForm = z.strictObject({
  // the person's words to the group's leaders
  message: formText(1_000).optional(),
});

/** Declining a request: the person hears the reason. */
export const declineForm = z.strictObject({
  reason: requiredText(500, 'networkGroups.validation.reasonRequired'),
});

/** Inviting the holder of an account by its address. */
export const invitationForm = z.strictObject({
  email: emailField('networkGroups.validation.emailRequired'),
});

/** A member's new role. */
export const roleForm = z.strictObject({
  role: z.enum(GROUP_ROLES, { error: 'choice' }),
});

/** A person's id in an address; anything else is answered 404. */
export const userIdParam = z.uuid();

/** Forms that carry nothing but the platform's fields (a single button). */
export const emptyForm = z.strictObject({});
