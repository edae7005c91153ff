/**
 * The fixed ids of the Call for Solutions' demo content, so that the seed, the tests, the
 * authorization matrix and the browser tests name the same records. 8017 is this issue's block;
 * the first digit after it says what kind of record follows.
 */
const demoId = (kind: number, n: number) => `c4a11e00-0000-4000-8017-${kind}${String(n).padStart(11, '0')}`;

/**
 * The three demo challenges of model municipalities of seed 001: one open for submissions (of the
 * Kreis Schleswig-Flensburg, whose manager is manager@), one with the jury (jury@ reviews), one
 * decided with its winners.
 */
export const OPEN_CHALLENGE = { id: demoId(1, 1), slug: 'daseinsvorsorge-im-dorf-mitfahren' } as const;
export const JURY_CHALLENGE = { id: demoId(1, 2), slug: 'smartes-baugebiet-kirchbarkau' } as const;
export const DECIDED_CHALLENGE = { id: demoId(1, 3), slug: 'open-data-plattform-nortorf' } as const;

/** A criterion of a demo challenge c (1…3), n-th (1…). */
export const demoCriterionId = (c: number, n: number) => demoId(2, c * 100 + n);
/** A question about demo challenge c (1…3), n-th (1…). */
export const demoQuestionId = (c: number, n: number) => demoId(3, c * 100 + n);
/** A submission for demo challenge c (1…3), n-th (1…). */
export const demoSubmissionId = (c: number, n: number) => demoId(4, c * 100 + n);

/** The demo account of a start-up (Nordlicht Software GmbH) that asks and submits. */
export const DEMO_STARTUP_EMAIL = 'startup@demo.digitale-kommune.de';

/** The demo submissions by their part in the demo, for the tests that act on them. */
export const DEMO_SUBMISSIONS = {
  /** open: Dorfgemeinschaft Angeln digital e. V., submitted (by a network person who cannot log in) */
  openSubmitted: demoSubmissionId(1, 1),
  /** open: a draft of a person on his own (a network person who cannot log in) */
  openDraft: demoSubmissionId(1, 2),
  /** jury: Nordlicht Software GmbH by startup@; jury@ is assigned and has not declared yet */
  juryStartup: demoSubmissionId(2, 1),
  /** jury: two organisations' submissions that jury@ has reviewed */
  juryReviewed: [demoSubmissionId(2, 2), demoSubmissionId(2, 3)],
  /** jury: a person's submission whose review by jury@ is a draft */
  juryDraftReview: demoSubmissionId(2, 4),
  /** jury: withdrawn before the deadline, not assigned */
  juryWithdrawn: demoSubmissionId(2, 5),
  /** decided: the winner of Nordlicht Software GmbH by startup@, not yet a solution profile */
  decidedStartupWinner: demoSubmissionId(3, 1),
  /** decided: the winner of the Landeshauptstadt Kiel, linked to its solution profile in the library */
  decidedWinner: demoSubmissionId(3, 2),
  /** decided: reviewed, not chosen */
  decidedOthers: [demoSubmissionId(3, 3), demoSubmissionId(3, 4)],
} as const;
