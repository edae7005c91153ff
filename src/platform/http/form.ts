import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Messages } from '../i18n/index.ts';
import { badRequest } from './errors.ts';

export interface FieldError {
  field: string;
  message: string;
}

export type FormValues = Record<string, string | string[]>;

export type FormResult<T> =
  | { ok: true; data: T; submissionId: string | undefined }
  | { ok: false; errors: FieldError[]; values: FormValues; submissionId: string | undefined };

/** Fields that the platform adds to every form; they are not part of a feature's schema. */
const PLATFORM_FIELDS = new Set(['_csrf', '_submission']);

/** The strings of a form body, to show a form again with what the person typed. */
export function toValues(body: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const [key, value] of Object.entries(body)) {
    if (PLATFORM_FIELDS.has(key)) continue;
    if (typeof value === 'string') values[key] = value;
    else if (Array.isArray(value)) values[key] = value.filter((v): v is string => typeof v === 'string');
  }
  return values;
}

function resolvePath(t: Messages, path: string): unknown {
  let node: unknown = t;
  for (const part of path.split('.')) {
    if (node && typeof node === 'object' && part in node) node = (node as Record<string, unknown>)[part];
    else return undefined;
  }
  return node;
}

/**
 * Turns a zod issue into a sentence for the person. A schema names its message either as a
 * key of common.validation ("email") or as a path into the catalogue ("accounts.signup.x").
 */
export function issueMessage(t: Messages, issue: z.core.$ZodIssue): string {
  const v = t.common.validation;
  const key = issue.message;
  const named = key.includes('.') ? resolvePath(t, key) : (v as Record<string, unknown>)[key];
  if (typeof named === 'string') return named;
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') return v.tooLong(issue.maximum);
  if (issue.code === 'too_small' && typeof issue.minimum === 'number') {
    return issue.minimum <= 1 ? v.required : v.tooShort(issue.minimum);
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return v.required;
  if (issue.code === 'invalid_value') return v.choice;
  return v.invalid;
}

/**
 * Validates a parsed form body against a feature's schema. A field that the form does not
 * have is not a mistake a person can make, so it is answered with 400, not an error summary.
 */
export function parseForm<S extends z.ZodType>(schema: S, body: unknown, t: Messages): FormResult<z.output<S>> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw badRequest('form body missing');
  const raw = body as Record<string, unknown>;
  const submission = raw._submission;
  const submissionId = typeof submission === 'string' && /^[0-9a-f-]{36}$/i.test(submission) ? submission : undefined;
  // Browsers send a textarea's line breaks as CRLF; stored as LF, an unchanged text compares equal.
  const input = Object.fromEntries(
    Object.entries(raw)
      .filter(([k]) => !PLATFORM_FIELDS.has(k))
      .map(([k, v]) => [k, typeof v === 'string' ? v.replace(/\r\n?/g, '\n') : v]),
  );
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data, submissionId };
  if (result.error.issues.some((i) => i.code === 'unrecognized_keys')) throw badRequest('unknown form field');
  const errors: FieldError[] = [];
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.') || 'form';
    if (!errors.some((e) => e.field === field)) errors.push({ field, message: issueMessage(t, issue) });
  }
  return { ok: false, errors, values: toValues(raw), submissionId };
}

export function newSubmissionId(): string {
  return randomUUID();
}

/** Helpers for schemas: form fields arrive as strings, empty when left blank. */
/**
 * In zod 4 a schema-level message also answers its checks (a too long text would say
 * "required"); this one speaks only when the field is missing altogether.
 */
const missing = (key: string) => ({ error: (issue: { code: string }) => (issue.code === 'invalid_type' ? key : undefined) });

export const formText = (max: number) => z.string(missing('required')).trim().max(max);
/** `requiredKey` names a field-specific message, so that an error summary says which field is empty. */
export const requiredText = (max: number, requiredKey = 'required') => z.string(missing(requiredKey)).trim().min(1, { error: requiredKey }).max(max);
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));
export const emailField = (requiredKey = 'required') =>
  z
    .string(missing(requiredKey))
    .trim()
    .min(1, { error: requiredKey })
    .max(254)
    .pipe(z.email({ error: 'email' }))
    .transform((v) => v.toLowerCase());
export const checkbox = () =>
  z
    .union([z.literal('1'), z.literal('on'), z.literal('')])
    .optional()
    .transform((v) => v === '1' || v === 'on');

/** Checkboxes with the same name arrive as nothing, one string or a list: always a list here. */
export const manyOf = <T extends string>(item: z.ZodType<T, string>, max: number) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .pipe(z.array(item).max(max));
