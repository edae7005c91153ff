/**
 * The fixed ids of the strategy workbench's demo content, so that the seed, the tests, the
 * authorization matrix and the browser tests name the same records. 8016 is this issue's
 * block; the first digit after it says what kind of record follows.
 */
const demoId = (kind: number, n: number) => `7c0a1e00-0000-4000-8016-${kind}${String(n).padStart(11, '0')}`;

export const demoDimensionId = (n: number) => demoId(1, n);
/** Question q (1…) of dimension d (1…). */
export const demoQuestionId = (d: number, q: number) => demoId(2, d * 100 + q);
/** A record of strategy s (1…): its goals, measures, updates, actors, formats and comments count on from s × 1000. */
const partOf = (kind: number) => (s: number, n: number) => demoId(kind, s * 1000 + n);
export const demoGoalId = partOf(4);
export const demoMeasureId = partOf(5);
export const demoUpdateId = partOf(6);
export const demoActorId = partOf(7);
export const demoParticipationId = partOf(8);
export const demoCommentId = partOf(9);

/** The three strategies at their stages, and the municipalities that only answered the questionnaire. */
export const DEMO_STRATEGIES = {
  /** draft with everything up to the measures; managed by manager@, commented by mitglied@ */
  suederbrarup: { id: demoId(3, 1), slug: 'gemeinde-suederbrarup' },
  /** published a while ago, with progress reported on its measures over months (seed 001's model municipality) */
  dithmarschen: { id: demoId(3, 2), slug: 'kreis-dithmarschen' },
  /** just started: part of the questionnaire answered, nothing else */
  eutin: { id: demoId(3, 3), slug: 'stadt-eutin' },
} as const;

/** Süderbrarup's measures, for the tests and the matrix: the one re-using a solution, and one still planned. */
export const DEMO_MEASURES = {
  suederbrarupRideShare: demoMeasureId(1, 1),
  suederbrarupAppointments: demoMeasureId(1, 2),
  dithmarschenVillageApp: demoMeasureId(2, 1),
} as const;

/** Süderbrarup's open comment by mitglied@ on the measures step. */
export const DEMO_COMMENT = demoCommentId(1, 1);

export const demoStrategyId = (n: number) => demoId(3, n);
