/**
 * Set by CI (.ci/run exports CI=true; other runners use CI=1). In CI a test that cannot run
 * for want of chromium or a PostgreSQL server fails: a green run must have tested everything.
 */
export const inCI = process.env.CI === 'true' || process.env.CI === '1';
