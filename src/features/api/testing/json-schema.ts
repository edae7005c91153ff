/*
 * A small JSON Schema 2020-12 check for the read API's tests: the keywords zod writes into the
 * OpenAPI document, nothing more. It checks an answer against the document itself, not only
 * against the zod schema behind it, so a document that says something else than the routes
 * send fails.
 */

type Schema = { [key: string]: unknown };

const FORMATS: Record<string, RegExp> = {
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  uri: /^[a-z][a-z0-9+.-]*:\S+$/i,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Every way `value` breaks `schema`, each with its path; empty when it fits. */
export function checkJsonSchema(value: unknown, schema: Schema, components: Record<string, Schema>, path = '$'): string[] {
  if (typeof schema.$ref === 'string') {
    const target = components[schema.$ref.replace('#/components/schemas/', '')];
    return target ? checkJsonSchema(value, target, components, path) : [`${path}: unresolved ${schema.$ref}`];
  }
  if (Array.isArray(schema.anyOf)) {
    const fits = (schema.anyOf as Schema[]).some((s) => checkJsonSchema(value, s, components, path).length === 0);
    return fits ? [] : [`${path}: fits none of anyOf`];
  }
  const errors: string[] = [];
  const actual = typeOf(value);
  if (typeof schema.type === 'string' && schema.type !== actual && !(schema.type === 'number' && actual === 'integer')) {
    return [`${path}: ${actual} where ${schema.type} is required`];
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(`${path}: ${String(value)} is not one of ${schema.enum.join(', ')}`);
  if (schema.const !== undefined && value !== schema.const) errors.push(`${path}: not ${String(schema.const)}`);
  if (typeof value === 'string') {
    const format = typeof schema.format === 'string' ? FORMATS[schema.format] : undefined;
    if (format && !format.test(value)) errors.push(`${path}: "${value}" is no ${String(schema.format)}`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${path}: does not match its pattern`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${path}: below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(`${path}: above ${schema.maximum}`);
  }
  if (Array.isArray(value) && schema.items) {
    for (const [i, item] of value.entries()) errors.push(...checkJsonSchema(item, schema.items as Schema, components, `${path}[${i}]`));
  }
  if (actual === 'object') {
    const record = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const name of (schema.required as string[] | undefined) ?? []) if (!(name in record)) errors.push(`${path}.${name}: required but missing`);
    for (const [name, item] of Object.entries(record)) {
      if (properties[name]) errors.push(...checkJsonSchema(item, properties[name], components, `${path}.${name}`));
      else if (schema.additionalProperties === false) errors.push(`${path}.${name}: not in the document`);
    }
  }
  return errors;
}
