import { z } from 'zod';
import { checkbox, manyOf } from '../../../platform/http/form.ts';

const E = 'challengesJury';

/** The longest award note, in characters: a line in a mail and on the challenge's page. */
export const AWARD_NOTE_MAX = 300;

/** The editors' assignment: every chosen juror to every chosen submitted submission. */
export const assignForm = z.strictObject({
  // submitted submissions of the challenge
  submissionIds: manyOf(z.uuid(), 500).refine((ids) => ids.length > 0, { error: `${E}.editor.errors.submissionsRequired` }),
  // accounts with the site role juror
  jurorIds: manyOf(z.uuid(), 100).refine((ids) => ids.length > 0, { error: `${E}.editor.errors.jurorsRequired` }),
});

/** The form fields of a submission on the winners' page: the tick and the award note. */
export const winnerField = (submissionId: string) => `winner-${submissionId}`;
export const awardField = (submissionId: string) => `award-${submissionId}`;

/**
 * The winners among these submissions: each ticked one with what it receives. A field of a
 * submission that is not offered is refused as a whole (400), so nothing of it is stored.
 */
export function winnersForm(submissionIds: readonly string[]) {
  const fields: Record<string, z.ZodType<unknown, string | undefined>> = {};
  for (const id of submissionIds) {
    // ticked: this submission wins
    fields[winnerField(id)] = checkbox();
    // what this winner receives, e.g. "Pilotierung 2027 in Nortorf"; ignored unless ticked
    fields[awardField(id)] = z
      .string()
      .trim()
      .max(AWARD_NOTE_MAX, { error: `${E}.winners.errors.awardNote` })
      .optional()
      .transform((v) => v ?? '');
  }
  return z.strictObject(fields).transform((value): Map<string, string> => {
    const v = value as Record<string, unknown>;
    return new Map(submissionIds.filter((id) => v[winnerField(id)] === true).map((id) => [id, String(v[awardField(id)] ?? '')]));
  });
}

/** Publishing the decision: the button only, with the form's submission id. */
export const publishForm = z.strictObject({});
