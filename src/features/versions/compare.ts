import { diffLines, type DiffLine } from './diff.ts';

/** The line differences of one field between two versions. */
export interface FieldDiff<F extends string = string> {
  field: F;
  lines: DiffLine[];
  /** false when the field is the same in both */
  changed: boolean;
}

/**
 * The differences of the named fields, in the owner's order. A field one version lacks (it was
 * added to the owner's record later) counts as empty there.
 */
export function compareVersions<F extends string>(
  older: { fields: Readonly<Record<string, string>> },
  newer: { fields: Readonly<Record<string, string>> },
  fieldNames: readonly F[],
): FieldDiff<F>[] {
  return fieldNames.map((field) => {
    const lines = diffLines(older.fields[field] ?? '', newer.fields[field] ?? '');
    return { field, lines, changed: lines.some((l) => l.kind !== 'same') };
  });
}
