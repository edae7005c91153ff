import { z } from 'zod';
import { NOTIFICATION_FREQUENCIES } from '../core/tables.ts';

/** The list's page, from ?seite=; anything unreadable is the first page. */
export const listQuery = z.object({ seite: z.coerce.number().int().min(1).max(10_000).catch(1).default(1) });

const FIELD_PREFIX = 'gruppe-';

/** The name of a group's radio group on the settings form. */
export function frequencyField(groupId: string): string {
  return `${FIELD_PREFIX}${groupId}`;
}

/**
 * The settings form: one radio group per group, `gruppe-<id>` = immediate|daily|weekly|off.
 * Which groups must be there the route knows (the person's groups); this only reads the fields.
 */
export const settingsForm = z
  .record(z.string().regex(/^gruppe-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/), z.enum(NOTIFICATION_FREQUENCIES))
  .transform((fields) => Object.fromEntries(Object.entries(fields).map(([name, frequency]) => [name.slice(FIELD_PREFIX.length), frequency])));
