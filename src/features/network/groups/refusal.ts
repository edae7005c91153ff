import { forbidden, notFound, type HttpError } from '../../../platform/http/errors.ts';
import type { LeaderRefusal } from './lock-as-leader.ts';

/** A command's refusal as the answer: 404 for what is not there, 403 for what the person may not do. */
export function refusal(outcome: LeaderRefusal): HttpError {
  return outcome === 'notFound' ? notFound() : forbidden();
}
