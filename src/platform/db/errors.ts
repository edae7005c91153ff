/** What drivers (pg, PGlite) put on the error of a refused statement, as far as we read it. */
export interface DatabaseErrorFields {
  code?: unknown;
  constraint?: unknown;
  message?: unknown;
}

/**
 * The error and the causes under it: drizzle wraps the driver's error (which carries the
 * SQLSTATE) in one of its own, and our own code may wrap that once more.
 */
export function* errorChain(error: unknown): Generator<DatabaseErrorFields> {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    yield current as DatabaseErrorFields;
    current = (current as { cause?: unknown }).cause;
  }
}

/** The unique index (or constraint) that refused a statement, or undefined for any other error. */
export function violatedUniqueIndex(error: unknown): string | undefined {
  for (const e of errorChain(error)) {
    if (e.code === '23505') return typeof e.constraint === 'string' ? e.constraint : '';
  }
  return undefined;
}
