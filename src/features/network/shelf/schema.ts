import { z } from 'zod';
import { requiredText } from '../../../platform/http/form.ts';
import { isUuid } from '../../../platform/text/uuid.ts';

/** The title beside a file uploaded to a group's shelf; the file itself comes as a multipart part. */
export const groupFileForm = z.strictObject({
  // how the file is listed, e.g. "Protokoll der Sitzung vom 12. März"
  title: requiredText(200, 'networkShelf.files.errors.titleRequired'),
});

/** A moderator's choice of an event to mark as the group's. */
export const markEventForm = z.strictObject({
  // the id of a published event with a date to come, from the select list
  eventId: z
    .string({ error: 'networkShelf.events.errors.eventRequired' })
    .trim()
    .min(1, { error: 'networkShelf.events.errors.eventRequired' })
    .refine(isUuid, { error: 'networkShelf.events.errors.notUpcoming' }),
});
