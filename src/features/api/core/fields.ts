import type { Messages } from '../../../platform/i18n/index.ts';

/*
 * The document's field descriptions live in the catalogue like every other text: a schema
 * carries the key (`field('title')`), and the document is written in the reader's language.
 */

export type FieldKey = keyof Messages['api']['fields'];
const MARK = 'catalogue:api.fields.';

/** The description of a schema field, looked up when the document is written. */
export function field(key: FieldKey): string {
  return `${MARK}${key}`;
}

/** A description in the reader's language; a description that is no key stays as written. */
export function translateDescription(t: Messages, description: string): string {
  if (!description.startsWith(MARK)) return description;
  const key = description.slice(MARK.length) as FieldKey;
  return t.api.fields[key] ?? description;
}
