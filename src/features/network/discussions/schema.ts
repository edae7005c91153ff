import { z } from 'zod';
import { requiredText } from '../../../platform/http/form.ts';

const E = 'networkDiscussions.errors';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The database's CHECK on network_posts.body; the form says it first. */
export const MAX_BODY = 50_000;
export const MAX_TITLE = 200;
export const MAX_REASON = 1_000;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

const uuid = () => z.string().regex(UUID);

/** A new discussion: the thread's title and its opening post. */
export const threadForm = z.strictObject({
  // one sentence that says what the discussion is about
  title: requiredText(MAX_TITLE, `${E}.titleRequired`),
  // Markdown; mentions as @[Vorname Nachname]
  body: requiredText(MAX_BODY, `${E}.bodyRequired`),
});

/** A reply, optionally quoting another post of the same thread. */
export const replyForm = z.strictObject({
  body: requiredText(MAX_BODY, `${E}.bodyRequired`),
  // the quoted post; the command checks that it belongs to the thread
  quotesPostId: z
    .union([uuid(), z.literal('')])
    .optional()
    .transform((v) => (v ? v : undefined)),
});

/** An edited reply; an edited opening post uses threadForm, with its title. */
export const editReplyForm = z.strictObject({
  body: requiredText(MAX_BODY, `${E}.bodyRequired`),
});

/** Why a member reports a post to the moderators. */
export const reportForm = z.strictObject({
  reason: requiredText(MAX_REASON, `${E}.reasonRequired`),
});

/** The reply the thread's author or a moderator marks as the answer. */
export const answerForm = z.strictObject({
  postId: uuid(),
});

/** The group a moderator moves a thread to. */
export const moveForm = z.strictObject({
  groupId: z.string({ error: `${E}.targetRequired` }).regex(UUID, { error: `${E}.targetRequired` }),
});

/** The list's page; anything else is page 1. */
export const listQuery = z.object({
  seite: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

/** The post the reply form quotes (?zitat=…), ignored when it is not an id. */
export const threadQuery = z.object({
  zitat: uuid().optional().catch(undefined),
});

/** Forms with nothing to say but the CSRF token (toggles, moderation buttons). */
export const emptyForm = z.strictObject({});
