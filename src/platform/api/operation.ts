import type { z } from 'zod';
import type { Messages } from '../i18n/index.ts';

/**
 * One operation of the platform's API (/api/v1), described by the same zod schemas that
 * validate it. Features hand theirs in through `Feature.apiOperations`; the API feature builds
 * the OpenAPI 3.1 document and its documentation page from all of them, so the document can
 * never describe an endpoint that does not validate the way it says.
 */
export interface ApiOperation {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** the path below /api/v1 in OpenAPI's template form, e.g. `/events/{id}` */
  path: string;
  /** unique over the whole API, e.g. `listEvents` */
  operationId: string;
  /** the group on the documentation page, e.g. `events` */
  tag: string;
  summary: (t: Messages) => string;
  description?: (t: Messages) => string;
  /** path parameters ({id}), as an object schema */
  params?: z.ZodObject;
  /** query parameters, as an object schema */
  query?: z.ZodObject;
  /** the JSON body of a write */
  body?: z.ZodType;
  /** the JSON answer of success, and its status */
  response: z.ZodType;
  successStatus?: 200 | 201;
  /** the token scope a write needs; reads need none */
  scope?: string;
}
