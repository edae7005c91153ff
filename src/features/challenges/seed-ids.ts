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
