import { z } from 'zod';
import type { ApiOperation } from '../../../platform/api/operation.ts';
import type { Messages } from '../../../platform/i18n/index.ts';
import { translateDescription } from './fields.ts';
import { API_PREFIX } from './paths.ts';
import { problemSchema } from './problem-schema.ts';

/*
 * The OpenAPI 3.1 document, written from the very zod schemas the routes parse with. OpenAPI
 * 3.1 schemas are JSON Schema 2020-12, which is what zod writes; named schemas (`.meta({ id })`)
 * become components and are referenced from every operation that uses them.
 */

type Json = { [key: string]: unknown };

const COMPONENTS = '#/components/schemas/';
export const BEARER_SCHEME = 'bearerToken';
const PROBLEM_CONTENT = 'application/problem+json';

/** The error answers every operation may give, named once under components.responses. */
const PROBLEM_RESPONSES = { 400: 'BadRequest', 401: 'Unauthorized', 403: 'Forbidden', 404: 'NotFound', 409: 'Conflict', 429: 'TooManyRequests' } as const;
type ProblemResponseStatus = keyof typeof PROBLEM_RESPONSES;

/** Rewrites zod's local references to the components, drops `$schema`, and puts the descriptions into the reader's language. */
function adapt(node: unknown, t: Messages): unknown {
  if (Array.isArray(node)) return node.map((n) => adapt(n, t));
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === '$schema' || key === '$defs' || key === '$id') continue;
    if (key === '$ref' && typeof value === 'string') out[key] = value.replace('#/$defs/', COMPONENTS);
    else if (key === 'description' && typeof value === 'string') out[key] = translateDescription(t, value);
    else out[key] = adapt(value, t);
  }
  return out;
}

/** A schema as the document holds it; its named parts go into `components`. */
function toDocumentSchema(schema: z.ZodType, io: 'input' | 'output', components: Json, t: Messages): Json {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Json;
  const defs = (json.$defs ?? {}) as Json;
  for (const [name, def] of Object.entries(defs)) components[name] = adapt(def, t);
  // a schema that is itself named is used by reference, like its other uses
  const id = z.globalRegistry.get(schema)?.id;
  if (id) {
    // zod puts a named root among its $defs and refers to it; otherwise the root itself is the component
    if (!(id in defs)) components[id] = adapt(json, t);
    return { $ref: `${COMPONENTS}${id}` };
  }
  return adapt(json, t) as Json;
}

function parameters(schema: z.ZodObject | undefined, where: 'query' | 'path', components: Json, t: Messages): Json[] {
  if (!schema) return [];
  const json = toDocumentSchema(schema, 'input', components, t);
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries((json.properties ?? {}) as Record<string, Json>).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: where, required: where === 'path' || required.has(name), ...(description ? { description } : {}), schema: rest };
  });
}

function problemRefs(statuses: ProblemResponseStatus[]): Json {
  return Object.fromEntries(statuses.map((s) => [String(s), { $ref: `#/components/responses/${PROBLEM_RESPONSES[s]}` }]));
}

function operationObject(op: ApiOperation, components: Json, t: Messages): Json {
  const status = op.successStatus ?? 200;
  const errors: ProblemResponseStatus[] = [400, 429];
  if (op.params || op.query) errors.push(404);
  if (op.scope) errors.push(401, 403, 409);
  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary(t),
    ...(op.description ? { description: op.description(t) } : {}),
    parameters: [...parameters(op.params, 'path', components, t), ...parameters(op.query, 'query', components, t)],
    ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: toDocumentSchema(op.body, 'input', components, t) } } } } : {}),
    responses: {
      [String(status)]: {
        description: t.api.document.success,
        content: { 'application/json': { schema: toDocumentSchema(op.response, 'output', components, t) } },
      },
      ...problemRefs(errors.sort()),
    },
    security: op.scope ? [{ [BEARER_SCHEME]: [op.scope] }] : [],
  };
}

/** The whole document for these operations, in the reader's language, with the site's own address as server. */
export function buildOpenApiDocument(operations: readonly ApiOperation[], options: { t: Messages; baseUrl: string }): Json {
  const { t, baseUrl } = options;
  const schemas: Json = {};
  const paths: Record<string, Json> = {};
  const ordered = [...operations].sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
  for (const op of ordered) {
    paths[op.path] = { ...(paths[op.path] ?? {}), [op.method]: operationObject(op, schemas, t) };
  }
  toDocumentSchema(problemSchema, 'output', schemas, t);
  const responses = Object.fromEntries(
    Object.entries(PROBLEM_RESPONSES).map(([status, name]) => [
      name,
      {
        description: t.api.problems.titles[Number(status) as ProblemResponseStatus],
        content: { [PROBLEM_CONTENT]: { schema: { $ref: `${COMPONENTS}Problem` } } },
      },
    ]),
  );
  const tags = [...new Set(ordered.map((op) => op.tag))].map((name) => ({ name, description: tagDescription(t, name) }));
  return {
    openapi: '3.1.0',
    info: { title: t.api.document.title, version: '1.0.0', description: t.api.document.description },
    servers: [{ url: `${baseUrl}${API_PREFIX}` }],
    tags,
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b))),
      responses,
      securitySchemes: { [BEARER_SCHEME]: { type: 'http', scheme: 'bearer', description: t.api.document.bearer } },
    },
  };
}

/** A tag's name for people; a tag another feature brings without words in the catalogue keeps its key. */
export function tagDescription(t: Messages, tag: string): string {
  return (t.api.tags as Record<string, string>)[tag] ?? tag;
}
