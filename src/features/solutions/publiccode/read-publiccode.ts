import { isMap, isNode, isScalar, isSeq, LineCounter, parseAllDocuments, visit, type Document, type ErrorCode } from 'yaml';
import type { z } from 'zod';
import { publiccodeFileSchema } from './publiccode-file-schema.ts';
import { pickLanguage, publiccodeToProfile, type ImportedProfile, type Publiccode } from './publiccode-mapping.ts';

/** What is wrong with a publiccode.yml, on which line; problem-text.ts says it in the person's language. */
export type PubliccodeProblem = { line: number } & (
  | { kind: 'syntax' | 'indentation' | 'tab' | 'duplicateKey' | 'alias' | 'severalDocuments' | 'notMap' | 'noLanguage' | 'contactsRequired' }
  | { kind: 'required' | 'empty' | 'url' | 'email'; key: string }
  | { kind: 'wrongType'; key: string; expected: ExpectedType }
  | { kind: 'tooLong'; key: string; max: number; length: number }
  | { kind: 'notOneOf'; key: string; values: readonly string[] }
  | { kind: 'version'; value: string }
  | { kind: 'tooLongForProfile'; key: string; max: number }
);

export type ExpectedType = 'string' | 'array' | 'object' | 'boolean' | 'other';

export type ReadOutcome = { kind: 'empty' } | { kind: 'problems'; problems: PubliccodeProblem[] } | { kind: 'read'; profile: ImportedProfile };

/** The profile's limit of problem and approach (profiles/schema.ts). */
const SECTION_MAX = 50_000;

type Path = (string | number)[];

const SYNTAX_KINDS: Partial<Record<ErrorCode, 'indentation' | 'tab' | 'duplicateKey' | 'alias'>> = {
  BAD_INDENT: 'indentation',
  TAB_AS_INDENT: 'tab',
  DUPLICATE_KEY: 'duplicateKey',
  BAD_ALIAS: 'alias',
};

/** A key's path as the standard's documentation writes it: maintenance.contacts[0].email. */
function keyName(path: Path): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

function expectedType(expected: unknown): ExpectedType {
  return expected === 'string' || expected === 'array' || expected === 'object' || expected === 'boolean' ? expected : 'other';
}

/** Lines of a parsed document's keys and values, for the problems found in its data. */
function lineFinder(doc: Document.Parsed, counter: LineCounter) {
  const lineAt = (offset: number) => Math.max(1, counter.linePos(offset).line);
  /** The line of the key at `path`; a key that is not there is looked for one level up, the whole file is line 1. */
  const keyLine = (path: Path): number => {
    if (path.length === 0) return 1;
    const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
    const last = path.at(-1);
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
      if (pair && isNode(pair.key) && pair.key.range) return lineAt(pair.key.range[0]);
    }
    if (isSeq(parent) && typeof last === 'number') {
      const item = parent.items[last];
      if (isNode(item) && item.range) return lineAt(item.range[0]);
    }
    return keyLine(path.slice(0, -1));
  };
  /** The line a value starts on; a block list or section starts below its key. */
  const valueLine = (path: Path): number => {
    const node = doc.getIn(path, true);
    return isNode(node) && node.range ? lineAt(node.range[0]) : keyLine(path);
  };
  return { lineAt, keyLine, valueLine };
}

