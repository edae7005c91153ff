import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { ErrorKind } from '../http/errors.ts';
import type { Messages } from '../i18n/index.ts';

/*
 * RFC 9457 problem details: the one error format of the whole API (/api/v1). Clients read
 * `status` and `errors`; `title` and `detail` are for the people who debug them, in the
 * request's language.
 */

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** The statuses the API answers with a problem; each has its title in the catalogue. */
export type ProblemStatus = 400 | 401 | 403 | 404 | 405 | 409 | 413 | 429 | 500 | 503;

export interface ProblemFieldError {
  /** where in the request, e.g. `query.per_page` or `body.dates.0.startsAt` */
  path: string;
  message: string;
}

export interface ProblemBody {
  type: 'about:blank';
  title: string;
  status: ProblemStatus;
  detail: string;
  errors?: ProblemFieldError[];
}

/**
 * Thrown by API routes and guards for an expected failure; the platform's error handler sends
 * it as problem+json with its headers (e.g. `WWW-Authenticate` with a 401).
 */
export class ApiProblem extends Error {
  readonly statusCode: ProblemStatus;

  constructor(
    status: ProblemStatus,
    readonly detail: (t: Messages) => string,
    readonly errors: ProblemFieldError[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(`api problem ${status}`);
    this.statusCode = status;
  }
}

export function problemBody(t: Messages, status: ProblemStatus, detail: string, errors: ProblemFieldError[] = []): ProblemBody {
  return { type: 'about:blank', title: t.api.problems.titles[status], status, detail, ...(errors.length > 0 ? { errors } : {}) };
}

export function sendProblem(reply: FastifyReply, t: Messages, problem: ApiProblem): FastifyReply {
  for (const [name, value] of Object.entries(problem.headers)) reply.header(name, value);
  return reply
    .status(problem.statusCode)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .header('cache-control', 'no-store')
    .send(problemBody(t, problem.statusCode, problem.detail(t), problem.errors));
}

/**
 * Parses one part of a request (`query`, `params`, `body`) with the operation's schema; a
 * request that does not fit is a 400 naming every field that is wrong, never a 500.
 */
export function parseApiInput<S extends z.ZodType>(schema: S, value: unknown, part: 'query' | 'params' | 'body'): z.output<S> {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map((issue) => ({ path: [part, ...issue.path.map(String)].join('.'), message: issue.message }));
  throw new ApiProblem(400, (t) => t.api.problems.invalidInput, errors);
}

/** The API's address space: everything below it answers problems, never an HTML page. */
export const API_PREFIX = '/api/v1';

export function isApiRequest(request: { url: string }): boolean {
  return request.url === API_PREFIX || request.url.startsWith(`${API_PREFIX}/`) || request.url.startsWith(`${API_PREFIX}?`);
}

const KIND_STATUS: Record<ErrorKind, ProblemStatus> = {
  badRequest: 400,
  forbidden: 403,
  csrf: 403,
  notFound: 404,
  tooLarge: 413,
  tooMany: 429,
  unavailable: 503,
  serverError: 500,
};

/** The problem for a failure the platform knows only by its kind (a guard, a rate limit, the database gone). */
export function problemOfKind(kind: ErrorKind): ApiProblem {
  return new ApiProblem(KIND_STATUS[kind], (t) => t.api.problems.details[kind]);
}
