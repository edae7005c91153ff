import { errorChain } from '../db/errors.ts';

/** The kinds of failure that have their own page and message. */
export type ErrorKind = 'badRequest' | 'forbidden' | 'csrf' | 'notFound' | 'tooLarge' | 'tooMany' | 'unavailable' | 'serverError';

/** The HTTP status that answers each kind of failure. */
export const ERROR_STATUS: Record<ErrorKind, number> = {
  badRequest: 400,
  forbidden: 403,
  csrf: 403,
  notFound: 404,
  tooLarge: 413,
  tooMany: 429,
  unavailable: 503,
  serverError: 500,
};

/** Thrown by routes and guards; the error handler renders the matching page. */
export class HttpError extends Error {
  readonly statusCode: number;

  constructor(
    readonly kind: ErrorKind,
    message?: string,
  ) {
    super(message ?? kind);
    this.statusCode = ERROR_STATUS[kind];
  }
}

export const notFound = () => new HttpError('notFound');
export const forbidden = () => new HttpError('forbidden');
export const badRequest = (message?: string) => new HttpError('badRequest', message);

// Error codes of node-postgres and PGlite that mean "the database is not there right now".
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08001',
  '08003',
  '08006',
]);

// Codes PostgreSQL answers for input it cannot take (a NUL byte, a malformed uuid): the
// request was bad, not the server.
const BAD_INPUT_CODES = new Set(['22021', '22P02', '22001']);

export function isBadDatabaseInput(error: unknown): boolean {
  for (const e of errorChain(error)) {
    if (typeof e.code === 'string' && BAD_INPUT_CODES.has(e.code)) return true;
  }
  return false;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of errorChain(error)) {
    if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
    if (
      typeof e.message === 'string' &&
      /timeout exceeded when trying to connect|Query read timeout|Connection terminated|connect ECONNREFUSED/i.test(e.message)
    )
      return true;
  }
  return false;
}
