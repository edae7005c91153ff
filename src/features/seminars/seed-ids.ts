/**
 * The fixed ids of the seminar series' demo content, so that the seed, the tests, the authorization
 * matrix and the browser tests name the same records. 8020 is this issue's block; the first digit
 * after it says what kind of record follows.
 */
const demoId = (kind: number, n: number) => `7c0a1e00-0000-4000-8020-${kind}${String(n).padStart(11, '0')}`;

export const SERIES_SLUG = 'digitale-kommune-seminarreihe';
export const SERIES_ID = demoId(1, 1);

/** In order: the start workshop (a held pilot), then vision, measures, participation, publish. */
export const MODULE_IDS = [demoId(2, 1), demoId(2, 2), demoId(2, 3), demoId(2, 4), demoId(2, 5)] as const;

/**
 * The knowledge items made for the series (knowledge/seed-seminar-materials.ts, which repeats
 * these ids: a feature reaches another only through its services): drafts, so reachable only
 * through the series. 0 the start workshop's worksheet (a held module), 1 the vision module's
 * worksheet (not held yet). The modules' other materials are published guides and videos of the
 * knowledge base, found by their slugs.
 */
export const MATERIAL_ITEM_IDS = [demoId(3, 1), demoId(3, 2)] as const;

/** A session (date) of module m (0…4), n-th (1…). */
export const demoSessionId = (m: number, n: number) => demoId(4, m * 100 + n);
/** A demo registration, n-th (1…); 1 is manager@'s. */
export const demoRegistrationId = (n: number) => demoId(5, n);
