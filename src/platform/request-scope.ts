import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What code deep inside a request may need without every caller passing it down: the
 * request's id, which goes into the jobs the request queues (platform/jobs/repository.ts).
 */
const scope = new AsyncLocalStorage<{ requestId: string }>();

/** Runs `next` (the rest of the request) with the request's id in scope. */
export function runInRequestScope(requestId: string, next: () => void): void {
  scope.run({ requestId }, next);
}

/** The id of the request this code runs for; undefined in jobs, sweeps and the command line. */
export function currentRequestId(): string | undefined {
  return scope.getStore()?.requestId;
}
