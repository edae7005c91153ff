import { z } from 'zod';
import { checkbox, formText, manyOf } from '../../../platform/http/form.ts';
import { berlinToUtc, isValidDay, isValidTime } from '../../../platform/time/berlin-time.ts';
import { ELIGIBILITIES } from '../core/tables.ts';
import { TIMELINE_FIELDS, type TimelineField } from '../core/rules.ts';

const V = 'challengesAuthoring.validation';

/** A required text whose "missing" message names what is missing. */
const requiredNamed = (max: number, missing: string) => z.string({ error: missing }).trim().min(1, { error: missing }).max(max);

/** A whole number typed into a text field; `range` speaks when it is missing or outside min…max. */
const integerField = (min: number, max: number, range: string) =>
  requiredNamed(7, range)
    .regex(/^\d+$/, { error: range })
    .transform(Number)
    .pipe(z.number().min(min, { error: range }).max(max, { error: range }));

/** A clock time from an input of type time; browsers without one accept 9:30 too. */
const normaliseTime = (v: string) => (/^\d:\d\d$/.test(v) ? `0${v}` : v).slice(0, 5);

const day = (field: TimelineField) => requiredNamed(10, `${V}.dayRequired.${field}`).refine(isValidDay, { error: `${V}.day` });
const time = (field: TimelineField) =>
  requiredNamed(8, `${V}.timeRequired.${field}`)
    .transform(normaliseTime)
    .refine(isValidTime, { error: `${V}.time` });

/** The field of a moment's day, where the error summary points when the moment is out of order. */
export { TIMELINE_FIELDS };

export const dayField = (field: TimelineField) => `${field}Day`;
export const timeField = (field: TimelineField) => `${field}Time`;

const SLUG_OF_FIELD = /^[a-z0-9-]{1,80}$/;

const fields = {
  // one of the municipal organisations the person may post for (checked against the choices in the route)
  organisationId: requiredNamed(36, `${V}.organisationRequired`),
  title: requiredNamed(200, `${V}.titleRequired`),
  // one or two sentences for the list, the feed and the search
  summary: requiredNamed(500, `${V}.summaryRequired`),
  // Markdown texts; empty while drafting, required before the challenge is sent (checklist.ts)
  problem: formText(20_000),
  context: formText(20_000),
  affected: formText(10_000),
  dataAvailable: formText(10_000),
  constraints: formText(10_000),
  success: formText(10_000),
  // what the winners get
  prize: formText(500),
  eligibility: z.enum(ELIGIBILITIES, { error: `${V}.eligibility` }),
  // slugs of the shared fields of action (checked against the list in the route)
  fieldsOfAction: manyOf(z.string().regex(SLUG_OF_FIELD), 30),
  // jurors see neither names nor organisations of the submitters
  blindReview: checkbox(),
  questionsUntilDay: day('questionsUntil'),
  questionsUntilTime: time('questionsUntil'),
  submissionOpensAtDay: day('submissionOpensAt'),
  submissionOpensAtTime: time('submissionOpensAt'),
  submissionClosesAtDay: day('submissionClosesAt'),
  submissionClosesAtTime: time('submissionClosesAt'),
  juryUntilDay: day('juryUntil'),
  juryUntilTime: time('juryUntil'),
  announcementAtDay: day('announcementAt'),
  announcementAtTime: time('announcementAt'),
  // who answers questions outside the public Q&A
  contact: formText(500),
  // days after the decision until submissions that did not win are removed
  retentionDays: integerField(30, 3650, `${V}.retentionDays`),
};

type Raw = z.output<z.ZodObject<typeof fields>>;
type Moments = Record<TimelineField, Date>;

const momentsOf = (v: Raw): Moments => Object.fromEntries(TIMELINE_FIELDS.map((f) => [f, berlinToUtc(v[`${f}Day`], v[`${f}Time`])])) as Moments;

/**
 * The challenge's texts and settings, for creating and editing it. The timeline follows the
 * table's check (challenges_timeline_check) exactly, so that what the form accepts the database
 * stores: the deadline after the opening, questions until the deadline at the latest, the jury
 * after the deadline, the announcement not before the jury's end. A new challenge's deadline
 * must lie ahead (`now`).
 */
export function challengeForm(options: { now?: Date } = {}) {
  return z
    .strictObject(fields)
    .superRefine(
      (v, ctx) => {
        const m = momentsOf(v);
        const issue = (field: TimelineField, message: string) => ctx.addIssue({ code: 'custom', path: [dayField(field)], message: `${V}.${message}` });
        if (m.submissionClosesAt <= m.submissionOpensAt) issue('submissionClosesAt', 'closesBeforeOpens');
        else if (options.now && m.submissionClosesAt <= options.now) issue('submissionClosesAt', 'closesInPast');
        if (m.questionsUntil > m.submissionClosesAt) issue('questionsUntil', 'questionsAfterClose');
        if (m.juryUntil <= m.submissionClosesAt) issue('juryUntil', 'juryBeforeClose');
        if (m.announcementAt < m.juryUntil) issue('announcementAt', 'announcementBeforeJury');
      },
      // the order is compared only when every moment could be read
      { when: (payload) => !payload.issues.some((i) => TIMELINE_FIELDS.some((f) => [dayField(f), timeField(f)].includes(String(i.path?.[0])))) },
    )
    .transform((v) => {
      const m = momentsOf(v);
      return {
        organisationId: v.organisationId,
        texts: {
          title: v.title,
          summary: v.summary,
          problem: v.problem,
          context: v.context,
          affected: v.affected,
          dataAvailable: v.dataAvailable,
          constraints: v.constraints,
          success: v.success,
          prize: v.prize,
          eligibility: v.eligibility,
          fieldsOfAction: [...new Set(v.fieldsOfAction)],
          blindReview: v.blindReview,
          contact: v.contact,
          retentionDays: v.retentionDays,
          ...m,
        },
      };
    });
}
export type ChallengeInput = z.output<ReturnType<typeof challengeForm>>;
export type ChallengeTexts = ChallengeInput['texts'];

/** A criterion the jury scores by, with its weight in the total. */
export const criterionForm = z.strictObject({
  title: requiredNamed(200, `${V}.criterionTitleRequired`),
  // what the jury looks at (plain text)
  description: formText(2000),
  // 1–100: a criterion of weight 2 counts twice as much as one of weight 1
  weight: integerField(1, 100, `${V}.weight`),
});
export type CriterionInput = z.output<typeof criterionForm>;

/** The editors' reason for giving a challenge back: the owners read it on their overview and in the mail. */
export const returnForm = z.strictObject({
  note: requiredNamed(5000, `${V}.noteRequired`),
});

/** Forms that are only a button (send, approve, remove): nothing but the platform's fields. */
export const buttonForm = z.strictObject({});
