import type { Locale, Messages } from '../i18n/index.ts';
import { formatDateTime } from '../i18n/dates.ts';

type Words = Readonly<Record<string, string>>;

/** The shape every feature's words in the audit area of the catalogue must fit. */
interface AuditCatalogue {
  actions: Words;
  subjects: Readonly<Record<string, { name: string; values?: Readonly<Record<string, Words>> }>>;
  fields: Words;
  value: string;
  empty: string;
}

/** A value as the reader sees it; `full` is the whole text where `text` had to be shortened. */
export interface AuditText {
  text: string;
  full?: string;
}

/**
 * One field of an entry: how it changed, or, for an entry that only records what was
 * created (or only what was removed), its value.
 */
export type AuditChange = { field: string } & ({ before: AuditText; after: AuditText } | { value: AuditText });

export interface AuditLabels {
  action: (key: string) => string;
  subject: (type: string) => string;
  changes: (entry: { subjectType: string; before: unknown; after: unknown }) => AuditChange[];
}

/** Longer values are shortened in the list; the whole text stays one click away. */
const SHORT_TEXT = 120;
/** Characters shown before the first difference of two long texts. */
const LEAD_IN = 40;

// What JSON makes of a Date; recorded states keep instants in this form.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

type Fields = Record<string, unknown>;

function isFields(value: unknown): value is Fields {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Own keys only: an action called "constructor" must not find Object's. */
function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Line endings differ by browser and make no difference to the reader. */
function same(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  const json = (value: unknown) => JSON.stringify(value)?.replace(/\\r\\n/g, '\\n');
  return json(a) === json(b);
}

const flatten = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Where two long texts start to differ, a few words back, so that their excerpts show the change. */
function excerptStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i <= LEAD_IN) return 0;
  return a.lastIndexOf(' ', i - LEAD_IN) + 1;
}

function shorten(text: string, start = 0): AuditText {
  const flat = flatten(text);
  if (flat.length <= SHORT_TEXT) return { text };
  const rest = flat.slice(start);
  const cut = rest.slice(0, SHORT_TEXT);
  const atWord = cut.lastIndexOf(' ');
  const excerpt = rest.length <= SHORT_TEXT ? rest : `${(atWord > SHORT_TEXT / 2 ? cut.slice(0, atWord) : cut).trimEnd()} …`;
  return { text: start > 0 ? `… ${excerpt}` : excerpt, full: text };
}

/**
 * Words for the audit log in the reader's language: the catalogue's audit area names the
 * actions, subject types, fields and fixed values that the features record; whatever it
 * does not know is shown as recorded, so older and newer entries are never hidden.
 * `databaseValues` names values whose words live in the database (fields of action).
 */
export function auditLabels(options: { t: Messages; locale: Locale; databaseValues?: Readonly<Record<string, Words>> }): AuditLabels {
  const { t, locale } = options;
  const catalogue: AuditCatalogue = t.audit;
  const numbers = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'de-DE');

  const fieldLabel = (key: string) => own(catalogue.fields, key) ?? key;
  // jsonb keeps keys in an order of its own; the catalogue's order groups what belongs together.
  const known = Object.keys(catalogue.fields);
  const rank = (key: string) => (Object.hasOwn(catalogue.fields, key) ? known.indexOf(key) : known.length);
  const inOrder = (keys: string[]) => keys.toSorted((a, b) => rank(a) - rank(b));
  const valueName = (subjectType: string, field: string, value: string) =>
    own(own(own(catalogue.subjects, subjectType)?.values, field), value) ?? own(own(options.databaseValues, field), value);

  function plain(subjectType: string, field: string, value: unknown): string {
    if (isEmpty(value)) return catalogue.empty;
    if (typeof value === 'boolean') return value ? t.common.yes : t.common.no;
    if (typeof value === 'number') return numbers.format(value);
    if (typeof value === 'string') {
      return valueName(subjectType, field, value) ?? (INSTANT.test(value) ? formatDateTime(locale, new Date(value)) : value);
    }
    if (Array.isArray(value)) return value.map((item) => plain(subjectType, field, item)).join(isFields(value[0]) ? '; ' : ', ');
    if (isFields(value)) {
      return inOrder(Object.keys(value))
        .map((key) => `${fieldLabel(key)}: ${plain(subjectType, key, value[key])}`)
        .join(', ');
    }
    return String(value);
  }

  return {
    action: (key) => own(catalogue.actions, key) ?? key,
    subject: (type) => own(catalogue.subjects, type)?.name ?? type,
    changes: ({ subjectType, before, after }) => {
      // A state that is a single value rather than fields is shown under one neutral label.
      const asFields = (state: unknown): Fields | undefined => (isEmpty(state) ? undefined : isFields(state) ? state : { '': state });
      const label = (key: string) => (key === '' ? catalogue.value : fieldLabel(key));
      const was = asFields(before);
      const is = asFields(after);
      if (was && is) {
        return inOrder([...new Set([...Object.keys(was), ...Object.keys(is)])])
          .filter((key) => !same(was[key], is[key]))
          .map((key) => {
            const before = plain(subjectType, key, was[key]);
            const after = plain(subjectType, key, is[key]);
            const start = excerptStart(flatten(before), flatten(after));
            return { field: label(key), before: shorten(before, start), after: shorten(after, start) };
          });
      }
      const only = was ?? is;
      if (!only) return [];
      return inOrder(Object.keys(only))
        .filter((key) => !isEmpty(only[key]))
        .map((key) => ({ field: label(key), value: shorten(plain(subjectType, key, only[key])) }));
    },
  };
}
