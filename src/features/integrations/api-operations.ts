import type { ApiOperation } from '../../platform/api/operation.ts';
import { createdResponse, createEventBody, createNewsBody } from './api-schema.ts';

/** The API's writes, for the OpenAPI document and its documentation page; api-routes.ts serves them with exactly these schemas. */
export const createEventOperation = {
  method: 'post',
  path: '/events',
  operationId: 'createEvent',
  tag: 'events',
  summary: (t) => t.integrations.api.createEvent,
  description: (t) => t.integrations.api.createEventDescription,
  body: createEventBody,
  response: createdResponse,
  successStatus: 201,
  scope: 'events:write',
} as const satisfies ApiOperation;

export const createNewsOperation = {
  method: 'post',
  path: '/news',
  operationId: 'createNews',
  tag: 'news',
  summary: (t) => t.integrations.api.createNews,
  description: (t) => t.integrations.api.createNewsDescription,
  body: createNewsBody,
  response: createdResponse,
  successStatus: 201,
  scope: 'news:write',
} as const satisfies ApiOperation;

export const integrationOperations: ApiOperation[] = [createEventOperation, createNewsOperation];