/** One zod issue of the file's schema as a problem on a line. */
function toProblem(issue: z.core.$ZodIssue, lines: ReturnType<typeof lineFinder>): PubliccodeProblem {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const key = keyName(path);
  // a key that is not there, or there without a value, whatever its schema expected
  if (issue.input === undefined) return { kind: 'required', key, line: lines.keyLine(path.slice(0, -1)) };
  if (issue.input === null) return { kind: 'empty', key, line: lines.keyLine(path) };
  switch (issue.code) {
    case 'invalid_type':
      return { kind: 'wrongType', key, expected: expectedType(issue.expected), line: lines.valueLine(path) };
    case 'invalid_union':
      return { kind: 'wrongType', key, expected: 'string', line: lines.valueLine(path) };
    case 'too_small':
      return { kind: 'empty', key, line: lines.keyLine(path) };
    case 'too_big': {
      const length = typeof issue.input === 'string' ? issue.input.trim().length : Array.isArray(issue.input) ? issue.input.length : 0;
      return { kind: 'tooLong', key, max: Number(issue.maximum), length, line: lines.valueLine(path) };
    }
    case 'invalid_value':
      return { kind: 'notOneOf', key, values: issue.values.map(String), line: lines.valueLine(path) };
    default: {
      const line = lines.valueLine(path);
      if (issue.message === 'url' || issue.message === 'email') return { kind: issue.message, key, line };
      if (issue.message === 'version') return { kind: 'version', value: String(issue.input ?? ''), line };
      if (issue.message === 'noLanguage' || issue.message === 'contactsRequired') return { kind: issue.message, line: lines.keyLine(path) };
      return { kind: 'wrongType', key, expected: 'other', line };
    }
  }
}

/**
 * Reads a publiccode.yml's text into the fields of a new draft, or says line by line what is
 * wrong: the YAML's syntax first (nothing else can be read then), then aliases and several
 * documents, then the standard's keys and values. Aliases are refused outright, and the data is
 * built with an alias count of 0, so that a file of nested aliases ("billion laughs") cannot
 * make the server build an enormous object.
 */
export function readPubliccode(source: string): ReadOutcome {
  const counter = new LineCounter();
  const docs = parseAllDocuments(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => Math.max(1, counter.linePos(offset).line);
  if (docs.length === 0) return { kind: 'empty' };
  const problems: PubliccodeProblem[] = [];
  for (const doc of docs) {
    for (const error of doc.errors) problems.push({ kind: SYNTAX_KINDS[error.code] ?? 'syntax', line: lineAt(error.pos[0]) });
  }
  if (problems.length > 0) return { kind: 'problems', problems: sortProblems(problems) };
  const doc = docs[0]!;
  if (docs.length > 1) problems.push({ kind: 'severalDocuments', line: lineAt(docs[1]!.range[0]) });
  visit(doc, {
    Alias(_, node) {
      problems.push({ kind: 'alias', line: node.range ? lineAt(node.range[0]) : 1 });
    },
  });
  if (problems.length > 0) return { kind: 'problems', problems: sortProblems(problems) };
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return { kind: 'empty' };
  if (!isMap(doc.contents)) return { kind: 'problems', problems: [{ kind: 'notMap', line: doc.contents.range ? lineAt(doc.contents.range[0]) : 1 }] };

  const data: unknown = doc.toJS({ maxAliasCount: 0 });
  const description = (data as { description?: unknown }).description;
  const language = description && typeof description === 'object' && !Array.isArray(description) ? pickLanguage(Object.keys(description)) : undefined;
  const lines = lineFinder(doc, counter);
  const parsed = publiccodeFileSchema(language).safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const found = parsed.error.issues.map((issue) => toProblem(issue, lines));
    // A file of another major version is judged by another standard: its version is all there is to say.
    const version = found.find((p) => p.kind === 'version');
    return { kind: 'problems', problems: version ? [version] : sortProblems(found) };
  }

  const profile = publiccodeToProfile(parsed.data as Publiccode, language!);
  const longLine = lines.valueLine(['description', language!, 'longDescription']);
  const key = keyName(['description', language!, 'longDescription']);
  if (profile.problem.length > SECTION_MAX || profile.approach.length > SECTION_MAX) {
    return { kind: 'problems', problems: [{ kind: 'tooLongForProfile', key, max: SECTION_MAX, line: longLine }] };
  }
  return { kind: 'read', profile };
}

/** Problems in the order of the file; one of a kind per line and key. */
function sortProblems(problems: PubliccodeProblem[]): PubliccodeProblem[] {
  const seen = new Set<string>();
  return [...problems]
    .sort((a, b) => a.line - b.line)
    .filter((p) => {
      const id = `${p.line}|${p.kind}|${'key' in p ? p.key : ''}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
}
