/*
 * Reads the OpenAPI document for the documentation page: the page is rendered from the
 * document itself, so it describes exactly what clients get from /api/v1/openapi.json.
 */

export type JsonSchema = { [key: string]: unknown };

export interface DocumentedParameter {
  name: string;
  in: string;
  required: boolean;
  type: TypeLabel;
  description: string;
}

export interface DocumentedField {
  name: string;
  required: boolean;
  type: TypeLabel;
  description: string;
}

/** A type for people: its words and, for a named schema, the anchor of its table on the page. */
export interface TypeLabel {
  text: string;
  schema?: string;
}

export interface DocumentedOperation {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  parameters: DocumentedParameter[];
  response: TypeLabel;
  scope: string | undefined;
  example: string;
}

export interface DocumentedTag {
  name: string;
  description: string;
  operations: DocumentedOperation[];
}

export interface DocumentedSchema {
  name: string;
  description: string;
  fields: DocumentedField[];
}

const REF = '#/components/schemas/';

function typeLabel(schema: JsonSchema | undefined): TypeLabel {
  if (!schema) return { text: 'any' };
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.slice(REF.length);
    return { text: name, schema: name };
  }
  if (Array.isArray(schema.anyOf)) {
    const parts = (schema.anyOf as JsonSchema[]).map(typeLabel);
    const named = parts.find((p) => p.schema);
    return { text: parts.map((p) => p.text).join(' | '), ...(named?.schema ? { schema: named.schema } : {}) };
  }
  if (Array.isArray(schema.enum)) return { text: (schema.enum as unknown[]).map(String).join(' | ') };
  if (schema.const !== undefined) return { text: JSON.stringify(schema.const) };
  if (schema.type === 'array') {
    const item = typeLabel(schema.items as JsonSchema | undefined);
    return { text: `array<${item.text}>`, ...(item.schema ? { schema: item.schema } : {}) };
  }
  const format = typeof schema.format === 'string' ? ` (${schema.format})` : '';
  return { text: `${String(schema.type ?? 'object')}${format}` };
}

function fieldsOf(schema: JsonSchema): DocumentedField[] {
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>).map(([name, property]) => ({
    name,
    required: required.has(name),
    type: typeLabel(property),
    description: typeof property.description === 'string' ? property.description : '',
  }));
}

/** An example address for the operation: its path with an example id, and no parameters. */
function exampleUrl(server: string, path: string): string {
  return `${server}${path.replace(/\{(\w+)\}/g, '00000000-0000-4000-8000-000000000000')}`;
}

export function readDocument(document: JsonSchema): { server: string; tags: DocumentedTag[]; schemas: DocumentedSchema[] } {
  const server = ((document.servers as { url: string }[] | undefined) ?? [])[0]?.url ?? '';
  const tags = ((document.tags ?? []) as { name: string; description?: string }[]).map((tag) => ({
    name: tag.name,
    description: tag.description ?? tag.name,
    operations: [] as DocumentedOperation[],
  }));
  const byName = new Map(tags.map((tag) => [tag.name, tag]));
  for (const [path, item] of Object.entries((document.paths ?? {}) as Record<string, Record<string, JsonSchema>>)) {
    for (const [method, op] of Object.entries(item)) {
      const success = Object.entries((op.responses ?? {}) as Record<string, JsonSchema>).find(([status]) => status.startsWith('2'));
      const content = (success?.[1].content ?? {}) as Record<string, { schema?: JsonSchema }>;
      const security = (op.security ?? []) as Record<string, string[]>[];
      const documented: DocumentedOperation = {
        id: String(op.operationId),
        method: method.toUpperCase(),
        path,
        summary: String(op.summary ?? ''),
        description: String(op.description ?? ''),
        parameters: ((op.parameters ?? []) as JsonSchema[]).map((p) => ({
          name: String(p.name),
          in: String(p.in),
          required: p.required === true,
          type: typeLabel(p.schema as JsonSchema),
          description: String(p.description ?? ''),
        })),
        response: typeLabel(content['application/json']?.schema),
        scope: security.flatMap((s) => Object.values(s).flat())[0],
        example: exampleUrl(server, path),
      };
      for (const tag of (op.tags ?? []) as string[]) byName.get(tag)?.operations.push(documented);
    }
  }
  const components = ((document.components as JsonSchema | undefined)?.schemas ?? {}) as Record<string, JsonSchema>;
  const schemas = Object.entries(components).map(([name, schema]) => ({
    name,
    description: typeof schema.description === 'string' ? schema.description : '',
    fields: fieldsOf(schema),
  }));
  return { server, tags: tags.filter((tag) => tag.operations.length > 0), schemas };
}
