import { z } from 'zod';
import { formText, manyOf } from '../../platform/http/form.ts';
import { berlinToUtc, isValidDay } from '../../platform/time/berlin-time.ts';
import { API_SCOPES } from './tables.ts';

/** The next day in the calendar, for "valid until the end of this day". */
function nextDay(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export const issueTokenForm = z.strictObject({
  // what the token is for, e.g. "Veranstaltungskalender Amt Hüttener Berge"
  name: z.string({ error: 'integrations.validation.nameRequired' }).trim().min(1, { error: 'integrations.validation.nameRequired' }).max(120),
  // events:write and/or news:write, as checkboxes
  scopes: manyOf(z.enum(API_SCOPES, { error: 'integrations.validation.scopes' }), API_SCOPES.length).refine((s) => s.length > 0, {
    error: 'integrations.validation.scopesRequired',
  }),
  // the last day the token works (Berlin time), empty for no end
  expiresOn: formText(10)
    .refine((v) => v === '' || isValidDay(v), { error: 'integrations.validation.day' })
    .transform((v) => (v === '' ? null : berlinToUtc(nextDay(v), '00:00'))),
});
export type IssueTokenInput = z.output<typeof issueTokenForm>;

/** The revocation's confirmation has nothing to fill in. */
export const revokeTokenForm = z.strictObject({});

/** The `Idempotency-Key` header every write carries: the same key again returns the first result and stores nothing. */
export const idempotencyKeyHeader = z
  .string({ error: 'missing' })
  .trim()
  .min(8)
  .max(200)
  .regex(/^[\x21-\x7e]+$/);
